package org.sitrep.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Credit lines and bylines as they appear on real pages (seed, benchmark pages). */
class HeaderRuleTest {
  @Test
  void recognisesRealPhotoCredits() {
    assertEquals("Omar Sanadiki / Reuters", HeaderRule.credit("Omar Sanadiki / Reuters"));
    assertEquals("Sanjeev Verma/Hindustan Times/Getty Images",
        HeaderRule.credit("Sanjeev Verma/Hindustan Times/Getty Images"));
    assertEquals("Tim Robberts/Getty Images",
        HeaderRule.credit("Photograph: Tim Robberts/Getty Images"));
    assertEquals("WeWork", HeaderRule.credit("Image Credit: WeWork"));
    assertEquals("Leonhard Foeger / Reuters file", HeaderRule.credit("Leonhard Foeger / Reuters file"));
    assertEquals("Regan", HeaderRule.credit("© Regan"));
  }

  @Test
  void sentencesAndFootersAreNotCredits() {
    assertNull(HeaderRule.credit("© 2019 Sputnik. All rights reserved"));
    assertNull(HeaderRule.credit("The ministry said the attack was repelled."));
    assertNull(HeaderRule.credit("Islamic State militants used a break in the coalition's advance"));
    assertNull(HeaderRule.credit("prices rose 3% / year"));
  }

  @Test
  void takesTheHeadlineCreditAndBylineFromTheHeader() {
    Draft d = new Draft(List.of("Austria to turn Hitler's birthplace into a police station",
        "By Francois Murphy and Kirsti Knolle", "Leonhard Foeger / Reuters file",
        "VIENNA — The house where Adolf Hitler was born will be turned into a police station."));
    new HeaderRule().apply(d);
    assertEquals("Austria to turn Hitler's birthplace into a police station", d.title());
    assertEquals(List.of("Francois Murphy", "Kirsti Knolle"), d.byline());
    assertEquals("Leonhard Foeger / Reuters file", d.credit());
    assertEquals(1, d.paragraphs().size());
  }
}
