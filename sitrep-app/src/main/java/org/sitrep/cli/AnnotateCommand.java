package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.source.PageReader;
import org.sitrep.model.Article;
import org.sitrep.model.Pipeline;
import org.sitrep.nlp.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep annotate FILE|DIR…}: extracted articles plus their annotation layers. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = {"Extracts and annotates articles: mentions, entities (with aliases), quotes with",
        "speakers, counts with their claim source, dates. One JSON line per document."})
public final class AnnotateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions in;

  @Option(names = "--pretty", description = "Indent the JSON for people.")
  boolean pretty;

  @Option(names = "--tokens", description = "Include the token layer (large).")
  boolean tokens;

  @Override
  public Integer call() {
    PageReader reader = new PageReader(in.maxBytes);
    Extractor extractor = new Extractor();
    Pipeline pipeline = Annotator.pipeline();
    return JsonLines.run(spec, in, pretty, "annotated", path -> {
      Object result = annotate(reader, extractor, pipeline, path);
      return result instanceof Article a && !tokens ? a.withLayers(a.layers().withoutTokens())
          : result;
    });
  }

  static Object annotate(PageReader reader, Extractor extractor, Pipeline pipeline, Path path) {
    Object extracted = ExtractCommand.extractOne(reader, extractor, path);
    return extracted instanceof Article a ? pipeline.run(a) : extracted;
  }
}
