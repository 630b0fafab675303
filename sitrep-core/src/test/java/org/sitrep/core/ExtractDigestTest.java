package org.sitrep.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sitrep.core.source.Sources;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Ids;
import org.sitrep.model.Result;

/**
 * Extraction through the library flow gives the same titles and texts as the file-path
 * extractor did before the flow existed: digests recorded then (sha-256 of title, newline,
 * text) are compared with what the flow gives now.
 */
class ExtractDigestTest {
  static Map<String, String> digests(List<Path> inputs) {
    Flow flow = new Flow(new Extractor(), null);
    Map<String, String> out = new TreeMap<>();
    try (Sources s = Sources.ofPaths(inputs, 50L << 20)) {
      for (Input in : s) {
        Result r = flow.run(in);
        String name = Path.of(r.source()).getFileName().toString();
        out.put(name, r instanceof Article a
            ? Ids.sha256((a.title() == null ? "" : a.title()) + "\n" + a.text()).substring(0, 16)
            : r instanceof org.sitrep.model.Failure f ? "error:" + f.error().stage() : "skipped");
      }
    }
    return out;
  }

  static Map<String, String> recorded(String resource) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (InputStream in = ExtractDigestTest.class.getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        if (f.length == 2) {
          out.put(f[0], f[1]);
        }
      }
    }
    return out;
  }

  @Test
  void fixturesExtractAsBefore() throws IOException {
    Path res = Path.of("..", "sitrep-extract", "src", "test", "resources");
    Map<String, String> now = digests(List.of(res.resolve("pages"), res.resolve("spotcheck"),
        res.resolve("palmyra-scraped.txt"), Path.of("..", "examples")));
    assertEquals(pages(recorded("/digests/fixtures.tsv")), pages(now));
  }

  /** The development pages beside a checkout (optional: skipped when they are not there). */
  @Test
  void extractionBenchDevPagesExtractAsBefore() throws IOException {
    Path dev = Path.of("..", "..", "shared", "data", "extraction-bench", "dev");
    assumeTrue(Files.isDirectory(dev), "no extraction-bench/dev beside the checkout");
    assertEquals(pages(recorded("/digests/extraction-bench-dev.tsv")),
        pages(digests(List.of(dev))));
  }

  /** Only the pages (licence notes and JSON beside them are not documents). */
  static Map<String, String> pages(Map<String, String> m) {
    Map<String, String> out = new TreeMap<>(m);
    out.keySet().removeIf(k -> !k.matches(".*\\.(html|html\\.gz|txt)"));
    return out;
  }
}
