package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.source.FileSource;
import org.sitrep.extract.source.PageReader;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Json;
import org.sitrep.model.Pipeline;
import org.sitrep.nlp.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep annotate FILE|DIR…}: extracted articles plus their annotation layers. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = {"Extracts and annotates articles: mentions, entities (with aliases), quotes with",
        "speakers, counts with their claim source, dates. One JSON line per document."})
public final class AnnotateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Pages or folders of pages.")
  List<Path> inputs;

  @Option(names = "--pretty", description = "Indent the JSON for people.")
  boolean pretty;

  @Option(names = "--tokens", description = "Include the token layer (large).")
  boolean tokens;

  @Option(names = "--threads", description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse files larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = PageReader.DEFAULT_MAX_BYTES;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RunReport report = new RunReport();
    PageReader reader = new PageReader(maxBytes);
    Extractor extractor = new Extractor();
    Pipeline pipeline = Annotator.pipeline();
    try (OrderedRunner<Path, Object> runner = new OrderedRunner<>(threads,
        path -> annotate(reader, extractor, pipeline, path), result -> {
          if (result instanceof Failure f) {
            report.failed(f);
          } else {
            report.ok();
          }
          Object shown = result instanceof Article a && !tokens
              ? a.withLayers(a.layers().withoutTokens()) : result;
          out.println(pretty ? Json.pretty(shown) : Json.line(shown));
          out.flush();
        })) {
      for (Path p : new FileSource(inputs)) {
        runner.submit(p);
      }
    }
    report.print(spec.commandLine().getErr(), "annotated");
    return report.exitCode();
  }

  static Object annotate(PageReader reader, Extractor extractor, Pipeline pipeline, Path path) {
    Object extracted = ExtractCommand.extractOne(reader, extractor, path);
    return extracted instanceof Article a ? pipeline.run(a) : extracted;
  }
}
