package org.sitrep.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Titles and other metadata kept HTML entities (&#8220;, &nbsp;, &#8211;) into the store. */
class TitleEntitiesTest {
  private static PageMetadata read(String head) {
    return new MetadataReader(Instant.parse("2026-01-01T00:00:00Z"))
        .read(Jsoup.parse("<html><head>" + head + "</head><body><p>x</p></body></html>"));
  }

  @Test
  void titlesKeepHtmlEntitiesFromOpenGraph() {
    PageMetadata m = read("<meta property=\"og:title\" content=\"&amp;#8220;Hope&amp;#8221;"
        + " &amp;#8211; a&amp;nbsp;report &amp;amp;amp; more\">"
        + "<meta property=\"og:site_name\" content=\"Times &amp;amp; Star\">"
        + "<meta property=\"article:section\" content=\"World &amp;#8211; Asia\">"
        + "<meta name=\"author\" content=\"Ren&amp;eacute;e O&amp;#8217;Neil\">");
    assertEquals("“Hope” – a report &amp; more", m.title());
    assertEquals("Times & Star", m.site());
    assertEquals("World – Asia", m.section());
    assertEquals(List.of("Renée O’Neil"), m.byline());
  }

  @Test
  void titlesKeepHtmlEntitiesFromTheTitleElement() {
    PageMetadata m = read("<title>&amp;#8220;Quoted&amp;#8221;&amp;nbsp;headline</title>");
    assertEquals("“Quoted” headline", m.title());
  }

  @Test
  void titlesKeepHtmlEntitiesFromJsonLd() {
    PageMetadata m = read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Rates &#8211; up &amp;amp; away\",\"author\":{\"name\":\"Jos&eacute; Ruiz\"},"
        + "\"image\":{\"creditText\":\"AP&nbsp;Photo\"}}</script>");
    assertEquals("Rates – up &amp; away", m.title());
    assertEquals(List.of("José Ruiz"), m.byline());
    assertEquals("AP Photo", m.credit());
  }

  @Test
  void plainAmpersandsStay() {
    assertEquals("AT&T Q&A", PageMetadata.clean("AT&T Q&A"));
  }
}
