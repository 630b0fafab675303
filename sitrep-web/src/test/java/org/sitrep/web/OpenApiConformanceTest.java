package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Json;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.Published;
import org.sitrep.model.Span;
import org.sitrep.store.Store;

/**
 * Every GET path and every query parameter the OpenAPI document lists, called as it says:
 * a valid value changes the answer (a filter narrows it, a page or an order moves it), a
 * documented default answers as the parameter's absence, every enum value is taken, and a
 * value outside the schema is a 400 naming the parameter (with the allowed values for an
 * enum). A parameter the document does not list is refused. Over a hand-made store (no NLP)
 * of four articles on four days, two of them copies of one story.
 */
class OpenApiConformanceTest {
  @TempDir
  static Path dir;
  static Store store;
  static WebServer server;
  static JsonNode doc;
  static final HttpClient http = HttpClient.newHttpClient();

  /** A value of each parameter that changes the answers of every path that takes it. */
  static final Map<String, String> VALID = Map.ofEntries(Map.entry("q", "Homs"),
      Map.entry("entity", "Bashar al-Assad"), Map.entry("place", "Mosul"),
      Map.entry("country", "IQ"), Map.entry("since", "2016-03-03"),
      Map.entry("until", "2016-03-02"), Map.entry("section", "Sport"),
      Map.entry("site", "other.org"), Map.entry("event", "COERCE"),
      Map.entry("min_confidence", "0.65"), Map.entry("story", "a1"),
      Map.entry("near", "36.3,43.1"), Map.entry("km", "1000"), Map.entry("dedup", "true"),
      Map.entry("actor", "fighters"),
      Map.entry("offset", "1"), Map.entry("limit", "1"));
  /** The other parameters a parameter acts with: {@code km} is the radius of {@code near}. */
  static final Map<String, String> WITH = Map.of("km", "near=36.3,43.1");
  /** Values of path parameters that name something stored. */
  static final Map<String, String> PATH_VALUES = Map.of("id", "a1", "name", "Bashar al-Assad");

  static Event event(String type, double confidence, String day) {
    return new Event("e" + type, type, null, null, List.of(), List.of(), null,
        new Event.When(day, null, null, "sentence"), List.of(),
        List.of(new Event.Evidence(new Span(0, 10), new Span(0, 5), "x")), List.of(),
        "happened", confidence);
  }

  static Event withActor(Event e, String actor) {
    return new Event(e.id(), e.type(), e.mode(), e.acled(), List.of(new Event.Actor(null, actor,
        null, null, "UAF")), e.recipients(), e.place(), e.date(), e.counts(), e.evidence(),
        e.claimedBy(), e.status(), e.confidence());
  }

  static Place place(String name, double lat, double lon, String country) {
    return new Place(new Span(0, 5), name, name, (long) name.hashCode(), lat, lon, country,
        null, "P", "PPL", 0.9, null, "toponym");
  }

  static Article article(String id, String site, String section, String day, String text,
                         List<Place> places, List<Event> events, List<Entity> entities) {
    return new Article(Article.SCHEMA_VERSION, id, id + ".txt", null, site, "Report " + id,
        section, List.of(), null, Published.parse(day), null, "en", text, List.of(), Map.of(),
        Layers.EMPTY.withPlaces(places, null).withEvents(events)
            .withEntities(entities, List.of()));
  }

  static Entity person(String name) {
    return new Entity(0, "PERSON", name, List.of(name), null, null, List.of());
  }

