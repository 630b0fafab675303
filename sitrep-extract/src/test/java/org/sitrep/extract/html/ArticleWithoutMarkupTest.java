package org.sitrep.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

/**
 * A page laid out as The Space Review's are: no article markup, no meta tags for its date or its
 * image, a photo with its caption in a table above the headline, the byline and the date in one
 * heading.
 */
class ArticleWithoutMarkupTest {
  private static final String PAGE = "<html><head><title>Seeking a bigger role for a big rocket"
      + "</title></head><body>"
      + "<img src=\"/images/logo-tsr-1.gif\" width=\"382\" height=\"60\" alt=\"The Space Review\">"
      + "<table align=\"center\" width=\"600\"><tr><td><img src=\"/archive/3834a.jpg\" "
      + "width=\"600\" height=\"400\" alt=\"SLS core stage\"><div class=\"info2\">The core stage "
      + "of the first SLS at Michoud Assembly Facility after the installation in early November "
      + "of its four RS-25 engines. (credit: NASA/Jude Guidry)</div></td></tr></table>"
      + "<h1 class=\"headline\">Seeking a bigger role for a big rocket</h1>"
      + "<h3 class=\"byline\">by Jeff Foust<br><span class=\"datetime\">Monday, November 18, "
      + "2019</span></h3>"
      + "<p>NASA's Space Launch System has spent most of its existence as a rocket with a single "
      + "mission, sending the agency's Orion spacecraft to the Moon, and officials now want to "
      + "find it a broader set of customers, from science missions to national security.</p>"
      + "<p>That effort faces a familiar obstacle: the rocket's cost, which critics say is far "
      + "higher than that of commercial vehicles now flying or in development.</p>"
      + "<p>Agency officials said they expect the first launch in 2021, later than planned, and "
      + "that the per-launch cost will fall once production rates rise.</p>"
      + "</body></html>";

  private static Article article() throws Exception {
    return new Extractor().extract(new RawPage("t", "http://localhost/a/3834/1",
        PAGE.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null, Map.of()));
  }

  @Test
  void bylineSwallowedTheDateBesideIt_JeffFoustMonday() throws Exception {
    assertEquals(List.of("Jeff Foust"), article().byline());
    assertEquals(List.of("Jeff Foust"), Bylines.split("by Jeff Foust Monday, November 18, 2019"));
  }

  @Test
  void aDateThePageOnlyShowsWasLost() throws Exception {
    Article a = article();
    assertNotNull(a.published(), "the date in the byline's datetime span");
    assertTrue(a.published().instant().toString().startsWith("2019-11-18"),
        a.published().toString());
  }

  @Test
  void thePhotosCaptionWasTheLeadAndThePhotoWasMissing() throws Exception {
    Article a = article();
    assertTrue(a.lead().startsWith("NASA's Space Launch System"), a.lead());
    assertEquals("http://localhost/archive/3834a.jpg", a.image(), "the photo, not the logo");
  }
}
