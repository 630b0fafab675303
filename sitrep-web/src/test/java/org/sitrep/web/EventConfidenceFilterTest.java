package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Json;
import org.sitrep.model.Layers;
import org.sitrep.model.Span;
import org.sitrep.store.Store;

/**
 * {@code min_confidence} of the API and the pages, over a small hand-made store (no NLP): one
 * article with a sure protest (0.9) and an unsure assault (0.3), another with an unsure assault
 * only (0.5).
 */
class EventConfidenceFilterTest {
  @TempDir
  static Path dir;
  static Store store;
  static WebServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  static Event event(String id, String type, double confidence, int end) {
    return new Event(id, type, null, null, List.of(), List.of(), null, null, List.of(),
        List.of(new Event.Evidence(new Span(0, end), new Span(0, 5), "x")), List.of(),
        "happened", confidence);
  }

  @BeforeAll
  static void serve() throws Exception {
    String t1 = "Protesters marched through Aleppo while gunmen fired on a checkpoint nearby.";
    String t2 = "Unknown attackers shelled a northern village overnight, residents reported.";
    try (Store s = Store.open(dir)) {
      s.put(new Article(Article.SCHEMA_VERSION, "a1", "a1.txt", null, "example.com",
          "March and shooting", "World", List.of(), null, null, null, "en", t1, List.of(),
          Map.of(), Layers.EMPTY.withEvents(List.of(event("e1", "PROTEST", 0.9, t1.length()),
              event("e2", "ASSAULT", 0.3, t1.length())))), "1:1");
      s.put(new Article(Article.SCHEMA_VERSION, "a2", "a2.txt", null, "example.com",
          "Village shelled", "World", List.of(), null, null, null, "en", t2, List.of(),
          Map.of(), Layers.EMPTY.withEvents(List.of(event("e1", "ASSAULT", 0.5, t2.length())))),
          "2:2");
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

  static JsonNode json(String pathAndQuery) throws Exception {
    HttpResponse<String> r = get(pathAndQuery);
    assertEquals(200, r.statusCode(), r.body());
    return Json.mapper().readTree(r.body());
  }

  static List<String> types(JsonNode events) {
    List<String> out = new java.util.ArrayList<>();
    events.path("events").forEach(e -> out.add(e.path("article").path("id").asText() + ":"
        + e.path("type").asText()));
    out.sort(null);
    return out;
  }

  @Test
  void apiEventsMinConfidenceListsOnlyEventsThatSure() throws Exception {
    assertEquals(List.of("a1:ASSAULT", "a1:PROTEST", "a2:ASSAULT"), types(json("/api/events")));
    assertEquals(List.of("a1:PROTEST", "a2:ASSAULT"),
        types(json("/api/events?min_confidence=0.5")));
    assertEquals(List.of("a1:PROTEST"), types(json("/api/events?min_confidence=0.8")));
    JsonNode assaults = json("/api/events?event=ASSAULT&min_confidence=0.4");
    assertEquals(1, assaults.path("matching").asInt(), "a1's assault is too unsure: " + assaults);
    assertEquals(List.of("a2:ASSAULT"), types(assaults));
  }

  @Test
  void apiMinConfidenceOutsideZeroToOneIsA400SayingWhy() throws Exception {
    for (String bad : List.of("1.01", "-1", "lots")) {
      HttpResponse<String> r = get("/api/events?min_confidence=" + bad);
      assertEquals(400, r.statusCode(), r.body());
      assertTrue(r.body().contains("min_confidence"), r.body());
    }
  }

  @Test
  void openApiDocumentsMinConfidenceOnTheEventsEndpoint() throws Exception {
    JsonNode api = json("/api/openapi.json");
    assertTrue(api.path("paths").path("/api/events").path("get").path("parameters").toString()
        .contains("#/components/parameters/min_confidence"), "events parameters");
    assertEquals(1.0, api.path("components").path("parameters").path("min_confidence")
        .path("schema").path("maximum").asDouble());
  }

  @Test
  void mapPageHasAnEventConfidenceControlThatFilters() throws Exception {
    HttpResponse<String> r = get("/map?min_confidence=0.8");
    assertEquals(200, r.statusCode());
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.body());
    org.jsoup.nodes.Element input = page.selectFirst("input[name=min_confidence]");
    assertTrue(input != null, "a min_confidence control on the map");
    assertEquals("number", input.attr("type"));
    assertEquals("0.8", input.attr("value"), "the control shows the filter in use");
    assertTrue(page.selectFirst("#summary").text().contains("1 article"),
        page.selectFirst("#summary").text());
  }
}