  @BeforeAll
  static void serve() throws Exception {
    Place aleppo = place("Aleppo", 36.2, 37.15, "SY");
    Place homs = place("Homs", 34.7, 36.7, "SY");
    String shelling = "Shelling hit Aleppo and Homs on Tuesday, residents said, as protesters"
        + " gathered in the old city.";
    List<Place> a1Places = List.of(aleppo, aleppo, aleppo, homs);
    List<Event> a1Events = List.of(event("ASSAULT", 0.4, "2016-03-01"),
        event("PROTEST", 0.9, "2016-02-27"));
    try (Store s = Store.open(dir)) {
      s.put(article("a2", "other.org", "Sport", "2016-03-05", "Talks on the dam were held in"
          + " Mosul on Saturday, officials of the province said.", List.of(place("Mosul", 36.3,
          43.1, "IQ")), List.of(event("COERCE", 0.7, "2016-03-05")),
          List.of(person("Haider al-Abadi"))), "1:1");
      s.put(article("a1", "example.com", "World", "2016-03-01", shelling, a1Places, a1Events,
          List.of(person("Bashar al-Assad"))), "2:2");
      s.put(article("a3", "example.com", "World", "2016-03-03", "Clashes near Homs killed"
          + " several fighters overnight, a monitoring group said.", List.of(homs),
          List.of(withActor(event("ASSAULT", 0.6, "2016-03-03"), "several fighters")),
          List.of()), "3:3");
      s.commit();
      s.put(article("a4", "mirror.net", "World", "2016-03-02", shelling, a1Places, a1Events,
          List.of(person("Bashar al-Assad"))), "4:4");
      s.commit();
    }
    store = Store.openReadOnly(dir);
    // The Parquet writer is sitrep-app's (DuckDB); here a stand-in that writes its rows' count,
    // so a download's filters show in its bytes.
    server = WebServer.start(store, "127.0.0.1", 0, name -> null,
        new PrintStream(PrintStream.nullOutputStream()),
        (table, rows, out) -> out.write(("rows " + rows.size()).getBytes(StandardCharsets.UTF_8)));
    doc = Json.mapper().readTree(WebServer.resource("openapi.json"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
  }

  static HttpResponse<String> get(String path, String query) throws Exception {
    String uri = "http://127.0.0.1:" + server.port() + path + (query.isEmpty() ? "" : "?" + query);
    return http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode ok(String path, String query) throws Exception {
    HttpResponse<String> r = get(path, query);
    assertEquals(200, r.statusCode(), path + "?" + query + ": " + r.body());
    // A download (CSV, JSON Lines) is compared as its text.
    return r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
        ? Json.mapper().readTree(r.body())
        : com.fasterxml.jackson.databind.node.TextNode.valueOf(r.body());
  }

  static String pair(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static String and(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "&" + b;
  }

  /** A GET path of the document with its path parameters filled in. */
  static String concrete(String template) {
    String out = template;
    for (String name : template.replaceAll("[^{]*\\{([^}]*)}[^{]*", "$1 ").split(" ")) {
      if (!name.isBlank()) {
        out = out.replace("{" + name + "}", URLEncoder.encode(PATH_VALUES.getOrDefault(name,
            "a1"), StandardCharsets.UTF_8).replace("+", "%20"));
      }
    }
    return out;
  }

  record Param(String path, String name, JsonNode schema) {}

  /** Every query parameter of every GET path the document lists. */
  static List<Param> queryParams() {
    List<Param> out = new ArrayList<>();
    doc.path("paths").fields().forEachRemaining(p -> {
      for (JsonNode ref : p.getValue().path("get").path("parameters")) {
        JsonNode param = ref.has("$ref") ? doc.at(ref.get("$ref").asText().substring(1)) : ref;
        if (param.path("in").asText().equals("query")) {
          out.add(new Param(p.getKey(), param.path("name").asText(), param.path("schema")));
        }
      }
    });
    return out;
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static void refused(Param p, String value, List<String> allowed) throws Exception {
    String path = concrete(p.path());
    String query = and(WITH.getOrDefault(p.name(), ""), pair(p.name(), value));
    HttpResponse<String> r = get(path, query);
    assertEquals(400, r.statusCode(), path + "?" + query + ": " + r.body());
    JsonNode error = Json.mapper().readTree(r.body());
    assertEquals(400, error.path("status").asInt(), r.body());
    assertTrue(error.path("error").asText().startsWith(p.name() + ": "), r.body());
    if (allowed != null) {
      assertEquals(allowed, texts(error.path("allowed")), path + "?" + query);
    }
  }

  @Test
  void everyDocumentedParameterKeepsItsWord() throws Exception {
    List<Param> params = queryParams();
    assertTrue(params.size() > 50, "the document's parameters were read: " + params.size());
    Set<String> checkedEffects = new HashSet<>();
    for (Param p : params) {
      String path = concrete(p.path());
      String with = WITH.getOrDefault(p.name(), "");
      JsonNode without = ok(path, with);
      JsonNode schema = p.schema();
      String type = schema.path("type").asText();
      if (schema.has("default")) {
        assertEquals(without, ok(path, and(with, pair(p.name(), schema.get("default")
            .asText()))), path + ": " + p.name() + "'s default answers as its absence");
      }
      String valid = VALID.get(p.name());
      if (valid != null) {
        assertNotEquals(without, ok(path, and(with, pair(p.name(), valid))), path + ": "
            + p.name() + "=" + valid + " changes nothing");
        checkedEffects.add(p.name());
      } else if (!schema.has("enum") && type.equals("string")) {
        int status = get(path, pair(p.name(), "x")).statusCode();
        assertTrue(status == 200 || status == 404, path + ": " + p.name() + "=x: " + status);
      }
      if (schema.has("enum")) {
        List<String> values = texts(schema.get("enum"));
        Set<JsonNode> answers = new HashSet<>();
        for (String v : values) {
          answers.add(ok(path, and(with, pair(p.name(), v))));
        }
        assertTrue(values.size() < 2 || answers.size() > 1, path + ": " + p.name()
            + " changes nothing");
        refused(p, "NO_SUCH_VALUE", values);
        continue;
      }
      switch (type) {
        case "boolean" -> refused(p, "maybe", List.of("true", "false"));
        case "integer", "number" -> {
          refused(p, "ten", null);
          if (type.equals("integer")) {
            refused(p, "1.5", null);
            refused(p, "-1", null);
          }
          if (schema.has("minimum")) {
            refused(p, String.valueOf(schema.get("minimum").asDouble() - 0.5), null);
          }
          if (schema.has("exclusiveMinimum")) {
            refused(p, schema.get("exclusiveMinimum").asText(), null);
          }
          if (schema.has("maximum")) {
            refused(p, String.valueOf(schema.get("maximum").asDouble() + 1), null);
          }
        }
        case "string" -> {
          if (schema.path("format").asText().equals("date")) {
            refused(p, "2016-02-30", null);
            refused(p, "yesterday", null);
          }
        }
        default -> { }
      }
    }
    assertEquals(VALID.keySet(), checkedEffects, "every sample value was used");
  }

  @Test
  void undocumentedParameterWasSilentlyAccepted() throws Exception {
    int paths = 0;
    for (java.util.Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      if (!doc.path("paths").path(template).has("get")) {
        continue;
      }
      paths++;
      List<String> documented = queryParams().stream().filter(p -> p.path().equals(template))
          .map(Param::name).toList();
      HttpResponse<String> r = get(concrete(template), "color=red");
      assertEquals(400, r.statusCode(), template + ": " + r.body());
      JsonNode error = Json.mapper().readTree(r.body());
      assertTrue(error.path("error").asText().startsWith("color: "), r.body());
      assertEquals(documented, texts(error.path("allowed")), template);
    }
    assertTrue(paths >= 10, "GET paths: " + paths);
    // The aggregates read their articles undeduplicated and do not take dedup.
    assertEquals(400, get("/api/places", "dedup=true").statusCode());
  }

  @Test
  void eventFilterOfUnknownTypeAnsweredNothingFound() throws Exception {
    HttpResponse<String> r = get("/api/search", "event=BOMBING");
    assertEquals(400, r.statusCode(), r.body());
    JsonNode error = Json.mapper().readTree(r.body());
    assertEquals(Params.EVENT_TYPES, texts(error.path("allowed")));
    assertTrue(error.path("error").asText().contains("ASSAULT"), r.body());
    assertEquals(Params.EVENT_TYPES, texts(doc.at("/components/parameters/event/schema/enum")),
        "the document lists the types the filter takes");
    assertEquals(3, ok("/api/search", "event=assault").path("total").asInt(),
        "any case: a1, its copy a4 and a3");
  }

  @Test
  void fractionalSearchLimitWasTruncated() throws Exception {
    assertEquals(400, get("/api/search", "limit=1.5").statusCode());
    assertEquals(400, get("/api/search", "offset=0.5").statusCode());
    assertEquals(2, ok("/api/search", "limit=2").path("hits").size());
  }

  /** The events' own days in an answer of /api/events. */
  static List<String> days(JsonNode events) {
    List<String> out = new ArrayList<>();
    events.path("events").forEach(e -> out.add(e.path("date").path("value").asText()));
    return out;
  }

  @Test
  void eventsSinceUntilChoseArticlesByPublicationDayNotEventsByTheirDate() throws Exception {
    // a1 (published 1 March) reports a protest of 27 February; a4, its copy published on
    // 2 March, reports the assault of 1 March.
    JsonNode march1 = ok("/api/events", "since=2016-03-01&until=2016-03-01");
    assertEquals(List.of("2016-03-01", "2016-03-01"), days(march1), march1.toString());
    List<String> articles = new ArrayList<>();
    march1.path("events").forEach(e -> articles.add(e.path("article").path("id").asText()));
    assertEquals(Set.of("a1", "a4"), new HashSet<>(articles), "a4 was published on 2 March");
    assertEquals(List.of("2016-02-27", "2016-02-27"), days(ok("/api/events",
        "until=2016-02-28")), "articles of March report it");
    String csv = ok("/api/events/download", "since=2016-03-01&until=2016-03-01").asText();
    List<String> lines = csv.lines().skip(1).toList();
    assertEquals(2, lines.size(), csv);
    for (String line : lines) {
      assertTrue(line.contains(",2016-03-01,2016,"), "its event_date: " + line);
    }
  }

  @Test
  void apiEventsRefusedTheActorFilterTheDownloadTook() throws Exception {
    JsonNode fighters = ok("/api/events", "actor=FIGHTERS");
    assertEquals(1, fighters.path("events").size(), fighters.toString());
    assertEquals("a3", fighters.path("events").path(0).path("article").path("id").asText());
    assertEquals(0, ok("/api/events", "actor=nobody").path("events").size());
    assertTrue(queryParams().contains(new Param("/api/events", "actor",
        doc.at("/components/parameters/actor/schema"))), "documented");
  }

  @Test
  void eventsPageIgnoredUnknownParametersTheApiRefused() throws Exception {
    HttpResponse<String> r = get("/events", "colour=red");
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.body());
    String error = page.select("p.error").text();
    assertTrue(error.startsWith("colour: no parameter of /events; it takes "), error);
    for (String taken : Pages.EVENTS_PARAMS) {
      assertTrue(error.contains(taken), taken + " in " + error);
    }
    assertTrue(Pages.EVENTS_PARAMS.containsAll(List.of("q", "actor", "dedup", "since", "offset")));
    assertEquals(200, get("/events", "actor=fighters&dedup=true&offset=0").statusCode());
  }

  @Test
  void downloadLinkOfADedupEventsPageWasRefused() throws Exception {
    HttpResponse<String> r = get("/events", "dedup=true&q=Homs");
    assertEquals(200, r.statusCode(), r.body());
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.body());
    List<String> links = page.select("a[href]").eachAttr("href");
    assertTrue(links.stream().anyMatch(l -> l.startsWith("/api/events/download?")
        && l.contains("dedup=true")), links.toString());
    for (String link : links) {
      if (link.startsWith("/") && !link.startsWith("//")) {
        int q = link.indexOf('?');
        HttpResponse<String> answer = get(q < 0 ? link : link.substring(0, q),
            q < 0 ? "" : link.substring(q + 1));
        assertEquals(200, answer.statusCode(), link + ": " + answer.body());
      }
    }
    // dedup folds the story's copies: a1 and a4 report one assault and one protest.
    long all = ok("/api/events/download", "q=Homs").asText().lines().count();
    long folded = ok("/api/events/download", "q=Homs&dedup=true").asText().lines().count();
    assertEquals(all - 2, folded);
  }
}
