package org.sitrep.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Flow;
import org.sitrep.core.Input;
import org.sitrep.core.LocalServer;
import org.sitrep.core.fetch.FetchOptions;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Result;

class SourcesTest {
  @TempDir
  Path tmp;

  static String page(String title, String sentence) {
    String p = "<p>" + sentence + " The council met for three hours and heard from residents, "
        + "engineers and the mayor, who promised a decision before the end of the month.</p>";
    return "<html><head><meta charset=utf-8></head><body><article>" + p.repeat(3)
        + "</article></body></html>";
  }

  private static FetchOptions local() {
    return FetchOptions.defaults().withAllowPrivate(true).withDelay(Duration.ZERO);
  }

  private static List<Result> run(Sources s) {
    Flow flow = new Flow(new Extractor(), null);
    List<Result> out = new ArrayList<>();
    for (Input i : s) {
      out.add(flow.run(i));
    }
    return out;
  }

  @Test
  void anRssFeedWithABareAmpersandYieldsItsItemsWithFeedMetadata() throws Exception {
    String rss = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Town & Country News</title><link>http://x/</link><description>d</description>"
        + "<item><title>Bridge &lt;b&gt;closed&lt;/b&gt; for repairs</title><link>/a.html</link>"
        + "<pubDate>Tue, 19 Nov 2019 10:00:00 GMT</pubDate><author>jo@x (Jo Reed)</author></item>"
        + "<item><title>Budget passed</title><link>/b.html</link><pubDate>not a date</pubDate>"
        + "</item></channel></rss>";
    try (LocalServer s = new LocalServer()
        .page("/feed.xml", "application/rss+xml", rss)
        .page("/a.html", "text/html", page("A", "The bridge was closed on Monday."))
        .page("/b.html", "text/html", page("B", "The budget passed on Tuesday."));
         Sources src = new Sources(List.of(s.url("/feed.xml")), 1 << 20, local(), null)) {
      List<Result> out = run(src);
      assertEquals(2, out.size(), out.toString());
      Article a = assertInstanceOf(Article.class, out.get(0));
      assertEquals("Bridge closed for repairs", a.title());
      assertEquals("feed", a.provenance().get("title"));
      assertEquals("2019-11-19T10:00:00Z", a.published().iso());
      assertEquals(s.url("/a.html"), a.url());
      Article b = assertInstanceOf(Article.class, out.get(1));
      assertEquals("Budget passed", b.title());
      assertEquals(null, b.published(), "a bad date is left out, not a failure");
      assertEquals(List.of(s.url("/feed.xml")), src.feeds());
    }
  }

  @Test
  void anAtomFeedAndASitemapIndexYieldTheirItems() throws Exception {
    String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
        + "<id>urn:x</id><updated>2019-11-19T10:00:00Z</updated><entry><title>Atom item</title>"
        + "<link href=\"/a.html\"/><id>urn:a</id><updated>2019-11-19T10:00:00Z</updated></entry></feed>";
    try (LocalServer s = new LocalServer()) {
      String index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex "
          + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>"
          + s.url("/news.xml") + "</loc></sitemap></sitemapindex>";
      String news = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset "
          + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
          + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>"
          + s.url("/b.html") + "</loc><news:news><news:publication><news:name>X</news:name>"
          + "<news:language>en</news:language></news:publication><news:publication_date>"
          + "2019-11-18T09:00:00+01:00</news:publication_date><news:title>Sitemap item</news:title>"
          + "</news:news></url></urlset>";
      s.page("/atom.xml", "application/atom+xml", atom).page("/index.xml", "application/xml", index)
          .page("/news.xml", "application/xml", news)
          .page("/a.html", "text/html", page("A", "The bridge was closed on Monday."))
          .page("/b.html", "text/html", page("B", "The budget passed on Tuesday."));
      try (Sources src = new Sources(List.of(s.url("/atom.xml"), s.url("/index.xml")), 1 << 20,
          local(), null)) {
        List<Result> out = run(src);
        assertEquals(2, out.size(), out.toString());
        assertEquals("Atom item", ((Article) out.get(0)).title());
        Article b = (Article) out.get(1);
        assertEquals("Sitemap item", b.title());
        assertEquals("2019-11-18T08:00:00Z", b.published().iso());
      }
    }
  }

