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
        "URL lists, feeds and sitemaps ('-': a page on standard input). Writes one JSON line",
        "per document to stdout: an article, or {\"error\": {stage, reason}}; or, with",
        "--format, text, Markdown or CSV; with -o, one file per article in a folder."})
public final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions in;

  @Mixin
  OutputOptions output;

  @Option(names = "--format", paramLabel = "FORMAT",
      converter = DocumentWriter.Format.Converter.class,
      description = "json (default: one JSON line per document), text (title, blank line, "
          + "paragraphs), markdown (# title, site, date, author, URL, image and its credit, "
          + "paragraphs) or csv (one row per article: id, url, site, title, date, author, "
          + "language, section, lead, image, text). Failures go to stderr but in JSON on stdout.")
  DocumentWriter.Format format = DocumentWriter.Format.JSON;

  @Option(names = "--pretty", description = "Indent the JSON for people (one object per document).")
  boolean pretty;

  @Override
  public Integer call() {
    in.requireInputs();
    DocumentWriter writer = output.writer(spec, format, pretty);
    Flow flow = new Flow(new Extractor(), null);
    return JsonLines.run(spec, in, "extracted", flow::run, writer);
  }
}
