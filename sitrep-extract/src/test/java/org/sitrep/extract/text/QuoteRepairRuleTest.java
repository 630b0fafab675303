package org.sitrep.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteRepairRuleTest {
  @Test
  void seedParagraphGetsItsOpeningMarkBack() {
    String p = "More than 5,000 militants in total took part in the offensive,” Konashenkov said. "
        + "“It is obvious,” he said.";
    assertFalse(QuoteRepairRule.balanced(p));
    String fixed = QuoteRepairRule.repair(p);
    assertTrue(fixed.startsWith("“More than 5,000"));
    assertTrue(QuoteRepairRule.balanced(fixed));
  }

  @Test
  void straightQuotesAreRepairedWithAStraightMark() {
    // Benchmark page (Al-Bawaba) style with the opening mark lost by a scraper.
    String p = "This is a historic day for the settlement movement,\" the council said.";
    assertEquals("\"" + p, QuoteRepairRule.repair(p));
  }

  @Test
  void balancedAndContinuedQuotesAreLeftAlone() {
    String balanced = "After arriving “unhampered” in Deir ez-Zor, the ministry said.";
    assertEquals(balanced, QuoteRepairRule.repair(balanced));
    // A quote that runs on into the next paragraph opens without closing: normal news style.
    String continued = "“We received an inquiry from the office and are cooperating,";
    assertEquals(continued, QuoteRepairRule.repair(continued));
    String german = "Er sagte: „Wir kommen.“ Dann ging er.";
    assertEquals(german, QuoteRepairRule.repair(german));
  }

  @Test
  void inchMarksAndMistypedCurlyMarksAreNotQuotesToRepair() {
    // bgr.com deal titles, a Daily Mail-style mistyped opening mark.
    String inches = "45% Off 65\" LG 65UM7300 4K Smart HDTV, Now $549 Plus $50 Dell eGift Card";
    assertEquals(inches, QuoteRepairRule.repair(inches));
    String mistyped = "Another reportedly said: ”Bird flu in the year of the rooster, swine fever.”";
    assertEquals(mistyped, QuoteRepairRule.repair(mistyped));
    assertTrue(QuoteRepairRule.balanced(mistyped));
  }

  @Test
  void aStraightMarkBetweenSpacesOpensOrClosesByWhatIsOpen() {
    // macrumors.com: a quote resumed after its attribution with a stray space.
    String p = "\"I run my business on my phone,\" he told Cook. \" You guys have done such a good job.\"";
    assertEquals(p, QuoteRepairRule.repair(p));
    assertTrue(QuoteRepairRule.balanced(p));
  }
}