  @Test
  void urlListsAndFoldersMix() throws Exception {
    try (LocalServer s = new LocalServer()
        .page("/a.html", "text/html", page("A", "The bridge was closed on Monday."))) {
      Path list = tmp.resolve("urls.txt");
      Files.writeString(list, "# to read\n" + s.url("/a.html") + "\n\n" + s.url("/gone.html")
          + "\n");
      Path dir = tmp.resolve("pages");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("c.html"), page("C", "The school reopened on Wednesday."));
      try (Sources src = new Sources(List.of(list.toString(), dir.toString()), 1 << 20, local(),
          null)) {
        List<Result> out = run(src);
        assertEquals(3, out.size(), out.toString());
        assertInstanceOf(Article.class, out.get(0));
        Failure gone = assertInstanceOf(Failure.class, out.get(1));
        assertEquals("fetch", gone.error().stage());
        assertEquals("HTTP 404 (not found)", gone.error().reason());
        assertInstanceOf(Article.class, out.get(2));
      }
    }
  }

  @Test
  void withoutAllowPrivateALocalUrlFailsAndNoRequestIsMade() throws Exception {
    try (LocalServer s = new LocalServer().page("/a.html", "text/html", page("A", "x."));
         Sources src = new Sources(List.of(s.url("/a.html")), 1 << 20, FetchOptions.defaults(),
             null)) {
      List<Result> out = run(src);
      Failure f = assertInstanceOf(Failure.class, out.get(0));
      assertTrue(f.error().reason().startsWith("private address"), f.error().reason());
      assertTrue(s.requests.isEmpty());
    }
  }

  @Test
  void pollingAFeedAgainSkipsStoredItemsAndUnchangedFeeds() throws Exception {
    String rss = "<rss version=\"2.0\"><channel><title>T</title><link>http://x/</link>"
        + "<description>d</description><item><title>A</title><link>/a.html</link></item>"
        + "<item><title>B</title><link>/b.html</link></item></channel></rss>";
    try (LocalServer s = new LocalServer()) {
      s.route("/feed.xml", ex -> {
        if ("\"1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.sendResponseHeaders(304, -1);
          return;
        }
        ex.getResponseHeaders().set("ETag", "\"1\"");
        LocalServer.reply(ex, 200, "application/rss+xml", rss);
      }).page("/a.html", "text/html", page("A", "a.")).page("/b.html", "text/html", page("B", "b."));
      try (Sources src = new Sources(List.of(s.url("/feed.xml")), 1 << 20, local(), null)) {
        assertEquals(2, run(src).size());
        // Second poll: the feed answers 304, nothing to do.
        Sources again = src.feedsAgain(url -> url.endsWith("/a.html"));
        assertEquals(0, run(again).size());
        assertEquals(Map.of("feeds not modified since the last poll", 1L), again.skipped());
      }
      try (Sources src = new Sources(List.of(s.url("/feed.xml")), 1 << 20, local(),
          url -> url.endsWith("/a.html"))) {
        List<String> got = run(src).stream().map(Result::source).collect(Collectors.toList());
        assertEquals(List.of(s.url("/b.html")), got, "stored items are left out");
        assertFalse(src.skipped().isEmpty());
      }
    }
  }

  private static String index(String... locs) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex "
        + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String l : locs) {
      b.append("<sitemap><loc>").append(l).append("</loc></sitemap>");
    }
    return b.append("</sitemapindex>").toString();
  }

  private static String urlset(String... locs) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset "
        + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String l : locs) {
      b.append("<url><loc>").append(l).append("</loc></url>");
    }
    return b.append("</urlset>").toString();
  }

  /** The inputs' sources, without loading (fetching) any page. */
  private static List<String> sources(Sources src) {
    List<String> out = new ArrayList<>();
    src.forEach(i -> out.add(i.source()));
    return out;
  }

  @Test
  void aSitemapIndexThatListsItselfIsFetchedOnce() throws Exception {
    try (LocalServer s = new LocalServer()) {
      String self = s.url("/index.xml");
      s.page("/index.xml", "application/xml", index(self, self, s.url("/news.xml"), self))
          .page("/news.xml", "application/xml", urlset(s.url("/a.html"), s.url("/b.html")));
      try (Sources src = new Sources(List.of(self), 1 << 20, local(), null)) {
        assertEquals(List.of(s.url("/a.html"), s.url("/b.html")), sources(src));
        assertEquals(1, s.count("/index.xml"), s.requests.toString());
        assertEquals(1, s.count("/news.xml"));
        assertEquals(Map.of("feeds and sitemaps listed again (read once)", 3L), src.skipped());
      }
    }
  }

  @Test
  void twoSitemapIndexesThatListEachOtherAreFetchedOnceEach() throws Exception {
    try (LocalServer s = new LocalServer()) {
      s.page("/one.xml", "application/xml", index(s.url("/two.xml"), s.url("/a-map.xml")))
          .page("/two.xml", "application/xml", index(s.url("/one.xml"), s.url("/b-map.xml")))
          .page("/a-map.xml", "application/xml", urlset(s.url("/a.html")))
          .page("/b-map.xml", "application/xml", urlset(s.url("/b.html")));
      // Both given as inputs too: the second input was read already, as the first's child.
      try (Sources src = new Sources(List.of(s.url("/one.xml"), s.url("/two.xml")), 1 << 20,
          local(), null)) {
        List<String> got = sources(src);
        assertEquals(List.of(s.url("/b.html"), s.url("/a.html")), got);
        for (String path : List.of("/one.xml", "/two.xml", "/a-map.xml", "/b-map.xml")) {
          assertEquals(1, s.count(path), path + " in " + s.requests);
        }
      }
    }
  }

  @Test
  void aSitemapTreeOverTheDocumentCapIsCutAndSaysSo() throws Exception {
    try (LocalServer s = new LocalServer()) {
      s.page("/index.xml", "application/xml", index(s.url("/s1.xml"), s.url("/s2.xml")))
          .page("/s1.xml", "application/xml", urlset(s.url("/a.html"), s.url("/b.html"),
              s.url("/c.html")))
          .page("/s2.xml", "application/xml", urlset(s.url("/d.html")));
      // s1.xml is one document, a.html and b.html two more: the cap of 3 is reached there.
      try (Sources src = new Sources(List.of(s.url("/index.xml")), 1 << 20,
          local().withMaxSitemapDocuments(3), null)) {
        List<Input> got = new ArrayList<>();
        src.forEach(got::add);
        assertEquals(List.of(s.url("/a.html"), s.url("/b.html"), s.url("/index.xml")),
            got.stream().map(Input::source).toList());
        ExtractionException cut = assertThrows(ExtractionException.class,
            () -> got.get(2).load());
        assertTrue(cut.reason().startsWith("sitemap tree cut at 3 documents"), cut.reason());
        assertEquals(0, s.count("/s2.xml"), "nothing past the cap is fetched");
      }
    }
  }

  @Test
  void urlListsAreRecognisedByContent() {
    assertTrue(Sources.isUrlList("https://a.example/x\nhttp://b.example/y\n".getBytes()));
    assertFalse(Sources.isUrlList("https://a.example/x\nThe mayor said.\n".getBytes()));
    assertFalse(Sources.isUrlList("\n\n".getBytes()));
  }
}
