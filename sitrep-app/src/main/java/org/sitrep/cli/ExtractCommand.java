package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.source.FileSource;
import org.sitrep.extract.source.PageReader;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Ids;
import org.sitrep.model.Json;
import org.sitrep.model.RawPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep extract FILE|DIR…}: one JSON line per document, an article or an error. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extracts clean articles from HTML pages (also .gz) and scraped text.",
        "Writes one JSON line per document to stdout: an article, or {\"error\": {stage, reason}}."})
public final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Pages or folders of pages.")
  List<Path> inputs;

  @Option(names = "--pretty", description = "Indent the JSON for people (one object per document).")
  boolean pretty;

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "Refuse files larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = PageReader.DEFAULT_MAX_BYTES;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RunReport report = new RunReport();
    PageReader reader = new PageReader(maxBytes);
    Extractor extractor = new Extractor();
    for (Path path : new FileSource(inputs)) {
      Object result = extractOne(reader, extractor, path);
      if (result instanceof Failure f) {
        report.failed(f);
      } else {
        report.ok();
      }
      out.println(pretty ? Json.pretty(result) : Json.line(result));
      out.flush();
    }
    report.print(spec.commandLine().getErr(), "extracted");
    return report.exitCode();
  }

  /** An {@link Article}, or a {@link Failure} saying where and why; never an exception. */
  static Object extractOne(PageReader reader, Extractor extractor, Path path) {
    String source = path.toString();
    String stage = "read";
    try {
      RawPage page = reader.read(path);
      stage = "extract";
      return extractor.extract(page);
    } catch (ExtractionException e) {
      return Failure.of(Ids.of("file:" + source, null), source, e.stage(), e.reason());
    } catch (RuntimeException | StackOverflowError e) {
      return Failure.of(Ids.of("file:" + source, null), source, stage,
          "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }
}
