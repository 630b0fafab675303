package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
 * Defect: place=Syria found no event placed in a Syrian town (the filter matched the place's
 * own name only, and only in articles that named Syria as a place).
 */
class EventsInAreaTest {
  @TempDir
  static Path dir;
  static Store store;
  static WebServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  static Article article(String id, String place, String resolved, String cc3, String admin1) {
    String t = "Gunmen attacked a checkpoint in " + place + " on Monday.";
    Event e = new Event("e1", "ASSAULT", null, null, List.of(), List.of(),
        new Event.Where(place, resolved, cc3, admin1, null, null, null, null, "sentence"), null,
        List.of(), List.of(new Event.Evidence(new Span(0, t.length()), new Span(7, 15), "attacked")),
        List.of(), "happened", 0.9);
    Layers layers = Layers.EMPTY.withEvents(List.of(e)).withPlaces(List.of(new Place(
        new Span(32, 32 + place.length()), place, resolved, null, 34.5, 38.3, cc3.substring(0, 2),
        admin1, "P", "PPL", 0.9, null, null)), null);
    return new Article(Article.SCHEMA_VERSION, id, id + ".txt", null, "example.com",
        "Title " + id, "World", List.of(), null, Published.parse("2016-03-0" + id.charAt(1)), null,
        "en", t, List.of(), Map.of(), layers);
  }

  @BeforeAll
  static void serve() throws Exception {
    try (Store s = Store.open(dir)) {
      s.put(article("a1", "Palmyra", "Tadmur", "SYR", "Homs"), "1:1");
      s.put(article("a2", "Kenedy", "Kenedy", "USA", "Texas"), "2:2");
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

  static String body(String pathAndQuery) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + server.port() + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
    return r.body();
  }

  static Set<String> api(String query) throws Exception {
    Set<String> out = new TreeSet<>();
    for (JsonNode e : Json.mapper().readTree(body("/api/events?" + query)).path("events")) {
      out.add(e.path("article").path("id").asText());
    }
    return out;
  }

  static Set<String> page(String query) throws Exception {
    Set<String> out = new TreeSet<>();
    for (Element tr : Jsoup.parse(body("/events?" + query)).select("#events tbody tr")) {
      out.add(tr.attr("data-id").replaceFirst("/.*", ""));
    }
    return out;
  }

  static int downloadRows(String query) throws Exception {
    return (int) body("/api/events/download?format=jsonl&" + query).lines()
        .filter(l -> !l.isBlank()).count();
  }

  @Test
  void aPlaceFilterKeepsTheEventsInTheCountryOrRegionSoNamed() throws Exception {
    for (String q : List.of("Syria", "syria", "SYR", "SY", "Homs", "Palmyra", "Tadmur")) {
      assertEquals(Set.of("a1"), api("place=" + q), q);
      assertEquals(Set.of("a1"), page("place=" + q), q);
      assertEquals(1, downloadRows("place=" + q), q);
    }
    assertEquals(Set.of("a2"), api("place=Texas"));
    assertEquals(Set.of("a2"), api("place=United%20States"));
    assertEquals(Set.of(), api("place=Iraq"));
    // a code written in capitals is a country's code only: Texas' Kenedy is not in Kenya
    assertEquals(Set.of(), api("place=KEN"));
    assertEquals(Set.of("a2"), api("place=USA"));
    assertEquals(Set.of("a2"), api("place=kened"));
    assertEquals(Set.of("a1", "a2"), api(""));
  }
}
