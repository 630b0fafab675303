package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Flow;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.nlp.Annotator;
import org.sitrep.store.Store;

/** {@code POST /api/annotate}: a page in, its annotated article out, bad pages a 4xx. */
class AnnotateApiTest {
  static Path dir;
  static Store store;
  static WebServer server;
  static final AtomicInteger builds = new AtomicInteger();
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void serve() throws Exception {
    dir = Files.createTempDirectory("sitrep-annotate");
    try (Store s = Store.open(dir)) {
      s.commit();
    }
    store = Store.openReadOnly(dir);
    Annotation annotation = new Annotation(() -> {
      builds.incrementAndGet();
      return new Flow(new Extractor(), Annotator.pipeline());
    }, 1 << 20, 2, 2);
    server = WebServer.start(store, "127.0.0.1", 0, name -> null,
        new PrintStream(PrintStream.nullOutputStream()), annotation);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
  }

  static HttpResponse<String> post(WebServer on, String query, HttpRequest.BodyPublisher body,
                                   String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port()
        + "/api/annotate" + query)).POST(body);
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""),
        r.body());
    return Json.mapper().readTree(r.body());
  }

  @Test
  void theSeedPostedAsCurlPostsItComesBackAnnotatedWithItsQuotesPlacesAndEvents()
      throws Exception {
    // curl --data-binary sends the form type, which says nothing of the bytes.
    HttpResponse<String> r = post(server, "?url=https://www.rt.com/news/palmyra&format=json",
        HttpRequest.BodyPublishers.ofFile(Path.of("../examples/palmyra-scraped.txt")),
        "Content-Type", "application/x-www-form-urlencoded");
    assertEquals(200, r.statusCode(), r.body());
    json(r);
    Article a = Json.mapper().readValue(r.body(), Article.class);
    assertTrue(a.title().startsWith("New ISIS offensive on Palmyra"), a.title());
    assertEquals("https://www.rt.com/news/palmyra", a.url());
    assertTrue(a.layers().tokens().isEmpty(), "no token layer, as sitrep annotate");
    assertTrue(a.layers().quotes().stream().anyMatch(q -> q.speakerName() != null
        && q.speakerName().contains("Konashenkov")), a.layers().quotes().toString());
    assertTrue(a.layers().places().stream().anyMatch(p -> p.name().equals("Palmyra")
        && "Tadmur".equals(p.resolved())), a.layers().places().toString());
    assertTrue(a.layers().events().stream().anyMatch(e -> e.type().equals("ASSAULT")),
        a.layers().events().toString());
    // The models were built once, however many pages follow.
    assertEquals(200, post(server, "", HttpRequest.BodyPublishers.ofString(
        "Syrian troops attacked Islamic State fighters near Palmyra on Tuesday, the ministry "
            + "said.")).statusCode());
    assertEquals(1, builds.get());
  }

  @Test
  void anEmptyBodyAnswers422WithItsFailureKindAndTheServerStaysUp() throws Exception {
    HttpResponse<String> r = post(server, "", HttpRequest.BodyPublishers.noBody());
    assertEquals(422, r.statusCode(), r.body());
    assertEquals("detect: empty document", json(r).path("kind").asText());
    assertEquals(200, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + server.port() + "/api/search?q=x")).build(), HttpResponse.BodyHandlers.ofString())
        .statusCode());
  }

  @Test
  void aBinaryBodyAnswers422WithItsFailureKind() throws Exception {
    byte[] png = new byte[4096];
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    System.arraycopy(head, 0, png, 0, head.length);
    HttpResponse<String> r = post(server, "", HttpRequest.BodyPublishers.ofByteArray(png),
        "Content-Type", "image/png");
    assertEquals(422, r.statusCode(), r.body());
    assertEquals("detect: binary content, not a web page", json(r).path("kind").asText());
  }

  @Test
  void aBodyOverTheByteLimitAnswers413WhetherItsLengthIsDeclaredOrNot() throws Exception {
    byte[] big = new byte[(1 << 20) + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> declared = post(server, "", HttpRequest.BodyPublishers.ofByteArray(big));
    assertEquals(413, declared.statusCode(), declared.body());
    assertEquals("read: file too large", json(declared).path("kind").asText());
    HttpResponse<String> chunked = post(server, "", HttpRequest.BodyPublishers.ofInputStream(
        () -> new java.io.ByteArrayInputStream(big)));
    assertEquals(413, chunked.statusCode(), chunked.body());
    assertEquals("read: file too large", json(chunked).path("kind").asText());
  }

  @Test
  void aGzipBodyExpandingPastMaxBytesAnswers413LikeAPlainOversizedBody() throws Exception {
    byte[] big = new byte[(1 << 20) + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(zipped)) {
      z.write(big);
    }
    assertTrue(zipped.size() < 1 << 20, "the compressed body is under the limit");
    HttpResponse<String> gz = post(server, "", HttpRequest.BodyPublishers.ofByteArray(
        zipped.toByteArray()));
    HttpResponse<String> plain = post(server, "", HttpRequest.BodyPublishers.ofInputStream(
        () -> new java.io.ByteArrayInputStream(big)));
    assertEquals(413, gz.statusCode(), gz.body());
    assertEquals(413, plain.statusCode(), plain.body());
    assertEquals(json(plain).path("kind").asText(), json(gz).path("kind").asText());
    for (HttpResponse<String> r : java.util.List.of(gz, plain)) {
      assertTrue(json(r).path("error").asText().matches(
          "read: file too large \\(.*; raise it with --max-bytes\\)"), r.body());
    }
  }

  @Test
  void aCrossSiteBrowserPostIsRefusedAndTheServersOwnOriginIsNot() throws Exception {
    HttpRequest.BodyPublisher empty = HttpRequest.BodyPublishers.noBody();
    assertEquals(403, post(server, "", empty, "Origin", "http://evil.example").statusCode());
    assertEquals(403, post(server, "", empty, "Origin", "null").statusCode());
    assertEquals(403, post(server, "", empty, "Sec-Fetch-Site", "cross-site").statusCode());
    // A page rebound to 127.0.0.1 has its own name as Origin and Host: still refused.
    assertEquals(403, post(server, "", empty, "Origin", "http://127.0.0.1.nip.io:"
        + server.port()).statusCode());
    // This server's own pages may post (the empty page then fails as a page, not as a request).
    assertEquals(422, post(server, "", empty, "Origin", "http://127.0.0.1:" + server.port(),
        "Sec-Fetch-Site", "same-origin").statusCode());
  }

  @Test
  void aBadUrlOrFormatIsA400() throws Exception {
    HttpRequest.BodyPublisher text = HttpRequest.BodyPublishers.ofString("Some text.");
    assertEquals(400, post(server, "?url=file:///etc/passwd", text).statusCode());
    assertEquals(400, post(server, "?format=xml", text).statusCode());
  }

  @Test
  void aRequestPastTheBusyWorkersAndTheirQueueAnswers503WithRetryAfter() throws Exception {
    AtomicInteger built = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    // The first request holds the only worker while its flow is built (until released).
    Annotation one = new Annotation(() -> {
      built.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new Flow(new Extractor(), null);
    }, 1 << 20, 1, 0);
    try (WebServer busy = WebServer.start(store, "127.0.0.1", 0, name -> null,
        new PrintStream(PrintStream.nullOutputStream()), one)) {
      String page = "Rescue teams reached the flooded villages of the valley on Monday.";
      CompletableFuture<HttpResponse<String>> first = http.sendAsync(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + busy.port() + "/api/annotate")).POST(
              HttpRequest.BodyPublishers.ofString(page)).build(),
          HttpResponse.BodyHandlers.ofString());
      while (one.inside() < 1) {
        Thread.sleep(10);
      }
      HttpResponse<String> refused = post(busy, "", HttpRequest.BodyPublishers.ofString("x"));
      assertEquals(503, refused.statusCode(), refused.body());
      assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
      release.countDown();
      assertEquals(200, first.get().statusCode(), first.get().body());
      assertEquals(200, post(busy, "", HttpRequest.BodyPublishers.ofString(page)).statusCode());
      assertEquals(1, built.get());
    }
  }
}
