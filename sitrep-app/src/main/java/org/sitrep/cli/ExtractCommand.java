package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.core.Flow;
import org.sitrep.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep extract INPUT…}: one JSON line per document, an article or an error. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extracts clean articles from HTML pages (also .gz), scraped text, WARC files,",
        "URL lists, feeds and sitemaps. Writes one JSON line per document to stdout: an",
        "article, or {\"error\": {stage, reason}}."})
public final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions in;

  @Option(names = "--pretty", description = "Indent the JSON for people (one object per document).")
  boolean pretty;

  @Override
  public Integer call() {
    Flow flow = new Flow(new Extractor(), null);
    return JsonLines.run(spec, in, pretty, "extracted", flow::run);
  }
}
