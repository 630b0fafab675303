package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

/** A page whose og:url or canonical link was {@code javascript:alert(2)} was stored with it. */
class ScriptUrlStoredAsArticleUrlTest {
  private static final String BODY = "<p>The minister said on Tuesday that talks with the union"
      + " had failed and a strike was likely, according to officials in the capital.</p>";

  private static Article page(String head) throws Exception {
    String html = "<html lang=\"en\"><head><title>Talks</title>" + head + "</head><body><article>"
        + BODY + "</article></body></html>";
    return new Extractor().extract(new RawPage("a1.html", "https://news.example/a/1",
        html.getBytes(StandardCharsets.UTF_8), "text/html", null, Map.of()));
  }

  @Test
  void aScriptOgUrlIsIgnoredWithAWarning() throws Exception {
    Article a = page("<meta property=\"og:url\" content=\"javascript:alert(2)\">");
    assertEquals("https://news.example/a/1", a.url());
    assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("bad-url")
        && w.message().contains("javascript:")), a.warnings().toString());
  }

  @Test
  void aScriptCanonicalIsIgnoredAndAnHttpOneStillCounts() throws Exception {
    Article a = page("<link rel=\"canonical\" href=\"JavaScript:alert(2)\">");
    assertEquals("https://news.example/a/1", a.url());
    Article b = page("<meta property=\"og:url\" content=\"data:text/html,x\">"
        + "<link rel=\"canonical\" href=\"https://news.example/a/canonical\">");
    assertEquals("https://news.example/a/canonical", b.url());
  }
}
