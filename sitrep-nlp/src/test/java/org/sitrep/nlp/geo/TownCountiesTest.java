package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** A town and a county named together are read where the county holds the town. */
class TownCountiesTest {
  private static final String GRANT =
      "The/DT grant/NN goes/VBZ/O/go to/TO a/DT shelter/NN in/IN Richmond/NNP/LOCATION ./.";

  @Test
  void aTownBesideItsCountyWasReadAsAFarNamesake() {
    // LGL: a Kentucky paper's "a shelter in Richmond" beside "Madison County" was read as
    // Richmond, Virginia
    assertEquals("Virginia", GeoTagged.place(GeoTagged.places(GRANT), "Richmond").admin1(),
        "no county: the state capital");
    List<Place> places = GeoTagged.places(GRANT,
        "It/PRP serves/VBZ/O/serve victims/NNS in/IN Madison/NNP/LOCATION County/NNP/LOCATION ./.");
    assertEquals("Kentucky", GeoTagged.place(places, "Richmond").admin1());
    assertEquals("Kentucky", GeoTagged.place(places, "Madison County").admin1());
  }

  @Test
  void aTownAndACountyInTwoStatesTogetherLeaveTheReadingAlone() {
    // "Washington" also names a state; no county narrows it
    List<Place> places = GeoTagged.places(
        "Officials/NNS in/IN Washington/NNP/LOCATION praised/VBD/O/praise "
            + "Washington/NNP/LOCATION County/NNP/LOCATION ./.");
    assertEquals("US", GeoTagged.place(places, "Washington").countryCode());
  }
}
