package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.model.Layers;
import org.sitrep.store.Store;

/**
 * The server's refusals over a small hand-made store (no NLP): what it answers to requests it
 * will not or cannot serve.
 */
class ServerRefusalsTest {
  @TempDir
  static Path dir;
  static Store store;
  static WebServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void serve() throws Exception {
    try (Store s = Store.open(dir)) {
      s.put(new Article(Article.SCHEMA_VERSION, "a1", "a1.txt", null, "example.com",
          "Floods in the valley", "World", List.of(), null, null, null, "en",
          "Rescue teams reached the flooded villages of the valley.", List.of(), Map.of(),
          Layers.EMPTY), "1:1");
      s.commit();
    }
    store = Store.openReadOnly(dir);
    server = WebServer.start(store, "127.0.0.1", 0, name -> null,
        new PrintStream(PrintStream.nullOutputStream()));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /** Defect: HEAD answered 200 where GET answered 404 or 400 (Javalin's HEAD never ran the route). */
  @Test
  void headAnswersWithGetsStatusAndNoBody() throws Exception {
    for (String path : List.of("/api/articles/zzz", "/api/events?limit=abc", "/api/search?q=valley",
        "/api/articles/a1", "/article/zzz", "/search?q=valley", "/events?offset=-1", "/nope")) {
      HttpResponse<String> got = get(path);
      HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
          + server.port() + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(got.statusCode(), head.statusCode(), "HEAD " + path);
      assertEquals(got.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"),
          "HEAD " + path);
      assertEquals("", head.body(), "HEAD " + path);
    }
    assertEquals(404, get("/api/articles/zzz").statusCode());
    assertEquals(400, get("/api/events?limit=abc").statusCode());
  }

  /** Defect: hundreds of fuzzy terms or a long a*b*c*… wildcard were an HTTP 500 after seconds. */
  @Test
  void expensiveQueryIsA400WithAJsonMessageSayingWhatToChange() throws Exception {
    // 500 terms: a thousand do not fit in the 8 KB request line Jetty reads.
    String fuzzy = IntStream.range(0, 500).mapToObj(i -> "f" + i + "~")
        .collect(Collectors.joining(" "));
    String wildcard = IntStream.range(0, 26).mapToObj(i -> String.valueOf((char) ('a' + i)))
        .collect(Collectors.joining("*"));
    for (String query : List.of(fuzzy, wildcard)) {
      HttpResponse<String> r = get("/api/search?q=" + q(query));
      assertEquals(400, r.statusCode(), r.body());
      JsonNode j = Json.mapper().readTree(r.body());
      assertEquals(400, j.path("status").asInt());
      assertTrue(j.path("error").asText().startsWith("query too expensive: "), r.body());
      assertTrue(j.path("error").asText().contains("use at most"), r.body());
    }
    assertEquals(200, get("/api/search?q=" + q("flod~ AND vall*")).statusCode());
  }

  /** What the server answers to raw bytes: status line and headers (names lower-cased). */
  static Map<String, String> raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
          StandardCharsets.ISO_8859_1));
      Map<String, String> head = new java.util.HashMap<>();
      head.put(":status", in.readLine());
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        head.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
            line.substring(colon + 1).strip());
      }
      return head;
    }
  }

  private static void securityHeaders(Map<String, String> head, int status) {
    assertTrue(head.get(":status").startsWith("HTTP/1.1 " + status), head.toString());
    assertEquals(WebServer.CSP, head.get("content-security-policy"), head.toString());
    assertEquals("nosniff", head.get("x-content-type-options"), head.toString());
  }

  /** Defect: Jetty's own 414 (a URI too long) carried no security headers. */
  @Test
  void jettyErrorAnswersCarrySecurityHeadersOnA414() throws Exception {
    securityHeaders(raw("GET /search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1"
        + "\r\nConnection: close\r\n\r\n"), 414);
  }

  /** Defect: Jetty's own 400 (a request line that does not parse) carried no security headers. */
  @Test
  void jettyErrorAnswersCarrySecurityHeadersOnA400() throws Exception {
    securityHeaders(raw("GET / HTTP/1.1 extra\r\nHost: 127.0.0.1\r\nConnection: close"
        + "\r\n\r\n"), 400);
    securityHeaders(raw("GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1"
        + "\r\nConnection: close\r\n\r\n"), 400);
    // A bad percent-encoding in the path.
    securityHeaders(raw("GET /search%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close"
        + "\r\n\r\n"), 400);
  }

  /** Static files, Javalin's errors and Jetty's all carry the same headers. */
  @Test
  void jettyErrorAnswersAndStaticFilesCarrySecurityHeadersLikeThePages() throws Exception {
    securityHeaders(raw("GET /static/sitrep.css HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: "
        + "close\r\n\r\n"), 200);
    securityHeaders(raw("GET /api/articles/none HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: "
        + "close\r\n\r\n"), 404);
  }

  /** The whole answer (status line, headers, body) to a GET of {@code target} sent as it is. */
  static String rawGet(String target) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Defect: /overview, /map, /timeline, /search, /, /article/…, /entity took any parameter. */
  @Test
  void pagesAcceptedUnknownParametersSilently_nowA400ListingTheirs() throws Exception {
    for (String path : List.of("/overview?foo=1", "/map?foo=1", "/timeline?foo=1",
        "/search?q=flood&foo=1", "/?foo=1", "/article/a1?foo=1", "/entity?name=x&foo=1",
        "/section?name=World&foo=1", "/events?foo=1")) {
      HttpResponse<String> r = get(path);
      assertEquals(400, r.statusCode(), path);
      assertTrue(r.body().contains("foo: no parameter of"), path + ": " + r.body());
    }
    assertTrue(get("/map?foo=1").body().contains("it takes q, entity, place"));
    assertTrue(get("/?foo=1").body().contains("which takes none"));
    for (String path : List.of("/overview?q=flood", "/map?q=flood&limit=5", "/timeline?q=flood",
        "/search?q=flood&offset=0", "/", "/article/a1", "/section?name=World&offset=0",
        "/events?actor=x&status=any")) {
      assertEquals(200, get(path).statusCode(), path);
    }
  }

  /** Defect: POST /api/annotate?foo=1 was processed, where other /api routes refuse foo. */
  @Test
  void annotateTookAnUnknownParameter_nowA400() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + server.port() + "/api/annotate?foo=1")).POST(HttpRequest.BodyPublishers.ofString(
            "<p>x</p>")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("foo: no parameter of /api/annotate; it takes url, format"),
        r.body());
  }

  /** Defect: a trailing & (/api/search?limit=1&) was a 400 for a parameter without a name. */
  @Test
  void trailingAmpersandWasAnEmptyParameterName_nowIgnored() throws Exception {
    assertEquals(200, get("/api/search?limit=1&").statusCode());
    assertEquals(200, get("/api/search?&limit=1&&q=flood").statusCode());
    assertEquals(200, get("/search?q=flood&").statusCode());
  }

  /** Defect: event=ASSAULT&event=ACCUSE kept only the first value, silently. */
  @Test
  void repeatedParameterKeptTheFirstValue_nowA400NamingIt() throws Exception {
    HttpResponse<String> r = get("/api/events?event=ASSAULT&event=ACCUSE");
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("event: given twice"), r.body());
    assertEquals(400, get("/events?event=ASSAULT&event=ACCUSE").statusCode());
    assertEquals(400, get("/api/search?q=a&q=b").statusCode());
  }

  /** Defect: q=%ZZ was dropped silently and the search answered every article. */
  @Test
  void malformedEscapeWasDroppedSilently_nowA400NamingTheParameter() throws Exception {
    String api = rawGet("/api/search?q=%ZZ");
    assertTrue(api.startsWith("HTTP/1.1 400"), api);
    assertTrue(api.contains("q: a malformed escape"), api);
    assertTrue(rawGet("/search?q=fl%2").startsWith("HTTP/1.1 400"));
    String good = rawGet("/api/search?q=fl%6Fod");
    assertTrue(good.startsWith("HTTP/1.1 200"), good);
  }

  /** Defect: /api/entities/%00 answered Jetty's HTML "Bad Message 400", not JSON. */
  @Test
  void jettysOwnRefusalOfAnApiPathWasHtml_nowJson() throws Exception {
    String r = rawGet("/api/entities/%00");
    assertTrue(r.startsWith("HTTP/1.1 400"), r);
    assertTrue(r.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"),
        r);
    String body = r.substring(r.indexOf("\r\n\r\n") + 4);
    assertEquals(400, org.sitrep.model.Json.mapper().readTree(body).path("status").asInt(), r);
    assertTrue(rawGet("/search%zz").startsWith("HTTP/1.1 400"));
  }
}
