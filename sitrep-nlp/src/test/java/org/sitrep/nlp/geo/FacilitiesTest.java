package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** Streets, venues and roads placed in the article's main town. */
class FacilitiesTest {
  @Test
  void aNameEndingInAFacilityWordIsAFacility() {
    assertTrue(Facilities.isFacility("Kingsley Road"));
    assertTrue(Facilities.isFacility("Barclays Center"));
    assertFalse(Facilities.isFacility("Road"));
    assertFalse(Facilities.isFacility("Kingsley"));
  }

  @Test
  void anUntaggedStreetIsPlacedInTheTown() {
    List<Place> ps = GeoTagged.places(
        "Crowds/NNS gathered/VBD/O/gather in/IN Boston/NNP/LOCATION ./.",
        "They/PRP marched/VBD/O/march down/RP Royal/NNP Street/NNP ./.");
    Place boston = GeoTagged.place(ps, "Boston");
    Place street = GeoTagged.place(ps, "Royal Street");
    assertEquals("facility", street.kind());
    assertEquals(boston.resolved(), street.resolved());
    assertEquals(0.3, street.confidence());
  }

  @Test
  void aNumberedRoadIsPlacedInTheTown() {
    List<Place> ps = GeoTagged.places(
        "Crowds/NNS gathered/VBD/O/gather in/IN Boston/NNP/LOCATION ./.",
        "Traffic/NN stopped/VBD/O/stop on/IN the/DT I-93/NNP ./.");
    Place road = GeoTagged.place(ps, "I-93");
    assertEquals("facility", road.kind());
    assertEquals(GeoTagged.place(ps, "Boston").resolved(), road.resolved());
  }

  @Test
  void withoutATownAFacilityIsStillRecognisedWithoutCoordinates() {
    List<Place> ps = GeoTagged.places("They/PRP marched/VBD/O/march down/RP Royal/NNP "
        + "Street/NNP ./.");
    Place street = GeoTagged.place(ps, "Royal Street");
    assertEquals("facility", street.kind());
    assertEquals("R", street.featureClass());
    assertEquals(null, street.lat(), "no town to place it in: " + street);
  }
}
