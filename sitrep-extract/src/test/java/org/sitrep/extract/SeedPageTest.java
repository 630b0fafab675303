package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.text.QuoteRepairRule;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

/** The mission's own page, end to end through {@link Extractor}: the foundation issue's bar. */
class SeedPageTest {
  private final Article a;

  SeedPageTest() throws ExtractionException {
    a = new Extractor().extract(RawPage.ofBytes("palmyra-scraped.txt",
        Fixtures.bytes("palmyra-scraped.txt")));
  }

  @Test
  void header() {
    assertEquals("New ISIS offensive on Palmyra proves terrorists should not be given chance to "
        + "regroup", a.title());
    assertEquals("Middle East", a.section());
    assertEquals("Omar Sanadiki / Reuters", a.credit());
    assertEquals("en", a.language());
    assertEquals("worldnews77.com", a.site());
  }

  @Test
  void body() {
    assertTrue(a.text().startsWith("Islamic State militants used a break"), a.text());
    assertFalse(a.text().contains("Home Middle East"));
    assertFalse(a.text().contains("Warning:"));
    assertFalse(a.text().contains("td_block.php"));
    assertFalse(a.text().contains("Omar Sanadiki"));
    assertTrue(a.text().endsWith("the Russian ministry said in its statement."));
    for (String p : a.text().split("\n\n")) {
      assertTrue(QuoteRepairRule.balanced(p), p);
    }
    assertEquals(7, a.text().split("\n\n").length);
  }

  @Test
  void idIsContentDerivedAndStable() throws ExtractionException {
    Article again = new Extractor().extract(RawPage.ofBytes("elsewhere/copy.txt",
        Fixtures.bytes("palmyra-scraped.txt")));
    assertEquals(a.id(), again.id());
  }
}
