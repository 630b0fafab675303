package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.LocalServer;
import org.sitrep.core.source.WarcPagesTest;
import org.sitrep.store.Store;

/** The sources as a user names them on the command line: WARC files, URLs, feeds. */
class SourcesCommandTest {
  @TempDir
  Path tmp;

  @Test
  void extractReadsAWarcLikeTheFilesAndATruncatedOneUpToTheDamage() throws Exception {
    List<Path> pages = WarcPagesTest.examples();
    Path warc = tmp.resolve("crawl.warc.gz");
    List<Long> ends = WarcPagesTest.writeWarc(warc, pages);
    ExtractCommandTest.Run fromWarc = ExtractCommandTest.run("extract", warc.toString());
    assertEquals(0, fromWarc.code(), fromWarc.err());
    assertEquals(pages.size(), fromWarc.lines().size());
    ExtractCommandTest.Run fromFiles = ExtractCommandTest.run(concat("extract", pages));
    for (int i = 0; i < pages.size(); i++) {
      JsonNode w = fromWarc.lines().get(i);
      JsonNode f = fromFiles.lines().get(i);
      assertEquals(f.get("title"), w.get("title"));
      assertEquals(f.get("text"), w.get("text"));
      assertTrue(w.get("url").asText().startsWith(f.has("url") ? "https://"
          : "https://news.example/"), w.toString());
    }
    assertTrue(fromWarc.err().contains("skipped: WARC request records"), fromWarc.err());

    long lastStart = ends.get(ends.size() - 2);
    try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.WRITE)) {
      ch.truncate(lastStart + (ends.get(ends.size() - 1) - lastStart) / 2);
    }
    ExtractCommandTest.Run cut = ExtractCommandTest.run("extract", warc.toString());
    assertEquals(1, cut.code(), cut.err());
    assertEquals(pages.size(), cut.lines().size());
    JsonNode failure = cut.lines().get(pages.size() - 1);
    assertEquals("read", failure.at("/error/stage").asText());
    assertTrue(failure.at("/error/reason").asText().contains("at offset"), failure.toString());
    assertEquals(warc.toString(), failure.get("source").asText());
  }

  private static String[] concat(String first, List<Path> rest) {
    String[] a = new String[rest.size() + 1];
    a[0] = first;
    for (int i = 0; i < rest.size(); i++) {
      a[i + 1] = rest.get(i).toString();
    }
    return a;
  }

  @Test
  void aLocalUrlNeedsAllowPrivateAndThenItsFeedIsIngested() throws Exception {
    String page = "<html><head><title>Council votes</title></head><body><article>"
        + ("<p>The council voted on Monday to close the old bridge for repairs, the mayor said, "
        + "after engineers found cracks in two of its pillars during an inspection.</p>").repeat(3)
        + "</article></body></html>";
    String rss = "<rss version=\"2.0\"><channel><title>Town & Country</title><link>/</link>"
        + "<description>d</description><item><title>Council votes</title><link>/a.html</link>"
        + "</item></channel></rss>";
    try (LocalServer s = new LocalServer().page("/feed.xml", "application/rss+xml", rss)
        .page("/a.html", "text/html", page)) {
      ExtractCommandTest.Run refused = ExtractCommandTest.run("extract", s.url("/feed.xml"));
      assertEquals(1, refused.code());
      assertEquals("fetch", refused.lines().get(0).at("/error/stage").asText());
      assertTrue(refused.lines().get(0).at("/error/reason").asText().startsWith("private address"));
      assertTrue(s.requests.isEmpty(), "no request reached the server");

      Path store = tmp.resolve("store");
      ExtractCommandTest.Run ingest = ExtractCommandTest.run("ingest", "--no-nlp",
          "--allow-private", "--delay", "0", "--store", store.toString(), s.url("/feed.xml"));
      assertEquals(0, ingest.code(), ingest.err());
      try (Store st = Store.openReadOnly(store)) {
        assertEquals(1, st.count());
        assertTrue(st.hasSource(s.url("/a.html")));
      }
      Path warcOut = tmp.resolve("out.warc.gz");
      ExtractCommandTest.Run recorded = ExtractCommandTest.run("extract", "--allow-private",
          "--delay", "0", "--warc-out", warcOut.toString(), s.url("/a.html"));
      assertEquals(0, recorded.code(), recorded.err());
      ExtractCommandTest.Run replay = ExtractCommandTest.run("extract", warcOut.toString());
      assertEquals(recorded.lines().get(0).get("text"), replay.lines().get(0).get("text"),
          "the recorded crawl replays to the same article");
      assertTrue(Files.size(warcOut) > 0);
    }
  }
}
