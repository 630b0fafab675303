package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
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
}
