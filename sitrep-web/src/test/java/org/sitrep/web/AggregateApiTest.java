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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
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
 * The map, timeline, events and overview of the API count every matching article (here 600,
 * more than the 500 the web once read), and say {@code sampled} over a store written before
 * it kept aggregates. Hand-made articles, no NLP: article i names Aleppo, and Homs when i is
 * even, names the entity Konashenkov, has a protest (0.9) and, when i is odd, an assault (0.3).
 */
class AggregateApiTest {
  static final int N = 600;
  @TempDir
  static Path dir;
  @TempDir
  static Path oldDir;
  static Store store;
  static Store oldStore;
  static WebServer server;
  static WebServer oldServer;
  static final HttpClient http = HttpClient.newHttpClient();

  static Place place(String name, long id, double lat, double lon) {
    return new Place(new Span(0, 1), name, name, id, lat, lon, "SY", null, "P", "PPL", 0.9,
        null, null);
  }

  static Event event(String id, String type, double confidence) {
    return new Event(id, type, null, null, List.of(), List.of(), null, null, List.of(),
        List.of(), List.of(), "happened", confidence);
  }

  static Article article(int i) {
    List<Place> places = new ArrayList<>(List.of(place("Aleppo", 170063, 36.2, 37.16)));
    if (i % 2 == 0) {
      places.add(place("Homs", 169577, 34.73, 36.71));
    }
    List<Event> events = new ArrayList<>(List.of(event("e1", "PROTEST", 0.9)));
    if (i % 2 == 1) {
      events.add(event("e2", "ASSAULT", 0.3));
    }
    String day = LocalDate.of(2016, 3, 1 + i % 4).toString();
    return new Article(Article.SCHEMA_VERSION, "a" + i, "a" + i + ".txt", null, "example.com",
        "Title " + i, "World", List.of(), null, Published.parse(day + "T10:00:00Z"), null, "en",
        "Article number " + i + (i % 3 == 0 ? " beta" : "") + ".", List.of(), Map.of(),
        Layers.EMPTY.withPlaces(places, null).withEvents(events).withEntities(List.of(
            new Entity(0, "PERSON", "Igor Konashenkov", List.of("Konashenkov"), null, null,
                List.of())), List.of()));
  }

  @BeforeAll
  static void serve() throws Exception {
    try (Store s = Store.open(dir)) {
      for (int i = 0; i < N; i++) {
        s.put(article(i), i + ":1");
      }
      s.commit();
    }
    try (Store s = Store.open(oldDir)) {
      s.put(article(0), "0:1");
      s.commit();
    }
    writeWithoutAggregates(oldDir, article(1));
    store = Store.openReadOnly(dir);
    oldStore = Store.openReadOnly(oldDir);
    PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
    server = WebServer.start(store, "127.0.0.1", 0, name -> null, quiet);
    oldServer = WebServer.start(oldStore, "127.0.0.1", 0, name -> null, quiet);
  }

