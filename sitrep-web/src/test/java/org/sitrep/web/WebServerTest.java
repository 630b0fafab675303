package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sitrep.core.Flow;
import org.sitrep.core.Ingest;
import org.sitrep.core.IngestListener;
import org.sitrep.core.source.Sources;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Json;
import org.sitrep.nlp.Annotator;
import org.sitrep.store.Store;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code sitrep serve} over a store of the examples (and a near-copy of the seed) ingested with
 * the whole pipeline: the JSON API over HTTP here, the pages in a real browser in
 * {@link InABrowser}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebServerTest {
  static Path dir;
  static Store store;
  static WebServer server;
  static Flow flow;
  static final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();
  static final List<String> serverLog = new ArrayList<>();

  @BeforeAll
  static void serveTheExamples() throws Exception {
    dir = Files.createTempDirectory("sitrep-web");
    Path pages = dir.resolve("pages");
    Files.createDirectories(pages);
    for (String f : new String[] {"palmyra-copy.txt", "xss.html"}) {
      Files.write(pages.resolve(f), WebServerTest.class.getResourceAsStream("/pages/" + f)
          .readAllBytes());
    }
    Files.copy(Path.of("../examples/palmyra-scraped.txt"), pages.resolve("palmyra.txt"));
    Files.copy(Path.of("../examples/nbcnews-hitler-house.html"), pages.resolve("nbc.html"));
    Files.copy(Path.of("../examples/aljazeera-nasa-moon.html"), pages.resolve("aljazeera.html"));
    flow = new Flow(new Extractor(), Annotator.pipeline());
    ingest(List.of(pages.resolve("palmyra.txt"), pages.resolve("palmyra-copy.txt"),
        pages.resolve("nbc.html"), pages.resolve("aljazeera.html")));
    store = Store.openReadOnly(dir.resolve("store"));
    PrintStream log = new PrintStream(new java.io.OutputStream() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public void write(int b) {
        if (b == '\n') {
          serverLog.add(line.toString());
          line.setLength(0);
        } else {
          line.append((char) b);
        }
      }
    }, true);
    server = WebServer.start(store, "127.0.0.1", 0,
        name -> name.equalsIgnoreCase("Palmyra") ? new double[] {34.56, 38.27} : null, log);
  }

  /** Ingests pages into the test store with a writer of its own, as {@code sitrep ingest} does. */
  static void ingest(List<Path> pages) throws IOException {
    try (Store writer = Store.open(dir.resolve("store"));
         Sources src = Sources.ofPaths(pages, 1 << 22)) {
      new Ingest(writer, flow, new Ingest.Options(2, false, 100, Duration.ofSeconds(5)),
          new IngestListener() {}).run(src);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  record Answer(int status, String body, HttpResponse<String> response) {
    JsonNode json() {
      try {
        return Json.mapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  static Answer get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  static Answer send(HttpRequest r) throws Exception {
    HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
    return new Answer(res.statusCode(), res.body(), res);
  }

  /** The seed page's id (its near-copy is in the store too). */
  static String seedId() throws Exception {
    for (JsonNode h : get("/api/search?q=Konashenkov").json().path("hits")) {
      if (h.path("source").asText().endsWith("palmyra.txt")) {
        return h.path("id").asText();
      }
    }
    throw new AssertionError("the seed is not in the store");
  }

  @Test
  @Order(1)
  void anIngestBesideTheServerShowsUpWithoutARestart() throws Exception {
    assertEquals(4, get("/api/search").json().path("total").asInt());
    assertEquals(0, get("/api/search?q=Springfield").json().path("total").asInt());
    ingest(List.of(dir.resolve("pages/xss.html")));
    assertEquals(5, get("/api/search").json().path("total").asInt());
    assertEquals(1, get("/api/search?q=Springfield").json().path("total").asInt());
  }

  @Test
  void searchTakesEveryFilterAndPages() throws Exception {
    JsonNode r = get("/api/search?q=Palmyra").json();
    assertEquals(2, r.path("total").asInt(), "the seed and its near-copy: " + r);
    assertEquals(1, get("/api/search?q=Palmyra&dedup=true").json().path("total").asInt());
    assertEquals(2, get("/api/search?entity=ISIS").json().path("total").asInt(),
        "ISIS is an alias of Islamic State in both copies");
    assertEquals(2, get("/api/search?near=Palmyra&km=100").json().path("total").asInt());
    assertEquals(2, get("/api/search?near=34.56,38.27&km=100&country=SY").json().path("total")
        .asInt());
    assertEquals(2, get("/api/search?event=ASSAULT").json().path("total").asInt());
    assertEquals(1, get("/api/search?section=Middle%20East&site=worldnews77.com").json()
        .path("total").asInt());
    assertEquals(1, get("/api/search?since=2019-11-20&until=2019-11-20").json().path("total")
        .asInt());
    JsonNode page2 = get("/api/search?limit=2&offset=2").json();
    assertEquals(2, page2.path("offset").asInt());
    assertEquals(2, page2.path("hits").size());
    assertTrue(r.path("hits").get(0).path("snippet").asText().contains("«Palmyra»"));
  }

  @Test
  void badRequestsAreJsonErrorsWithTheReason() throws Exception {
    Answer q = get("/api/search?q=Palmyra%20AND");
    assertEquals(400, q.status());
    assertTrue(q.json().path("error").asText().contains("cannot parse the query"), q.body());
    assertEquals(400, q.json().path("status").asInt());
    for (String bad : new String[] {"since=yesterday", "limit=0", "limit=1000", "offset=-1",
        "km=abc&near=1,2", "near=Atlantis", "dedup=maybe", "sort=random",
        "since=2020-01-02&until=2020-01-01"}) {
      Answer a = get("/api/search?" + bad);
      assertEquals(400, a.status(), bad + ": " + a.body());
      assertFalse(a.json().path("error").asText().isBlank(), bad);
    }
    Answer none = get("/api/articles/0000");
    assertEquals(404, none.status());
    assertEquals("application/json", none.header("Content-Type"));
    assertEquals(404, get("/api/stories/nope").status());
    assertEquals(404, get("/api/entities/Nobody%20Atall").status());
    assertEquals(404, get("/api/nothing").status());
    Answer post = send(HttpRequest.newBuilder(URI.create(base() + "/api/search"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertEquals(405, post.status());
  }

  @Test
  void theClaimsApiGivesTheStorysLedgerWithBothOutletsAndA404ForAnUnknownStory()
      throws Exception {
    String story = get("/api/articles/" + seedId()).json().path("story").path("id").asText();
    JsonNode ledger = get("/api/claims?story=" + story).json();
    assertEquals(1, ledger.path("stories").asInt());
    List<String> figures = new ArrayList<>();
    for (JsonNode r : ledger.path("rows")) {
      assertEquals(story, r.path("story").asText());
      String text = r.path("text").asText();
      if (r.path("kind").asText().equals("count")
          && (text.contains("4,000 terrorists") || text.contains("5,000 militants"))) {
        figures.add(text);
        assertEquals(2, r.path("outlets").size(), "the seed's outlet and the copy's: " + r);
        assertTrue((r.path("claimant").asText() + r.path("organization").asText())
            .matches("(?i).*(ministry|konashenkov).*"), r.toString());
      }
    }
    assertEquals(2, figures.size(), "each figure once, both outlets beside it: " + figures);
    Answer unknown = get("/api/claims?story=no-such-story");
    assertEquals(404, unknown.status());
    assertEquals("no story no-such-story", unknown.json().path("error").asText());
    assertEquals(400, get("/api/claims?limit=0").status());
  }

  @Test
  void theArticlePageHasTheStorysClaimsLedgerAsATable() throws Exception {
    Answer page = get("/article/" + seedId());
    assertEquals(200, page.status());
    org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(page.body());
    assertEquals("Claims ledger", d.select("#ledger h2").text());
    org.jsoup.select.Elements rows = d.select("#ledger table tbody tr.count");
    org.jsoup.nodes.Element some = rows.stream()
        .filter(r -> r.text().contains("4,000 terrorists")).findFirst().orElse(null);
    assertNotNull(some, d.select("#ledger").text());
    assertTrue(some.selectFirst("td.outlets").text().contains(", "),
        "both outlets: " + some.text());
    assertTrue(some.text().matches("(?i).*(ministry|konashenkov).*"), some.text());
  }

  @Test
  void anArticleComesWithItsLayersAndStory() throws Exception {
    JsonNode a = get("/api/articles/" + seedId()).json();
    assertEquals("Middle East", a.path("section").asText());
    assertEquals("Omar Sanadiki / Reuters", a.path("credit").asText());
    assertFalse(a.path("layers").path("quotes").isEmpty());
    assertEquals(1, a.path("story").path("copies").size(), "the near-copy: " + a.path("story"));
    JsonNode story = get("/api/stories/" + a.path("story").path("id").asText()).json();
    assertEquals(2, story.path("size").asInt());
    assertEquals(2, story.path("members").size());
  }

  /** Defect: the article page's marks had colours and no key saying what they mean. */
  @Test
  void articleMarksHadNoLegend_itNamesEachKindTheArticleHas() throws Exception {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(get("/article/" + seedId()).body());
    org.jsoup.nodes.Element legend = doc.getElementById("legend");
    assertNotNull(legend, "a legend above the body");
    assertNotNull(legend.selectFirst(".key.key-quote"), legend.outerHtml());
    assertTrue(legend.text().contains("quotation"), legend.text());
    assertFalse(doc.select(".body .quote").isEmpty(), "the seed has quotations marked");
    for (org.jsoup.nodes.Element key : legend.select(".key")) {
      String kind = key.className().replaceAll(".*key-(\\S+).*", "$1");
      String marked = kind.startsWith("m-") ? ".body .mention." + kind : ".body ." + kind;
      if (!kind.equals("m-other")) {
        assertFalse(doc.select(marked).isEmpty(), "a key only for marks the page has: " + kind);
      }
    }
  }

  @Test
  void entitiesMergeNamesRolesAndQuotes() throws Exception {
    JsonNode e = get("/api/entities/Konashenkov").json();
    assertEquals("Igor Konashenkov", e.path("name").asText());
    assertEquals("PERSON", e.path("type").asText());
    assertTrue(e.path("roles").toString().contains("spokesman"), e.toString());
    assertTrue(e.path("organizations").toString().contains("Defense Ministry"), e.toString());
    assertEquals(2, e.path("articles").size());
    assertTrue(e.path("quotes").size() >= 2, e.toString());
    JsonNode is = get("/api/entities/ISIS").json();
    assertEquals("Islamic State", is.path("name").asText());
  }

  @Test
  void placesEventsAndTimeline() throws Exception {
    JsonNode places = get("/api/places?q=Palmyra").json();
    JsonNode tadmur = null;
    for (JsonNode p : places.path("places")) {
      if (p.path("names").toString().contains("Palmyra")) {
        tadmur = p;
      }
    }
    assertNotNull(tadmur, places.toString());
    assertEquals("SY", tadmur.path("countryCode").asText());
    assertEquals(34.56, tadmur.path("lat").asDouble(), 0.1);
    assertEquals(2, tadmur.path("articles").asInt());
    JsonNode events = get("/api/events?event=ASSAULT").json();
    assertTrue(events.path("events").size() >= 2);
    boolean assault = false;
    for (JsonNode ev : events.path("events")) {
      assault |= ev.path("type").asText().equals("ASSAULT")
          && ev.path("place").path("resolved").asText().equals("Tadmur")
          && !ev.path("article").path("id").asText().isEmpty();
    }
    assertTrue(assault, events.toString());
    JsonNode t = get("/api/timeline").json();
    assertEquals(5, t.path("articles").asInt());
    int dated = 0;
    for (JsonNode d : t.path("days")) {
      dated += d.path("articles").asInt();
    }
    assertEquals(5, dated + t.path("undated").asInt());
    assertTrue(dated >= 3, t.toString());
  }

  @Test
  void entityLinksOfAnArticlePageLedTo404s_placesSearchAndCommonNounsAreNoLinks()
      throws Exception {
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(get("/article/" + seedId()).body(),
        "http://127.0.0.1/");
    List<String> hrefs = new ArrayList<>();
    for (org.jsoup.nodes.Element a : page.select("a[href^=/entity?], a[href^=/search?place=]")) {
      if (!hrefs.contains(a.attr("href"))) {
        hrefs.add(a.attr("href"));
      }
    }
    assertTrue(hrefs.stream().anyMatch(h -> h.startsWith("/search?place=")), hrefs.toString());
    assertTrue(hrefs.stream().anyMatch(h -> h.startsWith("/entity?")), hrefs.toString());
    for (String h : hrefs) {
      Answer a = get(h);
      assertEquals(200, a.status(), h);
      assertFalse(a.body().contains("No stored article names"), h);
      assertFalse(a.body().contains("No article matches"), h);
    }
    assertTrue(page.select("a.mention").stream().noneMatch(a -> a.text().equals("militants")),
        "a common noun is no link");
  }

  @Test
  void theOpenApiDocumentListsEveryRouteAndEveryRouteAnswers() throws Exception {
    JsonNode doc = get("/api/openapi.json").json();
    assertEquals("3.1.0", doc.path("openapi").asText());
    List<String> documented = new ArrayList<>();
    doc.path("paths").fieldNames().forEachRemaining(documented::add);
    assertEquals(WebServer.API_PATHS, documented);
    String seed = seedId();
    for (String path : documented) {
      if (!doc.path("paths").path(path).has("get")) {
        continue; // POST /api/annotate: AnnotateApiTest
      }
      String real = path.replace("{id}", seed).replace("{name}", "Konashenkov");
      if (path.equals("/api/stories/{id}")) {
        real = "/api/stories/" + get("/api/articles/" + seed).json().path("story").path("id")
            .asText();
      }
      Answer a = get(real);
      assertEquals(200, a.status(), real + ": " + a.body());
      if (a.header("Content-Type").startsWith("application/json")) {
        a.json();
      }
    }
    // Every search parameter the server reads is documented.
    Iterator<String> params = doc.path("components").path("parameters").fieldNames();
    List<String> names = new ArrayList<>();
    params.forEachRemaining(names::add);
    for (String f : Params.FILTERS) {
      assertTrue(names.contains(f), f);
    }
  }

  @Test
  void everyAnswerIsLockedDownAndErrorsLeakNothing() throws Exception {
    for (String path : new String[] {"/", "/api/search", "/static/sitrep.css",
        "/webjars/leaflet/1.9.4/dist/leaflet.js", "/nope"}) {
      Answer a = get(path);
      assertEquals(WebServer.CSP, a.header("Content-Security-Policy"), path);
      assertEquals("nosniff", a.header("X-Content-Type-Options"), path);
    }
    assertTrue(WebServer.CSP.contains("script-src 'self'"));
    assertFalse(WebServer.CSP.contains("unsafe-inline"));
    Answer listing = get("/static/");
    assertEquals(404, listing.status(), "no directory listing");
    Answer missing = get("/article/does-not-exist");
    assertEquals(404, missing.status());
    assertTrue(missing.body().contains("No article with the id does-not-exist"));
    for (Answer a : List.of(missing, listing, get("/search?since=never"),
        get("/article/..%2F..%2Fetc%2Fpasswd"), get("/static/..%2F..%2Fopenapi.json"))) {
      assertFalse(a.body().contains("Exception"), a.body());
      assertFalse(a.body().contains(" at org."), a.body());
      assertFalse(a.body().contains(dir.toString()), a.body());
      assertFalse(a.body().contains("jetty"), a.body());
    }
    assertTrue(serverLog.isEmpty(), "no server faults: " + serverLog);
  }

  @Test
  void untrustedTextIsEscapedInEveryPage() throws Exception {
    String id = get("/api/search?q=Springfield").json().path("hits").get(0).path("id").asText();
    for (String path : new String[] {"/article/" + id, "/", "/search?q=Springfield",
        "/map?q=Springfield", "/timeline?q=Springfield", "/overview", "/events?q=Springfield"}) {
      Answer a = get(path);
      assertEquals(200, a.status(), path);
      assertFalse(a.body().contains("<script>alert"), path);
      assertFalse(a.body().contains("<img src=x"), path);
      assertFalse(a.body().matches("(?s).*<script(?![^>]*\\bsrc=\"/)[^>]*>.*"),
          path + " has only script files of its own, no inline script");
    }
    String article = get("/article/" + id).body();
    assertTrue(article.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(article.contains("&lt;img src=x onerror=alert(3)&gt;"));
  }

  /** The rows of a CSV answer (commons-csv, as an analyst's tool reads it). */
  static List<org.apache.commons.csv.CSVRecord> csv(String body) throws IOException {
    return org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(body))
        .getRecords();
  }

  @Test
  void theEventsDownloadIsTheExportsEventsTableAsAnAttachmentWithTheSameFilters()
      throws Exception {
    List<String> columns = org.sitrep.core.table.Tables.EVENTS.columnNames();
    Answer all = get("/api/events/download?format=csv");
    assertEquals(200, all.status(), all.body());
    assertTrue(all.header("Content-Type").startsWith("text/csv"), all.header("Content-Type"));
    assertEquals("attachment; filename=\"sitrep-events.csv\"",
        all.header("Content-Disposition"));
    List<org.apache.commons.csv.CSVRecord> rows = csv(all.body());
    assertEquals(columns, rows.get(0).toList(), "the header row: the events table's columns");
    assertEquals("event_id_cnty", rows.get(0).get(0), "ACLED's columns first");
    int type = columns.indexOf("plover_type");
    assertTrue(rows.stream().skip(1).anyMatch(r -> r.get(type).equals("ASSAULT")
        && r.get(columns.indexOf("location")).equals("Tadmur")), all.body());
    assertTrue(rows.stream().skip(1).anyMatch(r -> !r.get(type).equals("ASSAULT")),
        "other events too, unfiltered");
    Answer assaults = get("/api/events/download?format=csv&event=ASSAULT&q=Palmyra");
    assertEquals("attachment; filename=\"sitrep-events-q-palmyra-event-assault.csv\"",
        assaults.header("Content-Disposition").toLowerCase(java.util.Locale.ROOT));
    List<org.apache.commons.csv.CSVRecord> only = csv(assaults.body());
    assertTrue(only.size() >= 3, "the seed's and the copy's assaults: " + only);
    assertTrue(only.stream().skip(1).allMatch(r -> r.get(type).equals("ASSAULT")), only
        .toString());
    Answer lines = get("/api/events/download?format=jsonl&event=ASSAULT&q=Palmyra");
    assertEquals(200, lines.status());
    assertTrue(lines.header("Content-Disposition").endsWith(".jsonl\""));
    String[] jl = lines.body().split("\n");
    assertEquals(only.size() - 1, jl.length, "one line per event, as the CSV's rows");
    for (String line : jl) {
      JsonNode ev = Json.mapper().readTree(line);
      List<String> keys = new ArrayList<>();
      ev.fieldNames().forEachRemaining(keys::add);
      assertEquals(columns, keys);
      assertEquals("ASSAULT", ev.get("plover_type").asText());
    }
    Answer parquet = get("/api/events/download?format=parquet");
    assertEquals(404, parquet.status(), "no Parquet writer was handed to this server");
    assertTrue(parquet.json().path("error").asText().contains("sitrep export --parquet"));
    assertEquals(400, get("/api/events/download?format=xlsx").status());
  }

  /** Defect: the overview was JSON only; the page shows its counts, each narrowing the search. */
  @Test
  void theOverviewPageListsEntitiesPlacesTypesAndSitesAsNarrowingLinks() throws Exception {
    org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(get("/overview?q=Palmyra").body());
    assertTrue(d.getElementById("summary").text().startsWith("2 articles"),
        d.getElementById("summary").text());
    org.jsoup.nodes.Element konashenkov = d.select("#entities a").stream()
        .filter(a -> a.text().equals("Igor Konashenkov")).findFirst().orElse(null);
    assertNotNull(konashenkov, d.select("#entities").text());
    assertEquals("/overview?q=Palmyra&entity=Igor%20Konashenkov", konashenkov.attr("href"));
    assertTrue(d.select("#places a").eachText().contains("Tadmur"), d.select("#places").text());
    assertTrue(d.select("#event-types a").eachText().contains("ASSAULT"));
    assertTrue(d.select("#sites a").eachText().contains("worldnews77.com"),
        d.select("#sites").text());
    assertEquals("No dated articles in this search.", d.select("#days p").text(),
        "the seed and its copy give no day");
    org.jsoup.nodes.Element chart = org.jsoup.Jsoup.parse(get("/overview").body())
        .getElementById("day-chart");
    assertNotNull(chart);
    assertEquals("img", chart.attr("role"));
    assertFalse(chart.select("title").text().isBlank());
    org.jsoup.nodes.Document every = org.jsoup.Jsoup.parse(get("/overview").body());
    JsonNode days = get("/api/timeline").json().path("days");
    int published = 0;
    for (JsonNode day : days) {
      published += day.path("articles").asInt() > 0 ? 1 : 0;
    }
    assertEquals(published, every.select("#day-chart rect.bar").size(),
        "a bar a day with articles");
    assertEquals(days.get(0).path("day").asText(), every.getElementById("day-chart")
        .attr("data-first"));
  }

  /** Defect: the events API listed every event of the matching articles, not only the type. */
  @Test
  void theEventsPageKeepsOnlyTheChosenTypeActorAndPlace() throws Exception {
    org.jsoup.nodes.Document all = org.jsoup.Jsoup.parse(get("/events").body());
    assertTrue(all.select("#events tbody tr").stream().map(r -> r.attr("data-event"))
        .distinct().count() > 1, "several types unfiltered");
    assertEquals(Pages.EVENT_TYPES.size() + 1, all.select("select[name=event] option").size());
    org.jsoup.nodes.Document assaults = org.jsoup.Jsoup.parse(get("/events?event=ASSAULT")
        .body());
    org.jsoup.select.Elements rows = assaults.select("#events tbody tr");
    assertTrue(rows.size() >= 2, assaults.select("#events").text());
    assertTrue(rows.stream().allMatch(r -> r.attr("data-event").equals("ASSAULT")));
    assertTrue(assaults.select("select[name=event] option[selected]").text().equals("ASSAULT"));
    assertTrue(rows.select("td.place").eachText().stream().anyMatch(t -> t.startsWith(
        "Tadmur")), rows.text());
    assertEquals(rows.size(), org.jsoup.Jsoup.parse(get("/events?event=ASSAULT&place=tadmur")
        .body()).select("#events tbody tr").size());
    assertFalse(org.jsoup.Jsoup.parse(get("/events?event=Attack").body())
        .select("#events tbody tr").isEmpty(), "an ACLED sub-event type, as the overview links");
    assertEquals(0, org.jsoup.Jsoup.parse(get("/events?event=ASSAULT&actor=Nobody%20Atall")
        .body()).select("#events tbody tr").size());
    assertEquals(List.of("csv", "jsonl"), assaults.select("#downloads a").eachAttr(
        "data-format"), "no Parquet from a server without its writer");
    assertTrue(assaults.select("#downloads a").first().attr("href").contains("event=ASSAULT"));
  }

  /**
   * In the page: which of the selectors (arguments[0]) the focused element matches, and
   * whether its focus is visible (an outline of 2px or more, or a box shadow).
   */
  static final String A11Y_FOCUS = """
      var el = document.activeElement;
      if (!el || el === document.body) { return null; }
      for (var i = 0; i < arguments[0].length; i++) {
        if (el.matches(arguments[0][i])) {
          var s = getComputedStyle(el);
          var visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)
            || (s.boxShadow && s.boxShadow !== 'none');
          return [arguments[0][i], visible];
        }
      }
      return null;
      """;

  /**
   * In the page: what fails of the checks — an image or SVG without a text alternative, a
   * form control without a label, text that contrasts less than 4.5:1 with its background.
   */
  static final String A11Y_CHECKS = """
      var out = [];
      function name(el) {
        return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
          + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
      }
      document.querySelectorAll('img').forEach(function (img) {
        if (!img.hasAttribute('alt')) { out.push('no alt: ' + name(img)); }
      });
      document.querySelectorAll('svg').forEach(function (svg) {
        if (svg.closest('[aria-hidden=true]')) { return; }
        var titled = svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby')
          || svg.querySelector('title');
        if (svg.getAttribute('role') !== 'img' || !titled) {
          out.push('svg without role=img and a title: ' + name(svg.parentElement));
        }
      });
      document.querySelectorAll('input, select, textarea').forEach(function (c) {
        if (c.type === 'hidden' || c.type === 'submit') { return; }
        var labelled = c.getAttribute('aria-label') || c.getAttribute('aria-labelledby')
          || c.closest('label') || (c.id && document.querySelector('label[for="' + c.id + '"]'));
        if (!labelled) { out.push('no label: ' + name(c) + '[name=' + c.name + ']'); }
      });
      function rgba(s) {
        var m = s.match(/rgba?\\(([^)]+)\\)/);
        if (!m) { return [0, 0, 0, 0]; }
        var p = m[1].split(',').map(parseFloat);
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
      }
      function over(top, bottom) {
        var a = top[3];
        return [0, 1, 2].map(function (i) { return top[i] * a + bottom[i] * (1 - a); })
          .concat([1]);
      }
      function background(el) {
        var layers = [];
        for (var e = el; e; e = e.parentElement) {
          var c = rgba(getComputedStyle(e).backgroundColor);
          if (c[3] > 0) { layers.push(c); }
          if (c[3] >= 1) { break; }
        }
        var bg = [255, 255, 255, 1];
        for (var i = layers.length - 1; i >= 0; i--) { bg = over(layers[i], bg); }
        return bg;
      }
      function luminance(c) {
        var v = [0, 1, 2].map(function (i) {
          var x = c[i] / 255;
          return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
        });
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
      }
      function opacity(el) {
        var o = 1;
        for (var e = el; e; e = e.parentElement) { o *= parseFloat(getComputedStyle(e).opacity); }
        return o;
      }
      var seen = 0;
      document.querySelectorAll('body, p, li, a, td, th, dt, dd, label, summary, button, h1, h2,'
          + ' .meta, .crumbs, footer, header nav a, .brand, caption, .legend .key, mark, code,'
          + ' q, strong, input, select')
        .forEach(function (el) {
          var r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || !el.textContent.trim() && el.tagName !== 'INPUT') { return; }
          if (el.closest('.leaflet-container')) { return; }
          var s = getComputedStyle(el);
          var bg = background(el);
          var fg = over(rgba(s.color), bg);
          fg = over([fg[0], fg[1], fg[2], opacity(el)], bg);
          var l1 = luminance(fg), l2 = luminance(bg);
          var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
          seen++;
          if (ratio < 4.5) {
            out.push('contrast ' + ratio.toFixed(2) + ' < 4.5: ' + name(el) + ' "'
              + el.textContent.trim().slice(0, 30) + '"');
          }
        });
      if (seen === 0) { out.push('no text checked'); }
      return out;
      """;

  /**
   * The pages in Debian's chromium, headless, through chromedriver (both from apt-get; CI
   * installs them and sets SITREP_REQUIRE_BROWSER=1, elsewhere these tests are skipped when
   * they are missing). Screenshots of Home, Article and Map at 1280×800 go to
   * {@code target/screenshots/}.
   */
  @Nested
  class InABrowser {
    private ChromeDriver driver;

    @BeforeEach
    void open() {
      driver = Browser.open();
    }

    @AfterEach
    void quit() {
      if (driver != null) {
        driver.quit();
      }
    }

    private WebDriverWait waiting() {
      return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @Test
    void homeToTheSeedArticleWhereAQuoteNamesItsSpeaker() throws Exception {
      driver.get(base() + "/");
      Browser.screenshot(driver, "home");
      WebElement link = driver.findElement(By.partialLinkText("New ISIS offensive on Palmyra"));
      link.click();
      waiting().until(ExpectedConditions.urlContains("/article/"));
      assertEquals("New ISIS offensive on Palmyra proves terrorists should not be given chance "
          + "to regroup", driver.findElement(By.cssSelector("h1.title")).getText());
      assertTrue(driver.findElement(By.cssSelector(".crumbs")).getText()
          .contains("Home › Middle East ›"));
      assertTrue(driver.findElement(By.cssSelector(".credit")).getText()
          .contains("Omar Sanadiki / Reuters"));
      assertTrue(driver.findElement(By.id("repairs")).getText().contains("server-error-removed"));
      assertTrue(driver.findElement(By.id("copies")).getText().contains("Other copies"));
      WebElement quote = driver.findElement(By.cssSelector(".body .quote"));
      new Actions(driver).moveToElement(quote).perform();
      WebElement tip = waiting().until(ExpectedConditions.visibilityOfElementLocated(
          By.id("tip")));
      assertTrue(tip.getText().contains("Konashenkov"), tip.getText());
      WebElement trigger = driver.findElement(By.cssSelector(".body .trigger[data-event=ASSAULT]"));
      new Actions(driver).moveToElement(trigger).perform();
      waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tip"),
          "ASSAULT"));
      Browser.screenshot(driver, "article");
      Browser.noConsoleErrors(driver);
    }

    @Test
    void theMapHasAMarkerAtPalmyraOnCountryShapes() throws Exception {
      driver.get(base() + "/map?q=Palmyra");
      waiting().until(ExpectedConditions.attributeToBeNotEmpty(
          driver.findElement(By.id("map")), "data-places"));
      waiting().until(d -> d.findElements(By.cssSelector(".leaflet-overlay-pane path")).size()
          > 100);
      By palmyra = By.cssSelector(".leaflet-marker-icon[title*='Palmyra']");
      for (int i = 0; i < 6 && driver.findElements(palmyra).isEmpty(); i++) {
        // Clustered at this zoom: open the cluster, as a reader would.
        List<WebElement> clusters = driver.findElements(By.cssSelector(".marker-cluster"));
        assertFalse(clusters.isEmpty(), "neither a Palmyra marker nor a cluster");
        clusters.get(0).click();
        Thread.sleep(700);
      }
      WebElement marker = driver.findElement(palmyra);
      assertTrue(marker.getAttribute("title").contains("SY"), marker.getAttribute("title"));
      // Wide countries (Syria, Russia) are never sure of their point: drawn hollow.
      WebElement map = driver.findElement(By.id("map"));
      int doubtful = Integer.parseInt(map.getAttribute("data-doubtful"));
      assertTrue(doubtful >= 1 && doubtful <= Integer.parseInt(map.getAttribute("data-places")),
          doubtful + " doubtful of " + map.getAttribute("data-places"));
      assertEquals(marker.getAttribute("title").endsWith("(doubtful)"),
          marker.getAttribute("class").contains("doubtful"), marker.getAttribute("class"));
      driver.get(base() + "/map");
      waiting().until(ExpectedConditions.attributeToBeNotEmpty(
          driver.findElement(By.id("map")), "data-places"));
      waiting().until(d -> d.findElements(By.cssSelector(".leaflet-overlay-pane path")).size()
          > 100);
      Thread.sleep(500);
      Browser.screenshot(driver, "map");
      Browser.noConsoleErrors(driver);
    }

    @Test
    void searchingPalmyraFindsTheSeed() {
      driver.get(base() + "/search");
      WebElement q = driver.findElement(By.id("q"));
      q.sendKeys("Palmyra");
      q.submit();
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
      List<WebElement> hits = driver.findElements(By.cssSelector(".hit-title"));
      assertTrue(hits.stream().anyMatch(h -> h.getText().startsWith("New ISIS offensive on "
          + "Palmyra")), "hits: " + hits.stream().map(WebElement::getText).toList());
      assertFalse(driver.findElements(By.cssSelector(".snippet mark")).isEmpty());
      Browser.noConsoleErrors(driver);
    }

    @Test
    void theTimelineIsAChart() {
      driver.get(base() + "/timeline");
      waiting().until(ExpectedConditions.attributeToBeNotEmpty(
          driver.findElement(By.id("timeline")), "data-days"));
      assertTrue(Integer.parseInt(driver.findElement(By.id("timeline"))
          .getAttribute("data-days")) >= 3);
      assertFalse(driver.findElements(By.cssSelector("#timeline .uplot canvas")).isEmpty());
      // The axis fits the days: from the first day to the last, a day either side.
      WebElement t = driver.findElement(By.id("timeline"));
      java.time.Instant from = java.time.LocalDate.parse(t.getAttribute("data-from"))
          .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      java.time.Instant to = java.time.LocalDate.parse(t.getAttribute("data-to"))
          .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      java.time.Instant min = java.time.Instant.parse(t.getAttribute("data-x-min"));
      java.time.Instant max = java.time.Instant.parse(t.getAttribute("data-x-max"));
      assertTrue(!min.isBefore(from.minus(Duration.ofDays(2))) && min.isBefore(from)
          && !max.isAfter(to.plus(Duration.ofDays(3))) && max.isAfter(to),
          "axis " + min + " to " + max + " for days " + from + " to " + to);
      Browser.noConsoleErrors(driver);
    }

    /** Defect: a story's map fitted Russia's and the United States' middles too: half the world. */
    @Test
    void aStorysMapShowedHalfTheWorld_itZoomsToTheStorysPlaces() throws Exception {
      String story = get("/api/articles/" + seedId()).json().path("story").path("id").asText();
      driver.get(base() + "/map?story=" + story);
      WebElement map = driver.findElement(By.id("map"));
      waiting().until(ExpectedConditions.attributeToBeNotEmpty(map, "data-zoom"));
      int zoom = Integer.parseInt(map.getAttribute("data-zoom"));
      assertTrue(zoom >= 5, "zoom " + zoom);
      Browser.noConsoleErrors(driver);
    }

    @Test
    void markupInAPageIsShownNeverRun() throws Exception {
      String id = get("/api/search?q=Springfield").json().path("hits").get(0).path("id")
          .asText();
      driver.get(base() + "/article/" + id);
      Thread.sleep(500);
      try {
        Alert a = driver.switchTo().alert();
        throw new AssertionError("a script ran: alert " + a.getText());
      } catch (NoAlertPresentException expected) {
        // nothing ran
      }
      assertEquals("<script>alert(1)</script>",
          driver.findElement(By.cssSelector("h1.title")).getText());
      assertTrue(driver.findElement(By.cssSelector(".body")).getText()
          .contains("<img src=x onerror=alert(3)>"));
      assertEquals("<script>alert(1)</script> · Sitrep", driver.getTitle());
      driver.get(base() + "/");
      Thread.sleep(300);
      assertThrowsNoAlert(driver);
      assertTrue(driver.findElement(By.tagName("main")).getText()
          .contains("\"><script>alert(4)</script>"));
      Browser.noConsoleErrors(driver);
    }

    @Test
    void theOverviewShowsTheSeedsEntitiesAndPlacesAndALinkNarrowsTheQuery() throws Exception {
      driver.get(base() + "/");
      driver.findElement(By.linkText("Overview")).click();
      waiting().until(ExpectedConditions.urlContains("/overview"));
      assertTrue(driver.findElement(By.id("day-chart")).isDisplayed());
      Browser.screenshot(driver, "overview");
      WebElement q = driver.findElement(By.id("q"));
      q.sendKeys("Palmyra");
      q.submit();
      waiting().until(ExpectedConditions.urlContains("q=Palmyra"));
      assertTrue(driver.findElement(By.id("entities")).getText().contains("Igor Konashenkov"));
      assertTrue(driver.findElement(By.id("places")).getText().contains("Tadmur"));
      driver.findElement(By.cssSelector("#places")).findElement(By.linkText("Tadmur")).click();
      waiting().until(ExpectedConditions.urlContains("place="));
      assertTrue(driver.getCurrentUrl().contains("q=Palmyra"), driver.getCurrentUrl());
      assertTrue(driver.findElement(By.id("summary")).getText().startsWith("2 articles"),
          driver.findElement(By.id("summary")).getText());
      driver.findElement(By.cssSelector("#event-types")).findElement(By.linkText("ASSAULT"))
          .click();
      waiting().until(ExpectedConditions.urlContains("event=ASSAULT"));
      Browser.noConsoleErrors(driver);
    }

    @Test
    void theEventsTableListsTheSeedsAssaultAndTheTypeSelectFilters() throws Exception {
      driver.get(base() + "/events?q=Palmyra");
      List<WebElement> rows = driver.findElements(By.cssSelector("#events tbody tr"));
      assertTrue(rows.stream().anyMatch(r -> "ASSAULT".equals(r.getAttribute("data-event"))
          && r.getText().contains("Tadmur")), "rows: " + rows.size());
      Browser.screenshot(driver, "events");
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("event-type")))
          .selectByValue("ASSAULT");
      driver.findElement(By.cssSelector("form.event-form button[type=submit]")).click();
      waiting().until(ExpectedConditions.urlContains("event=ASSAULT"));
      rows = driver.findElements(By.cssSelector("#events tbody tr"));
      assertFalse(rows.isEmpty());
      assertTrue(rows.stream().allMatch(r -> "ASSAULT".equals(r.getAttribute("data-event"))));
      // The download buttons carry the same filters; fetch what they point at.
      String href = driver.findElement(By.cssSelector("#downloads a[data-format=csv]"))
          .getAttribute("href");
      assertTrue(href.contains("event=ASSAULT") && href.contains("q=Palmyra"), href);
      List<org.apache.commons.csv.CSVRecord> csv = csv(send(HttpRequest.newBuilder(
          URI.create(href)).GET().build()).body());
      assertEquals(org.sitrep.core.table.Tables.EVENTS.columnNames(), csv.get(0).toList());
      assertEquals(rows.size(), csv.size() - 1, "the table's rows, one page of them");
      Browser.noConsoleErrors(driver);
    }

    /**
     * Defects: keyboard, labels, charts' text and contrast were never checked. On every page:
     * Tab reaches the search box, the navigation and (where the page has them) the filter
     * controls and download buttons, each showing its focus; every image and SVG chart has a
     * text alternative; every form control a label; text contrasts at least 4.5:1 with its
     * background (WCAG AA).
     */
    @Test
    void everyPageIsUsableByKeyboardLabelledAndReadable() throws Exception {
      for (String path : List.of("/", "/search?q=Palmyra", "/overview?q=Palmyra", "/events",
          "/map?q=Palmyra", "/timeline", "/article/" + seedId(), "/entity?name=Konashenkov",
          "/section?name=Middle%20East")) {
        driver.get(base() + path);
        if (path.startsWith("/map")) {
          waiting().until(ExpectedConditions.attributeToBeNotEmpty(
              driver.findElement(By.id("map")), "data-places"));
        }
        if (path.startsWith("/timeline")) {
          waiting().until(ExpectedConditions.attributeToBeNotEmpty(
              driver.findElement(By.id("timeline")), "data-days"));
        }
        List<String> targets = new ArrayList<>(List.of("header form.quick input",
            "header nav a[href='/']", "header nav a[href='/overview']",
            "header nav a[href='/events']", "header nav a[href='/map']"));
        if (path.startsWith("/events")) {
          targets.addAll(List.of("#event-type", "input[name=actor]", "input[name=since]",
              "input[name=min_confidence]", "#downloads a[data-format=csv]",
              "#downloads a[data-format=jsonl]"));
        }
        if (path.startsWith("/overview")) {
          targets.addAll(List.of("#q", "#entities a", "#places a"));
        }
        List<String> missed = new ArrayList<>(targets);
        List<String> unseen = new ArrayList<>();
        for (int i = 0; i < 80 && !missed.isEmpty(); i++) {
          new Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
          Object hit = driver.executeScript(A11Y_FOCUS, missed);
          if (hit instanceof List<?> l && !l.isEmpty()) {
            missed.remove((String) l.get(0));
            if (Boolean.FALSE.equals(l.get(1))) {
              unseen.add((String) l.get(0));
            }
          }
        }
        assertTrue(missed.isEmpty(), path + ": Tab never reaches " + missed);
        assertTrue(unseen.isEmpty(), path + ": focus not visible on " + unseen);
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) driver.executeScript(A11Y_CHECKS);
        assertTrue(problems.isEmpty(), path + ": " + problems);
      }
    }

    private void assertThrowsNoAlert(ChromeDriver d) {
      try {
        d.switchTo().alert();
        throw new AssertionError("a script ran");
      } catch (NoAlertPresentException expected) {
        // nothing ran
      }
    }
  }
}
