package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.nlp.doc.Doc;

/** Place names used for storms, climate patterns, teams and publications. */
class NotPlacesTest {
  private final Gazetteer g = Gazetteer.bundled();

  private boolean notAPlace(Article a, String name, int best) {
    return NotPlaces.notAPlace(Doc.of(a), g, GeoTagged.mention(a, name), best);
  }

  @Test
  void aStormsNameIsNoPlace() {
    Article a = GeoTagged.article("Hurricane/NNP Harvey/NNP/LOCATION hit/VBD/O/hit "
        + "Houston/NNP/LOCATION ./.");
    assertTrue(notAPlace(a, "Harvey", -1));
    assertFalse(notAPlace(a, "Houston", -1));
  }

  @Test
  void toStormATownLeavesItATown() {
    Article a = GeoTagged.article("They/PRP will/MD storm/VB/O/storm Palmyra/NNP/LOCATION ./.");
    assertFalse(notAPlace(a, "Palmyra", -1));
  }

  @Test
  void aClimatePatternIsNoPlace() {
    Article a = GeoTagged.article("El/NNP/LOCATION Niño/NNP/LOCATION brought/VBD/O/bring "
        + "rain/NN ./.");
    assertTrue(notAPlace(a, "El Niño", -1));
  }

  @Test
  void aTeamInAGamesResultIsNoPlace() {
    Article a = GeoTagged.article("Stanford/NNP beat/VBD/O/beat Michigan/NNP/LOCATION "
        + "31-7/CD ./.");
    assertTrue(notAPlace(a, "Michigan", -1));
    Article noScore = GeoTagged.article("Stanford/NNP beat/VBD/O/beat Michigan/NNP/LOCATION "
        + "again/RB ./.");
    assertFalse(notAPlace(noScore, "Michigan", -1));
  }

  @Test
  void waterThatReportsIsAPublication() {
    Article a = GeoTagged.article("The/DT Atlantic/NNP/LOCATION reported/VBD/O/report it/PRP ./.");
    int ocean = -1;
    for (int c : g.lookup("Atlantic")) {
      if ("H".equals(g.featureClass(c))) {
        ocean = c;
      }
    }
    assertTrue(ocean >= 0, "the gazetteer has the Atlantic");
    assertTrue(notAPlace(a, "Atlantic", ocean));
  }
}
