package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.sitrep.model.Place;
import org.sitrep.model.Published;
import org.sitrep.model.Span;
import org.sitrep.store.Store;

/**
 * Defect: /api/events, /api/places and /api/timeline took {@code offset}, {@code limit} and
 * {@code sort} as the OpenAPI description advertised, and ignored them. Over a hand-made store
 * (no NLP): three articles on three days, four events, three places.
 */
class ApiPagingTest {
  @TempDir
  static Path dir;
  static Store store;
  static WebServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  static Event event(String id, String type, double confidence, String day) {
    return new Event(id, type, null, null, List.of(), List.of(), null,
        new Event.When(day, null, null, "sentence"), List.of(),
        List.of(new Event.Evidence(new Span(0, 10), new Span(0, 5), "x")), List.of(),
        "happened", confidence);
  }

  static Place place(String name, double lat, int times, List<Place> to) {
    for (int i = 0; i < times; i++) {
      to.add(new Place(new Span(0, 5), name, name, (long) name.hashCode(), lat, 38.0, "SY",
          null, "P", "PPL", 0.9, null, "toponym"));
    }
    return to.get(0);
  }

  static Article article(String id, String day, List<Place> places, List<Event> events) {
    return new Article(Article.SCHEMA_VERSION, id, id + ".txt", null, "example.com",
        "Report " + id, "World", List.of(), null, Published.parse(day), null, "en",
        "Fighting was reported in the region on that day, residents said.", List.of(),
        Map.of(), Layers.EMPTY.withPlaces(places, null).withEvents(events));
  }

