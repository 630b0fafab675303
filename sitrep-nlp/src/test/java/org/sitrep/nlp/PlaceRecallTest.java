package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.nlp.PlaceAsserts.annotate;
import static org.sitrep.nlp.PlaceAsserts.place;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

/**
 * Places that hide where taggers do not look: inside an organisation's or a group's name, in a
 * regional abbreviation, behind a person's tag, in a nominal phrase. Sentences of our own making.
 */
@Tag("corenlp")
class PlaceRecallTest {
  @Test
  void aStateInsideItsPolicesNameAlsoAtASentencesStart() {
    Article a = annotate("Maryland State Police say the driver fled. In a statement, Maryland "
        + "State Police said he was arrested on Friday.");
    long found = a.layers().places().stream().filter(p -> p.name().equals("Maryland")).count();
    assertEquals(2, found, a.layers().places().toString());
    assertEquals("Maryland", place(a, "Maryland").admin1());
  }

  @Test
  void aRegionInsideAGroupsName() {
    Article a = annotate("Peel Regional Police are looking for a missing teenager last seen in "
        + "Brampton.");
    assertEquals("CA", place(a, "Peel").countryCode(), a.layers().places().toString());
  }

  @Test
  void canadianAndAustralianAbbreviations() {
    Article a = annotate("Firefighters were called to a barn on Kingsley Road in Fredericton, "
        + "N.B., early Sunday.");
    Place nb = place(a, "N.B.");
    assertEquals("CA", nb.countryCode(), nb.toString());
    assertEquals("New Brunswick", nb.admin1(), nb.toString());
    Place road = place(a, "Kingsley Road");
    assertEquals("facility", road.kind(), "a street, not Kingsley, Western Australia: " + road);
    assertEquals("CA", road.countryCode(), road.toString());
    Article b = annotate("Heavy rain closed dozens of roads across NSW on Monday.");
    assertEquals("AU", place(b, "NSW").countryCode(), b.layers().places().toString());
  }

  @Test
  void aPeoplesAdjectiveInsideADescriptionOfAPerson() {
    Article a = annotate("The offensive will go on, the Syrian army spokesman told reporters.");
    assertEquals("SY", place(a, "Syrian").countryCode(), a.layers().places().toString());
  }

  @Test
  void aCompassWordOpensARegionsName() {
    Article a = annotate("Western Cape police said the road would reopen on Tuesday.");
    Place p = place(a, "Western Cape");
    assertEquals("ZA", p.countryCode(), p.toString());
    assertNotNull(p.lat());
    assertTrue(p.lat() < -30, p.toString());
  }

  @Test
  void aPossessiveNameIsNotATown() {
    Article a = annotate("The dogs were taken from a farm in Estey's Bridge, N.B., on Monday.");
    assertTrue(a.layers().places().stream().noneMatch(p -> p.name().equals("Bridge")),
        a.layers().places().toString());
  }
}
