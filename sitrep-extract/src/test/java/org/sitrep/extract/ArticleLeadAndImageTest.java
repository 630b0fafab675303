package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

/** The lead paragraph and lead image that other extractors give, on real benchmark pages. */
class ArticleLeadAndImageTest {
  private static final String VENTUREBEAT =
      "06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85";
  private static final String DECCAN =
      "39d5c43beb60605c3eec760c99500e62e7bd71ebbe4ae05edf382125e1b0b80a";
  private static final String ALBAWABA =
      "833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730";
  private final Extractor extractor = new Extractor();

  private Article page(String id) throws Exception {
    return extractor.extract(RawPage.ofBytes(id, Fixtures.bytes("pages/" + id + ".html")));
  }

  private Article html(String url, String html) throws Exception {
    return extractor.extract(new RawPage("t.html", url, html.getBytes(StandardCharsets.UTF_8),
        "text/html", null));
  }

  @Test
  void articleHadNoLeadImage_ogImageIsTheImage() throws Exception {
    Article a = page(VENTUREBEAT);
    assertEquals("https://venturebeat.com/wp-content/uploads/2015/07/WeWork-SF.jpg"
        + "?w=1200&strip=all", a.image());
    assertEquals("opengraph", a.provenance().get("image"));
  }

  @Test
  void articleHadNoLeadImage_twitterImageWhenNoOpenGraph() throws Exception {
    Article a = html("https://news.example.com/a/1", "<html><head><title>Flood</title>"
        + "<meta name=\"twitter:image\" content=\"//cdn.example.net/flood.jpg\"></head><body>"
        + "<article><h1>Flood</h1><img src=\"/inline.jpg\"><p>The river rose two metres "
        + "overnight and the old bridge at Kemble was closed on Tuesday.</p></article></body>"
        + "</html>");
    assertEquals("https://cdn.example.net/flood.jpg", a.image());
    assertEquals("meta", a.provenance().get("image"));
  }

  @Test
  void articleHadNoLead_editorsSummaryIsTheLead() throws Exception {
    Article a = page("42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc");
    assertEquals("NASA’s sights are set on landing on our Moon and Mars, but Jupiter’s moon "
        + "Europa may have the ingredients for life.", a.lead());
    assertEquals("description", a.provenance().get("lead"));
    assertNull(a.provenance().get("description"), "no provenance for a field not in the JSON");
  }

  @Test
  void leadWasATeaserCutMidWord_firstParagraphInstead() throws Exception {
    Article a = page(ALBAWABA);
    assertEquals("text", a.provenance().get("lead"));
    assertEquals(Lead.firstParagraph(a.text()), a.lead());
    assertTrue(a.lead().startsWith("The United States faced stiff"), a.lead());
  }

  @Test
  void leadWasAQuoteCopiedFromTheBody_firstParagraphInstead() throws Exception {
    Article a = page(DECCAN);
    assertEquals("text", a.provenance().get("lead"), a.lead());
    assertEquals(Lead.firstParagraph(a.text()), a.lead());
  }

  @Test
  void leadWasTheFirstParagraphRetoldWithWordsMissing_theParagraphItself() throws Exception {
    Article a = extractor.extract(RawPage.ofBytes("nbc.html", Fixtures.bytes("pages/"
        + "5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e.html")));
    assertEquals("text", a.provenance().get("lead"), a.lead());
    assertTrue(a.lead().contains("interior minister said on Tuesday"), a.lead());
  }

  @Test
  void leadWasTheFirstParagraphCondensed_theParagraphItself() throws Exception {
    Article a = page(VENTUREBEAT);
    assertEquals("text", a.provenance().get("lead"), a.lead());
    assertTrue(a.lead().contains("according to two people familiar with the matter"), a.lead());
  }

  @Test
  void leadWasTheSitesBlurb_firstParagraphInstead() throws Exception {
    Article a = html("https://news.example.com/a/1", "<html><head><title>Flood</title>"
        + "<meta name=description content=\"Breaking headlines, opinion and weather from the "
        + "best newsroom in the valley.\"></head><body><article><h1>Flood</h1>"
        + "<p>The river rose two metres overnight and the old bridge at Kemble was closed to "
        + "traffic on Tuesday morning.</p><p>Residents were told to move cars from the quay "
        + "before the evening tide, the council said in a statement.</p></article></body></html>");
    assertEquals("text", a.provenance().get("lead"));
    assertTrue(a.lead().startsWith("The river rose two metres"), a.lead());
  }

  @Test
  void relativeArticleImageWasNotResolved_itIsAbsoluteAgainstThePageUrl() throws Exception {
    Article a = html("https://news.example.com/2024/05/flood.html", "<html><head><title>Flood"
        + "</title></head><body><article><h1>Flood</h1><img src=\"data:image/gif;base64,R0lG\">"
        + "<img src=\"pixel.gif\" width=\"1\" height=\"1\">"
        + "<img src=\"../../img/bridge.jpg\"><p>The river rose two metres overnight and the old "
        + "bridge at Kemble was closed to traffic on Tuesday morning.</p></article></body></html>");
    assertEquals("https://news.example.com/img/bridge.jpg", a.image());
    assertEquals("article", a.provenance().get("image"));
  }

  @Test
  void relativeImageWithoutAPageUrlIsDropped_notPassedOffAsAUrl() throws Exception {
    Article a = html(null, "<html><head><meta property=og:image content=\"/img/x.jpg\">"
        + "<title>Flood</title></head><body><article><h1>Flood</h1><p>The river rose two metres "
        + "overnight and the old bridge at Kemble was closed on Tuesday.</p></article></body>"
        + "</html>");
    assertNull(a.image());
  }

  @Test
  void scrapedTextLeadIsItsFirstParagraph() throws Exception {
    Article a = extractor.extract(RawPage.ofBytes("palmyra-scraped.txt",
        Fixtures.bytes("palmyra-scraped.txt")));
    assertTrue(a.lead().startsWith("Islamic State militants used a break"), a.lead());
    assertTrue(a.text().startsWith(a.lead() + "\n\n"), "the whole first paragraph");
  }
}
