package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.source.PageReader;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Ids;
import org.sitrep.model.RawPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep extract FILE|DIR…}: one JSON line per document, an article or an error. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extracts clean articles from HTML pages (also .gz) and scraped text.",
        "Writes one JSON line per document to stdout: an article, or {\"error\": {stage, reason}}."})
public final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions in;

  @Option(names = "--pretty", description = "Indent the JSON for people (one object per document).")
  boolean pretty;

  @Override
  public Integer call() {
    PageReader reader = new PageReader(in.maxBytes);
    Extractor extractor = new Extractor();
    return JsonLines.run(spec, in, pretty, "extracted", path -> extractOne(reader, extractor, path));
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
      return Failure.of(failureId(source), source, e.stage(), e.reason());
    } catch (RuntimeException | StackOverflowError e) {
      return Failure.of(failureId(source), source, stage,
          "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  /** A failed document has no content to hash: its id comes from where it was read. */
  private static String failureId(String source) {
    return Ids.of("file:" + source, null);
  }
}
