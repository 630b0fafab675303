package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/** Area-aware scoring: a country or region is right when the gold lies inside it. */
class AreaScoreTest {
  private final Gazetteer g = Gazetteer.bundled();
  private final AreaScore score = new AreaScore(g);

  private Place place(int c) {
    return PlacePoints.place(g, new Span(0, 1), g.name(c), c, 0.9, null, "toponym");
  }

  private int entry(String name, String cc, String admin1, char kind) {
    for (int c : g.lookup(name)) {
      if (g.cc(c).equals(cc) && g.admin1(c) != null && g.admin1(c).equals(admin1)
          && g.kind(c) == kind) {
        return c;
      }
    }
    throw new AssertionError("no " + name);
  }

  private int mosulEntry() {
    for (int c : g.lookup("Mosul")) {
      if (g.cc(c).equals("IQ") && g.kind(c) == Gazetteer.PLACE) {
        return c;
      }
    }
    throw new AssertionError("no Mosul");
  }

  private double km(Place p, double lat, double lon) {
    return Gazetteer.km(p.lat(), p.lon(), lat, lon);
  }

  @Test
  void aCountryHoldingTheGoldPointIsRightHoweverFarItsPointIs() {
    Place canada = place(g.country("CA"));
    // Halifax: thousands of km from Canada's point, inside Canada
    double lat = 44.6488;
    double lon = -63.5752;
    assertTrue(km(canada, lat, lon) > 161);
    assertTrue(score.right(canada, null, lat, lon, km(canada, lat, lon)));
    // the gold Canada itself, by its GeoNames id, whatever point it has
    assertTrue(score.right(canada, canada.geonameId(), 60, -96, km(canada, 60, -96)));
  }

  @Test
  void aDifferentCountryIsWrongEvenWhenItsPointIsNear() {
    Place france = place(g.country("FR"));
    Place madrid = place(entry("Madrid", "ES", "Madrid", Gazetteer.PLACE));
    assertFalse(score.right(france, null, madrid.lat(), madrid.lon(),
        km(france, madrid.lat(), madrid.lon())));
    // Luxembourg's point is within 161 km of Metz, which lies in France, not Luxembourg
    Place luxembourg = place(g.country("LU"));
    Place metz = place(entry("Metz", "FR", "Grand Est", Gazetteer.PLACE));
    double km = km(luxembourg, metz.lat(), metz.lon());
    assertTrue(km <= 161, "km " + km);
    assertFalse(score.right(luxembourg, null, metz.lat(), metz.lon(), km));
  }

  @Test
  void aRegionIsRightForItsTownsNotForItsCountry() {
    Place texas = place(entry("Texas", "US", "Texas", Gazetteer.REGION));
    Place elPaso = place(entry("El Paso", "US", "Texas", Gazetteer.PLACE));
    assertTrue(score.right(texas, elPaso.geonameId(), elPaso.lat(), elPaso.lon(),
        km(texas, elPaso.lat(), elPaso.lon())));
    Place us = place(g.country("US"));
    // a gold United States whose point lay in Texas is not Texas
    assertFalse(score.right(texas, us.geonameId(), texas.lat(), texas.lon(), 0));
  }

  @Test
  void aTownIsScoredByDistance() {
    Place mosul = place(mosulEntry());
    assertEquals(0, AreaScore.area(mosul));
    assertTrue(score.right(mosul, null, 36.0, 43.0, 50));
    assertFalse(score.right(mosul, null, 33.3, 44.4, 350));
  }
}
