package org.sitrep.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.sitrep.core.feed.FeedReader;
import org.sitrep.core.source.Sources;
import org.sitrep.core.source.WarcPagesTest;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Mutator;
import org.sitrep.model.Result;

/**
 * Fuzzing of the archive and feed readers with fixed seeds: mutated WARC.gz files and mutated
 * RSS, Atom and sitemap documents. A WARC must give results (pages or failures naming the
 * offset), never an exception out of the iteration; a feed must give items or an IOException.
 */
class FuzzTest {
  private static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
      + "<title>T & T</title><link>http://x/</link><description>d</description><item><title>A "
      + "&lt;b&gt;bold&lt;/b&gt;</title><link>/a.html</link><pubDate>Tue, 19 Nov 2019 10:00:00 GMT"
      + "</pubDate><author>jo@x (Jo)</author></item><item><title>B</title><link>/b</link></item>"
      + "</channel></rss>";
  private static final String ATOM = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/"
      + "2005/Atom\"><title>T</title><id>urn:x</id><updated>2019-11-19T10:00:00Z</updated><entry>"
      + "<title>A</title><link href=\"/a\"/><id>urn:a</id><updated>2019-11-19T10:00:00Z</updated>"
      + "</entry></feed>";
  private static final String SITEMAP = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset "
      + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/"
      + "schemas/sitemap-news/0.9\"><url><loc>http://x/a</loc><news:news><news:publication>"
      + "<news:name>X</news:name><news:language>en</news:language></news:publication>"
      + "<news:publication_date>2019-11-18</news:publication_date><news:title>A</news:title>"
      + "</news:news></url><url><loc>http://x/b</loc><lastmod>2019-11-19</lastmod></url></urlset>";
  private static final List<byte[]> FEEDS = List.of(RSS.getBytes(StandardCharsets.UTF_8),
      ATOM.getBytes(StandardCharsets.UTF_8), SITEMAP.getBytes(StandardCharsets.UTF_8));

  private Path dir;
  private byte[] warc;

  @BeforeProperty
  void makeWarc() throws IOException {
    dir = Files.createTempDirectory("sitrep-fuzz");
    Path w = dir.resolve("seed.warc.gz");
    WarcPagesTest.writeWarc(w, WarcPagesTest.examples());
    warc = Files.readAllBytes(w);
  }

  @AfterProperty
  void clean() throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 150, seed = "20261127")
  void mutatedWarcFilesGiveResultsNotExceptions(@ForAll long seed) throws IOException {
    Path f = dir.resolve("m.warc.gz");
    Files.write(f, Mutator.mutate(warc, seed));
    Flow flow = new Flow(new Extractor(), null);
    List<Result> out = new ArrayList<>();
    try (Sources s = Sources.ofPaths(List.of(f), 1 << 22)) {
      for (Input in : s) {
        out.add(flow.run(in));
      }
    }
    assertTrue(!out.isEmpty(), "a mutated file is at least one result (a page or a failure)");
  }

  @Property(tries = 600, seed = "20261127")
  void mutatedFeedsGiveItemsOrAnIoException(@ForAll long seed) {
    byte[] doc = Mutator.mutate(FEEDS.get((int) Math.floorMod(seed, 3L)), seed);
    try {
      FeedReader.Parsed p = FeedReader.read(doc, "http://x/feed.xml", null);
      p.items().forEach(i -> assertTrue(i.url() != null && !i.url().isBlank()));
    } catch (IOException e) {
      assertTrue(e.getMessage() != null);
    }
    FeedReader.kind(doc);
  }
}