  /** An article as a store written before it kept aggregates held it. */
  static void writeWithoutAggregates(Path dir, Article a) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("id", a.id(), Field.Store.YES));
      doc.add(new StringField("kind", "article", Field.Store.NO));
      doc.add(new StringField("source", a.source(), Field.Store.YES));
      doc.add(new StringField("story", a.id(), Field.Store.YES));
      doc.add(new SortedDocValuesField("story", new BytesRef(a.id())));
      doc.add(new StoredField("json", Json.line(a.withoutText())));
      FieldType text = new FieldType(TextField.TYPE_STORED);
      text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
      doc.add(new Field("text", a.text(), text));
      w.addDocument(doc);
      w.commit();
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    oldServer.close();
    store.close();
    oldStore.close();
  }

  static HttpResponse<String> get(WebServer s, String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
        + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(WebServer s, String pathAndQuery) throws Exception {
    HttpResponse<String> r = get(s, pathAndQuery);
    assertEquals(200, r.statusCode(), r.body());
    return Json.mapper().readTree(r.body());
  }

  static JsonNode place(JsonNode page, String name) {
    for (JsonNode p : page.path("places")) {
      if (p.path("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no " + name + " in " + page);
  }

  @Test
  void mapCountedOnlyTheNewest500Articles() throws Exception {
    JsonNode page = json(server, "/api/places");
    assertEquals(N, page.path("matching").asLong());
    assertEquals(N, page.path("articles").asLong());
    assertFalse(page.path("sampled").asBoolean(true));
    assertEquals(N, place(page, "Aleppo").path("articles").asLong());
    assertEquals(N / 2, place(page, "Homs").path("mentions").asLong());
    assertEquals(5, place(page, "Aleppo").path("top").size());
    // The map page says the same: every article, no "newest of".
    String map = get(server, "/map?q=").body();
    assertTrue(map.contains("2 places in " + N + " articles<"), map);
  }

  @Test
  void timelineCountedOnlyTheNewest500Articles() throws Exception {
    JsonNode page = json(server, "/api/timeline");
    assertFalse(page.path("sampled").asBoolean(true));
    long articles = 0;
    long events = 0;
    for (JsonNode d : page.path("days")) {
      articles += d.path("articles").asLong();
      events += d.path("events").asLong();
    }
    assertEquals(N, articles);
    assertEquals(N + N / 2, events);
    JsonNode sure = json(server, "/api/timeline?min_confidence=0.5");
    long sureEvents = 0;
    for (JsonNode d : sure.path("days")) {
      sureEvents += d.path("events").asLong();
    }
    assertEquals(N, sureEvents);
  }

  @Test
  void aggregatesFollowTheFilters() throws Exception {
    JsonNode beta = json(server, "/api/places?q=beta");
    assertEquals(N / 3, beta.path("matching").asLong());
    assertEquals(N / 3, place(beta, "Aleppo").path("articles").asLong());
    assertEquals(N / 6, place(beta, "Homs").path("articles").asLong());
    JsonNode days = json(server, "/api/timeline?since=2016-03-02&until=2016-03-02");
    assertEquals(1, days.path("days").size());
    assertEquals(N / 4, days.path("days").path(0).path("articles").asLong());
    JsonNode assault = json(server, "/api/places?event=ASSAULT");
    assertEquals(N / 2, assault.path("matching").asLong());
    assertEquals(1, assault.path("places").size(), "Homs is in even articles only");
    JsonNode other = json(server, "/api/places?site=elsewhere.example");
    assertEquals(0, other.path("matching").asLong());
    assertEquals(0, other.path("places").size());
  }

  /**
   * Defect: /api/events read the newest 500 matching articles at most; the events page and its
   * download too. Now every matching article is read, and the list pages over all its events.
   */
  @Test
  void eventsReadTheNewest500Articles_nowEveryMatchingArticle() throws Exception {
    JsonNode page = json(server, "/api/events?limit=10");
    assertEquals(N, page.path("matching").asLong());
    assertEquals(N, page.path("articles").asLong());
    assertEquals(N + N / 2, page.path("total").asLong());
    assertEquals(10, page.path("events").size());
    assertEquals(N, json(server, "/api/events?min_confidence=0.5").path("total").asLong());
    JsonNode last = json(server, "/api/events?limit=10&offset=" + (N + N / 2 - 3));
    assertEquals(3, last.path("events").size());
    String summary = org.jsoup.Jsoup.parse(get(server, "/events").body()).select("#summary")
        .text();
    assertTrue(summary.startsWith((N + N / 2) + " events in " + N + " articles of " + N
        + " matching articles"), summary);
    String csv = get(server, "/api/events/download").body();
    assertEquals(N + N / 2 + 1, csv.split("\r\n").length, "a header and a row per event");
  }

  @Test
  void overviewCountsEveryArticle() throws Exception {
    JsonNode o = json(server, "/api/overview");
    assertEquals(N, o.path("matching").asLong());
    assertEquals(1, o.path("sites").asInt());
    assertEquals(4, o.path("days").asInt());
    assertEquals(2, o.path("places").asInt());
    assertEquals("Igor Konashenkov", o.path("topEntities").path(0).path("name").asText());
    assertEquals(N, o.path("topEntities").path(0).path("articles").asLong());
    assertEquals("PROTEST", o.path("ploverTypes").path(0).path("value").asText());
    assertEquals(N / 2, o.path("ploverTypes").path(1).path("articles").asLong());
    JsonNode sure = json(server, "/api/overview?min_confidence=0.5");
    assertEquals(1, sure.path("ploverTypes").size());
  }

  @Test
  void overviewMixedPloverAndAcledTypesInOneList_theyAreKeptApart() throws Exception {
    JsonNode o = json(server, "/api/overview");
    assertTrue(o.has("happenedEvents") && !o.has("events") && !o.has("eventTypes")
        && !o.has("perDay"), o.toString());
    for (JsonNode c : o.path("ploverTypes")) {
      assertTrue(org.sitrep.core.table.Acled.PLOVER_TYPES.contains(c.path("value").asText()), c.toString());
    }
    for (JsonNode c : o.path("acledTypes")) {
      assertFalse(org.sitrep.core.table.Acled.PLOVER_TYPES.contains(c.path("value").asText()), c.toString());
    }
  }

  @Test
  void entityPageTypeOverEveryArticle() throws Exception {
    JsonNode e = json(server, "/api/entities/Konashenkov");
    assertEquals(N, e.path("matching").asLong());
    assertEquals("Igor Konashenkov", e.path("name").asText());
    assertEquals("PERSON", e.path("type").asText());
  }

  @Test
  void storeWithoutAggregatesCountedSilentlyWrong() throws Exception {
    JsonNode places = json(oldServer, "/api/places");
    assertTrue(places.path("sampled").asBoolean(false), places.toString());
    assertEquals(2, places.path("articles").asLong());
    assertEquals(2, place(places, "Aleppo").path("articles").asLong());
    assertTrue(json(oldServer, "/api/timeline").path("sampled").asBoolean(false));
    assertTrue(get(oldServer, "/map").body().contains("ingest it again"));
    assertTrue(get(oldServer, "/timeline").body().contains("ingest it again"));
    assertFalse(get(server, "/map").body().contains("ingest it again"));
    assertEquals(2, json(oldServer, "/api/events").path("articles").asLong());
    HttpResponse<String> overview = get(oldServer, "/api/overview");
    assertEquals(409, overview.statusCode(), overview.body());
    assertTrue(overview.body().contains("ingest them again"), overview.body());
    // A search matching only articles written with aggregates is counted from them.
    assertFalse(json(oldServer, "/api/places?q=%22number%200%22").path("sampled")
        .asBoolean(true));
  }
}
