package org.sitrep.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.core.Flow;
import org.sitrep.core.Input;
import org.sitrep.core.table.Tables;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Json;
import org.sitrep.model.RawPage;
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

  private static final String PAGE = "<html><head><title>%s</title></head><body><article>"
      + "<h1>%s</h1><p>%s is a page of a crawl, with a paragraph long enough to be an article "
      + "body that the extractor keeps as it is.</p></article></body></html>";

  /** A response record holding {@code http} (an HTTP message as its bytes, right or wrong). */
  private static WarcResponse response(String url, String http) {
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2020-01-02T03:04:05Z"))
        .body(MediaType.HTTP_RESPONSE, http.getBytes(StandardCharsets.UTF_8)).build();
  }

  private static String http(String headers, String name) {
    return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + headers + "\r\n"
        + PAGE.formatted(name, name, name);
  }

  /** Writes the records, gzipped one by one or plain; returns each record's start. */
  private static List<Long> write(Path warc, WarcCompression compression,
                                  List<WarcResponse> records) throws IOException {
    List<Long> starts = new ArrayList<>();
    try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
         WarcWriter w = new WarcWriter(ch, compression)) {
      for (WarcResponse r : records) {
        starts.add(w.position());
        w.write(r);
      }
    }
    return starts;
  }

  /** Every input of the file: its page, or the failure's reason as "FAILED source: reason". */
  private static List<Object> read(Path warc) {
    List<Object> out = new ArrayList<>();
    try (Sources s = Sources.ofPaths(List.of(warc), 50L << 20)) {
      for (Input i : s) {
        try {
          out.add(i.load());
        } catch (ExtractionException e) {
          out.add("FAILED " + i.source() + ": " + e.reason());
        }
      }
    }
    return out;
  }

  /** An HTTP message whose Content-Length is right. */
  private static String honest(String name) {
    return http("Content-Length: " + PAGE.formatted(name, name, name)
        .getBytes(StandardCharsets.UTF_8).length + "\r\n", name);
  }

  /**
   * Defect "one HTTP message without Content-Length, or with a lying one, loses every later
   * record": records are framed by the WARC Content-Length, the HTTP body is the rest of the
   * block, and only an HTTP message that cannot be read at all fails, alone, by its offset.
   */
  @Test
  void aBadHttpMessageLosesOnlyItsOwnRecord() throws Exception {
    Map<String, String> middles = new LinkedHashMap<>();
    middles.put("no Content-Length", http("", "middle"));
    middles.put("Content-Length too long", http("Content-Length: 100000\r\n", "middle"));
    middles.put("Content-Length too short", http("Content-Length: 7\r\n", "middle"));
    middles.put("Content-Length not a number", http("Content-Length: lots\r\n", "middle"));
    for (WarcCompression c : List.of(WarcCompression.GZIP, WarcCompression.NONE)) {
      for (var m : middles.entrySet()) {
        Path warc = tmp.resolve("three.warc" + (c == WarcCompression.GZIP ? ".gz" : ""));
        List<Long> starts = write(warc, c, List.of(
            response("https://news.example/first", honest("first")),
            response("https://news.example/middle", m.getValue()),
            response("https://news.example/third", honest("third"))));
        List<Object> out = read(warc);
        String what = c + ", middle with " + m.getKey() + ": " + out;
        assertEquals(3, out.size(), what);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          RawPage p = assertInstanceOf(RawPage.class, out.get(i), what);
          urls.add(p.url());
          assertEquals(warc + "#" + starts.get(i), p.source(), what);
        }
        assertEquals(List.of("https://news.example/first", "https://news.example/middle",
            "https://news.example/third"), urls, what);
        String middle = new String(((RawPage) out.get(1)).content(), StandardCharsets.UTF_8);
        assertEquals(PAGE.formatted("middle", "middle", "middle"), middle, what);
      }
      // An HTTP message that cannot be read: the record fails, by its offset; the next is read.
      Path warc = tmp.resolve("broken.warc" + (c == WarcCompression.GZIP ? ".gz" : ""));
      List<Long> starts = write(warc, c, List.of(
          response("https://news.example/first", http("", "first")),
          response("https://news.example/middle", "HTTP/1.1 200 OK\r\nContent-Type: text/html"
              + "\r\nContent-Encoding: gzip\r\n\r\nthis is not gzip at all"),
          response("https://news.example/third", http("", "third"))));
      List<Object> out = read(warc);
      assertEquals(3, out.size(), out.toString());
      assertEquals("https://news.example/first", ((RawPage) out.get(0)).url());
      String failure = assertInstanceOf(String.class, out.get(1), out.toString());
      assertTrue(failure.startsWith("FAILED " + warc + "#" + starts.get(1)
          + ": unreadable response record at offset " + starts.get(1) + " ("), failure);
      assertEquals("https://news.example/third",
          assertInstanceOf(RawPage.class, out.get(2), out.toString()).url());
    }
  }

  /**
   * Defect "every WARC record's source is file#0, every failure at offset 0": a record's source
   * names its own offset, where a new reader seeking there reads the same record.
   */
  @Test
  void eachRecordsSourceIsTheOffsetAReaderSeeksTo() throws Exception {
    for (WarcCompression c : List.of(WarcCompression.GZIP, WarcCompression.NONE)) {
      Path warc = tmp.resolve("crawl.warc" + (c == WarcCompression.GZIP ? ".gz" : ""));
      List<WarcResponse> records = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        records.add(response("https://news.example/" + i, http("", "page " + i)));
      }
      List<Long> starts = write(warc, c, records);
      List<Long> offsets = new ArrayList<>();
      try (Sources s = Sources.ofPaths(List.of(warc), 50L << 20)) {
        for (Input in : s) {
          long offset = Long.parseLong(in.source().substring(in.source().lastIndexOf('#') + 1));
          offsets.add(offset);
          try (WarcReader r = new WarcReader(FileChannel.open(warc))) {
            r.position(offset);
            WarcRecord rec = r.next().orElseThrow();
            assertEquals(rec.id().toString(), in.stamp(), c + " " + in.source());
          }
        }
      }
      assertEquals(starts, offsets, c.toString());
      assertEquals(4, new HashSet<>(offsets).size(), c + " " + offsets);

      // Cut inside the third record: the failure names where that record starts.
      try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.WRITE)) {
        ch.truncate(starts.get(2) + (starts.get(3) - starts.get(2)) / 2);
      }
      List<Object> out = read(warc);
      assertEquals(3, out.size(), out.toString());
      String failure = assertInstanceOf(String.class, out.get(2), out.toString());
      assertTrue(failure.startsWith("FAILED " + warc + ": truncated or corrupt WARC at offset "
          + starts.get(2) + " "), c + ": " + failure);
    }
  }

  /**
   * Defect "WARC-Target-URI is lost when the page has a canonical URL": the article keeps it as
   * {@code fetchedUrl} beside the canonical {@code url}, in its JSON and the articles table.
   */
  @Test
  void theTargetUriIsKeptBesideTheCanonicalUrl() throws Exception {
    Path warc = tmp.resolve("canonical.warc.gz");
    String html = "<html><head><title>Moved</title><link rel=\"canonical\" href=\""
        + "https://news.example/2020/story\"></head><body><article><h1>Moved</h1><p>A story "
        + "crawled under a tracking URL, whose page says where it really lives, in a paragraph "
        + "long enough to be kept.</p></article></body></html>";
    write(warc, WarcCompression.GZIP, List.of(response("https://news.example/s?utm=feed",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html)));
    Article a = assertInstanceOf(Article.class, run(warc).get(0));
    assertEquals("https://news.example/2020/story", a.url());
    assertEquals("https://news.example/s?utm=feed", a.fetchedUrl());
    String json = Json.line(a);
    assertTrue(json.contains("\"fetchedUrl\":\"https://news.example/s?utm=feed\""), json);
    assertEquals(a, Json.read(json, Article.class));
    Object[] row = Tables.rows(a, "s").get(Tables.ARTICLES).get(0);
    assertEquals("https://news.example/s?utm=feed",
        row[Tables.ARTICLES.columnNames().indexOf("fetched_url")]);
    assertEquals("https://news.example/2020/story",
        row[Tables.ARTICLES.columnNames().indexOf("url")]);
    // An article written before the field existed still reads, without it.
    Article old = Json.read(json.replace(",\"fetchedUrl\":\"https://news.example/s?utm=feed\"",
        ""), Article.class);
    assertNull(old.fetchedUrl());
    assertEquals(a.url(), old.url());
  }
}
