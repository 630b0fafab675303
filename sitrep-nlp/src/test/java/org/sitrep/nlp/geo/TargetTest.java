package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A name being resolved knows what its candidates name: a country, first-level regions. */
class TargetTest {
  private final Gazetteer g = Gazetteer.bundled();

  @Test
  void georgiaNamesACountryAndAState() {
    Target t = Target.named(g, "Georgia", "toponym", PlaceNames.lookup(g, "Georgia"));
    assertNull(t.entity);
    assertEquals("toponym", t.kind);
    assertTrue(t.namesCountry);
    assertTrue(t.regions.stream().anyMatch(r -> r.startsWith("US/")), t.regions.toString());
    assertEquals(-1, t.best);
  }

  @Test
  void aTownsNameNamesNoCountry() {
    Target t = Target.named(g, "Raqqa", "toponym", PlaceNames.lookup(g, "Raqqa"));
    assertTrue(t.candidates.length > 0);
    assertFalse(t.namesCountry);
  }
}
