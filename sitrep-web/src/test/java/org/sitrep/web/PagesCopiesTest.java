package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Layers;
import org.sitrep.store.Store;

/**
 * An article page over a story of many near-copies (a hand-made store, no NLP): the copies are
 * a list of links, not their text, and the page links to the original pages.
 */
class PagesCopiesTest {
  private static final int COPIES = 40;
  @TempDir
  static Path dir;
  static Store store;
  static WebServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  /** A long body: each copy differs in one sentence with a word no other copy has. */
  static String body(int i) {
    String para = "Rescue teams reached the flooded villages of the valley on Tuesday after the "
        + "river broke its banks, and the regional council opened three shelters in schools. ";
    return (para.repeat(4) + "\n\n").repeat(6) + "This copy carries the word copyword" + i + ".";
  }

  static Article article(int i) {
    return new Article(Article.SCHEMA_VERSION, "c" + i, "c" + i + ".html",
        "https://site" + i + ".example/news/floods", "site" + i + ".example",
        "Floods in the valley, copy " + i, "World", List.of(), null, null, null, "en", body(i),
        List.of(), Map.of(), Layers.EMPTY);
  }

  @BeforeAll
  static void serve() throws Exception {
    try (Store s = Store.open(dir)) {
      for (int i = 0; i <= COPIES; i++) {
        s.put(article(i), "1:" + i);
        s.commit(); // each copy meets the one before it in the index
      }
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

  static String page(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + server.port() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  @Test
  void articlePageEmbeddedItsCopies_itsSizeDoesNotGrowWithTheirBodies() throws Exception {
    String html = page("/article/c0");
    for (int i = 1; i <= COPIES; i++) {
      assertFalse(html.contains("copyword" + i + "."), "copy " + i + "'s text is not shown");
    }
    assertTrue(html.contains("copyword0."), "the article's own text is");
    int bodies = body(1).length() * COPIES;
    assertTrue(html.length() < body(0).length() + 20_000 + COPIES * 600,
        html.length() + " characters for " + COPIES + " copies of " + bodies + " in all");
  }

  @Test
  void copyListLackedTitleSiteAndLinks_eachCopyHasThem() throws Exception {
    Document doc = Jsoup.parse(page("/article/c0"));
    Element copies = doc.getElementById("copies");
    assertNotNull(copies, "the copies box");
    List<Element> items = copies.select("li");
    assertEquals(COPIES, items.size(), copies.text());
    for (Element li : items) {
      Element own = li.selectFirst("a[href^=/article/]");
      assertNotNull(own, li.outerHtml());
      String n = own.attr("href").substring("/article/c".length());
      assertEquals("Floods in the valley, copy " + n, own.text());
      assertTrue(li.text().contains("site" + n + ".example"), li.text());
      Element original = li.selectFirst("a.external");
      assertNotNull(original, "a link to the copy's original page: " + li.outerHtml());
      assertEquals("https://site" + n + ".example/news/floods", original.attr("href"));
      assertTrue(original.attr("rel").contains("noopener"), original.outerHtml());
    }
  }

  @Test
  void articlePageHadNoLinkToTheOriginal_itHasOne() throws Exception {
    Document doc = Jsoup.parse(page("/article/c3"));
    Element original = doc.selectFirst("#article p.original a.external");
    assertNotNull(original, doc.select("#article").outerHtml());
    assertEquals("https://site3.example/news/floods", original.attr("href"));
    assertTrue(original.attr("rel").contains("noreferrer"));
  }

  @Test
  void articleWithoutMarksShowsNoLegend() throws Exception {
    assertNull(Jsoup.parse(page("/article/c3")).getElementById("legend"));
  }
}
