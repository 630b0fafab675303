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
      a.json();
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
        "/map?q=Springfield", "/timeline?q=Springfield"}) {
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
