package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a name means in the gazetteer, directly, by alias, or by its known part. */
class PlaceNamesTest {
  private final Gazetteer g = Gazetteer.bundled();

  @Test
  void anAliasFindsItsCountry() {
    assertTrue(Arrays.stream(PlaceNames.lookup(g, "U.S."))
        .anyMatch(c -> g.kind(c) == Gazetteer.COUNTRY && g.cc(c).equals("US")));
  }

  @Test
  void theMediterraneanWithoutSeaWasNoPlace() {
    int[] ids = PlaceNames.sea(g, Set.of("Mediterranean"));
    assertEquals(1, ids.length, Arrays.toString(ids));
    assertEquals("Mediterranean Sea", g.name(ids[0]));
    assertEquals(0, PlaceNames.sea(g, Set.of("Springfield")).length);
  }

  @Test
  void aPartyPrefixIsDroppedBeforeTheMembersState() {
    int[] plain = PlaceNames.lookup(g, "Charleston");
    assertTrue(plain.length > 0);
    assertEquals(Arrays.toString(plain), Arrays.toString(PlaceNames.lookup(g, "R-Charleston")));
  }

  @Test
  void theWordsBeforeOfNameTheThingNotItsPlace() {
    int[] ids = PlaceNames.part(g, Set.of("Midwest Restoration of Paris"));
    assertTrue(ids.length > 0);
    assertTrue(Arrays.stream(ids).allMatch(c -> g.isPrimaryAsWritten(c, "Paris")),
        Arrays.toString(ids));
    assertTrue(Arrays.stream(ids).anyMatch(c -> g.cc(c).equals("FR")), Arrays.toString(ids));
  }

  @Test
  void aCompassWordPartIsNotARegion() {
    int[] ids = PlaceNames.part(g, Set.of("North-Western Sydney"));
    assertTrue(Arrays.stream(ids).noneMatch(c -> g.cc(c).equals("ZM")), Arrays.toString(ids));
    assertTrue(Arrays.stream(ids).anyMatch(c -> g.name(c).equals("Sydney")),
        Arrays.toString(ids));
  }

  @Test
  void genericWordsNameNoPlace() {
    assertTrue(PlaceNames.GENERIC.contains("central"));
    assertFalse(PlaceNames.namesAPlace(g, "Central"));
    assertTrue(PlaceNames.namesAPlace(g, "Syria"));
    assertTrue(PlaceNames.namesAPlace(g, "Indian Ocean"));
  }

  @Test
  void aTownsMainNameIsATownName() {
    assertTrue(PlaceNames.isTownName(g, "Monroe"));
    assertFalse(PlaceNames.isTownName(g, "City"));
  }
}
