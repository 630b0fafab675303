package org.sitrep.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.core.Flow;
import org.sitrep.core.Input;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Result;

public class WarcPagesTest {
  static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir
  Path tmp;

  /** The example pages as a WARC.gz: a request and a response per page; returns record ends. */
  public static List<Long> writeWarc(Path warc, List<Path> pages) throws IOException {
    List<Long> ends = new ArrayList<>();
    try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
         WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      for (Path p : pages) {
        URI uri = URI.create("https://news.example/" + p.getFileName());
        w.write(new WarcRequest.Builder(uri).date(Instant.parse("2019-11-20T08:00:00Z"))
            .body(MediaType.HTTP_REQUEST, ("GET /" + p.getFileName() + " HTTP/1.1\r\nHost: "
                + "news.example\r\n\r\n").getBytes()).build());
        String type = p.toString().endsWith(".txt") ? "text/plain; charset=utf-8"
            : "text/html; charset=utf-8";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse(type), Files.readAllBytes(p)).build();
        w.write(new WarcResponse.Builder(uri).date(Instant.parse("2019-11-20T08:00:00Z"))
            .body(http).build());
        ends.add(w.position());
      }
    }
    return ends;
  }

  public static List<Path> examples() throws IOException {
    try (var s = Files.list(EXAMPLES)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  private static List<Result> run(Path... inputs) {
    Flow flow = new Flow(new Extractor(), null);
    List<Result> out = new ArrayList<>();
    try (Sources s = Sources.ofPaths(List.of(inputs), 50L << 20)) {
      for (Input i : s) {
        out.add(flow.run(i));
      }
    }
    return out;
  }

  @Test
  void aWarcGivesTheSamePagesAsTheFiles() throws Exception {
    List<Path> pages = examples();
    Path warc = tmp.resolve("crawl.warc.gz");
    writeWarc(warc, pages);
    List<Result> fromWarc = run(warc);
    assertEquals(pages.size(), fromWarc.size(), "one article per response; requests skipped");
    for (int i = 0; i < pages.size(); i++) {
      Article file = (Article) run(pages.get(i)).get(0);
      Article rec = assertInstanceOf(Article.class, fromWarc.get(i));
      assertEquals(file.title(), rec.title(), pages.get(i).toString());
      assertEquals(file.text(), rec.text(), pages.get(i).toString());
      if (file.url() == null) {
        assertEquals("https://news.example/" + pages.get(i).getFileName(), rec.url());
      }
      assertEquals("2019-11-20T08:00:00Z", rec.fetched());
      assertTrue(rec.source().startsWith(warc + "#"), rec.source());
    }
  }

  @Test
  void aTruncatedWarcGivesEveryCompleteRecordAndOneFailure() throws Exception {
    List<Path> pages = examples();
    Path warc = tmp.resolve("crawl.warc.gz");
    List<Long> ends = writeWarc(warc, pages);
    long lastStart = ends.get(ends.size() - 2);
    long cut = lastStart + (ends.get(ends.size() - 1) - lastStart) / 2;
    try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.WRITE)) {
      ch.truncate(cut);
    }
    List<Result> out = run(warc);
    assertEquals(pages.size(), out.size(), out.toString());
    for (int i = 0; i < pages.size() - 1; i++) {
      assertInstanceOf(Article.class, out.get(i));
    }
    Failure f = assertInstanceOf(Failure.class, out.get(pages.size() - 1));
    assertEquals("read", f.error().stage());
    assertTrue(f.error().reason().startsWith("truncated or corrupt WARC at offset "),
        f.error().reason());
    assertEquals(warc.toString(), f.source());
  }
}