  @BeforeAll
  static void serve() throws Exception {
    List<Place> p1 = new ArrayList<>();
    place("Aleppo", 36.2, 3, p1);
    place("Homs", 34.7, 1, p1);
    List<Place> p2 = new ArrayList<>();
    place("Homs", 34.7, 1, p2);
    place("Zabadani", 33.7, 1, p2);
    try (Store s = Store.open(dir)) {
      s.put(article("a1", "2016-03-01", p1, List.of(event("e1", "ASSAULT", 0.4, "2016-03-01"),
          event("e2", "PROTEST", 0.9, "2016-02-27"))), "1:1");
      s.put(article("a2", "2016-03-02", p2, List.of(event("e1", "ASSAULT", 0.6, "2016-03-02"))),
          "2:2");
      s.put(article("a3", "2016-03-03", List.of(), List.of(event("e1", "COERCE", 0.7,
          "2016-03-03"))), "3:3");
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
    assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
    return Json.mapper().readTree(r.body());
  }

  static List<String> list(JsonNode page, String field, java.util.function.Function<JsonNode,
      String> key) {
    List<String> out = new ArrayList<>();
    page.path(field).forEach(n -> out.add(key.apply(n)));
    return out;
  }

  static String eventKey(JsonNode e) {
    return e.path("article").path("id").asText() + ":" + e.path("id").asText();
  }

  @Test
  void apiEventsIgnoredLimit() throws Exception {
    JsonNode all = json("/api/events");
    assertEquals(4, all.path("total").asInt());
    List<String> order = list(all, "events", ApiPagingTest::eventKey);
    assertEquals(List.of("a3:e1", "a2:e1", "a1:e1", "a1:e2"), order, "newest article first");
    JsonNode one = json("/api/events?limit=1");
    assertEquals(List.of("a3:e1"), list(one, "events", ApiPagingTest::eventKey));
    assertEquals(4, one.path("total").asInt(), "the whole list's length");
    JsonNode second = json("/api/events?limit=2&offset=2");
    assertEquals(List.of("a1:e1", "a1:e2"), list(second, "events", ApiPagingTest::eventKey));
    assertEquals(2, second.path("offset").asInt());
    assertEquals(0, json("/api/events?offset=9").path("events").size(), "past the end: none");
    assertEquals(List.of("a1:e2", "a3:e1", "a2:e1", "a1:e1"),
        list(json("/api/events?sort=confidence"), "events", ApiPagingTest::eventKey));
    assertEquals(List.of("a1:e2", "a1:e1", "a2:e1", "a3:e1"),
        list(json("/api/events?sort=oldest"), "events", ApiPagingTest::eventKey),
        "by the event's own day: the protest of 27 February first");
    assertEquals(List.of("a3:e1", "a2:e1"),
        list(json("/api/events?sort=newest&limit=2"), "events", ApiPagingTest::eventKey));
  }

  @Test
  void apiPlacesIgnoredSortAndOffset() throws Exception {
    JsonNode all = json("/api/places");
    assertEquals(List.of("Aleppo", "Homs", "Zabadani"), list(all, "places",
        p -> p.path("name").asText()), "most mentioned first");
    assertEquals(List.of("Homs", "Aleppo"), list(json("/api/places?sort=articles&limit=2"),
        "places", p -> p.path("name").asText()), "Homs is in two articles");
    assertEquals(List.of("Homs", "Zabadani"), list(json("/api/places?sort=name&offset=1"),
        "places", p -> p.path("name").asText()));
    assertEquals(3, json("/api/places?limit=1").path("total").asInt());
  }

  @Test
  void apiTimelineIgnoredLimitAndSort() throws Exception {
    JsonNode all = json("/api/timeline");
    assertEquals(List.of("2016-02-27", "2016-03-01", "2016-03-02", "2016-03-03"),
        list(all, "days", d -> d.path("day").asText()));
    assertEquals(List.of("2016-03-03"), list(json("/api/timeline?sort=newest&limit=1"), "days",
        d -> d.path("day").asText()));
    assertEquals(4, json("/api/timeline?limit=1").path("total").asInt());
  }

  @Test
  void apiAggregateBadPagingWasIgnoredNotRefused() throws Exception {
    for (String q : List.of("/api/events?limit=0", "/api/events?limit=1001",
        "/api/events?limit=1.5", "/api/events?limit=ten", "/api/places?offset=-1",
        "/api/places?offset=10001", "/api/timeline?sort=relevance", "/api/events?sort=size",
        "/api/places?sort=newest")) {
      HttpResponse<String> r = get(q);
      assertEquals(400, r.statusCode(), q + ": " + r.body());
      String error = Json.mapper().readTree(r.body()).path("error").asText();
      String name = q.substring(q.indexOf('?') + 1, q.indexOf('='));
      assertTrue(error.startsWith(name + ": "), q + ": " + error);
      assertFalse(error.contains("\n"), "one line: " + error);
    }
  }

  @Test
  void openApiAdvertisedPagingItDidNotDo() throws Exception {
    JsonNode doc = json("/api/openapi.json");
    Map<String, List<String>> sorts = Map.of("/api/places", Api.PLACE_SORTS, "/api/events",
        Api.EVENT_SORTS, "/api/timeline", Api.DAY_SORTS);
    for (Map.Entry<String, List<String>> e : sorts.entrySet()) {
      JsonNode params = doc.path("paths").path(e.getKey()).path("get").path("parameters");
      List<String> refs = new ArrayList<>();
      params.forEach(p -> refs.add(p.path("$ref").asText().replaceAll(".*/", "")));
      assertFalse(refs.contains("dedup"), e.getKey() + " reads articles undeduplicated");
      String sort = refs.stream().filter(r -> r.endsWith("_sort")).findFirst().orElseThrow();
      List<String> documented = new ArrayList<>();
      doc.path("components").path("parameters").path(sort).path("schema").path("enum")
          .forEach(x -> documented.add(x.asText()));
      assertEquals(e.getValue(), documented, e.getKey());
      JsonNode props = doc.path("paths").path(e.getKey()).path("get").path("responses")
          .path("200").path("content").path("application/json").path("schema")
          .path("properties");
      assertTrue(props.has("total") && props.has("offset") && props.has("limit"), e.getKey());
    }
  }
}
