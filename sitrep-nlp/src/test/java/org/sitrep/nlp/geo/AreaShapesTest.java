package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Json;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * Area-aware scoring with outlines. The fixture (area-shapes-fixture.json, quantized TopoJSON):
 * country AA is the square 0–10°E, 0–10°N, its region AA/North the northern half; its
 * neighbour BB is 10–20°E, with an island 0.1° wide at 30°W on the equator (mid-Atlantic, no
 * town within 300 km).
 */
class AreaShapesTest {
  private final Gazetteer g = Gazetteer.bundled();
  private final AreaShapes shapes = fixture().withMacroRegions(Map.of("Test Lands", List.of("BB")));
  private final AreaScore score = new AreaScore(g, shapes);

  private static AreaShapes fixture() {
    try (InputStream in = AreaShapesTest.class.getResourceAsStream("area-shapes-fixture.json")) {
      return AreaShapes.of(Json.mapper().readTree(in), Map.of("AA", "Africa", "BB", "Europe"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Place area(String name, String cc, String admin1, String code, double lat,
                            double lon) {
    String featureClass = code.equals("CONT") || code.equals("RGN") ? "L" : "A";
    return new Place(new Span(0, 1), name, name, null, lat, lon, cc, admin1, featureClass, code,
        0.9, null, "toponym");
  }

  private boolean right(Place p, double lat, double lon) {
    return score.right(p, null, lat, lon, Gazetteer.km(p.lat(), p.lon(), lat, lon));
  }

  @Test
  void aGoldPointInsideTheCountrysOutlineFarFromItsPointIsRight() {
    Place aa = area("Aland", "AA", null, "PCLI", 5, 5);
    assertTrue(Gazetteer.km(5, 5, 9.5, 0.5) > 600);
    assertTrue(right(aa, 9.5, 0.5));
  }

  @Test
  void aGoldPointInTheNeighbourIsWrongThoughNearTheCountrysPoint() {
    Place aa = area("Aland", "AA", null, "PCLI", 5, 9.5);
    double km = Gazetteer.km(5, 9.5, 5, 10.8);
    assertTrue(km < 161, "km " + km);
    assertFalse(right(aa, 5, 10.8));
    assertEquals("BB", shapes.countryAt(5, 10.8));
  }

  @Test
  void anIslandPointJustOffTheCoastIsWithinTheMargin() {
    // 16 km east of the island's edge: in it; 55 km: at sea, in no outline
    assertTrue(shapes.contains("BB", 0.05, -29.75));
    assertFalse(shapes.contains("BB", 0.05, -29.4));
    assertNull(shapes.countryAt(0.05, -29.4));
    Place bb = area("Beeland", "BB", null, "PCLI", 5, 15);
    assertTrue(right(bb, 0.05, -29.75));
    assertFalse(right(bb, 0.05, -29.4), "at sea, near no town, far from BB's point");
  }

  @Test
  void aRegionHoldsOnlyThePointsInsideItsOutline() {
    Place north = area("North", "AA", "North", "ADM1", 7.5, 5);
    assertTrue(right(north, 9.5, 0.5));
    assertFalse(right(north, 2, 9), "in AA, south of AA/North");
  }

  @Test
  void aContinentIsRightWhenTheGoldPointsCountryIsOnIt() {
    Place africa = area("Africa", null, null, "CONT", 7, 21);
    assertTrue(right(africa, 2, 2));
    assertFalse(right(africa, 2, 12), "BB is in Europe");
  }

  @Test
  void aMacroRegionIsRightWhenTheGoldPointsCountryIsAMember() {
    Place lands = area("Test Lands", null, null, "RGN", 40, 40);
    assertTrue(right(lands, 2, 12));
    assertFalse(right(lands, 2, 2));
  }

  @Test
  void australiasTwoNaturalEarthUnitsAreOneArea() {
    // the mainland and the Ashmore and Cartier Islands share the code AU: the second unit
    // replaced the first, and no point of the mainland lay in Australia
    AreaShapes bundled = AreaShapes.bundled();
    assertTrue(bundled.contains("AU", -25, 133));
    assertTrue(bundled.contains("AU", -12.43, 123.585), "Cartier Island");
    assertEquals("AU", bundled.countryAt(-25, 133));
    assertTrue(bundled.contains("US/Texas", 31, -99));
    assertFalse(bundled.contains("US/Texas", 35, -90));
  }

  @Test
  void aRegionWithoutOutlineIsRightWithin161KmWhereTheNearestTownNamesAnotherRegion() {
    // GeoVirus' Bulacan, 31 km from the gazetteer's: its nearest town's region is Central Luzon
    int bulacan = -1;
    for (int c : g.lookup("Bulacan")) {
      if (g.kind(c) == Gazetteer.REGION && g.cc(c).equals("PH")) {
        bulacan = c;
      }
    }
    Place p = PlacePoints.place(g, new Span(0, 1), "Bulacan", bulacan, 0.9, null, "toponym");
    double km = Gazetteer.km(p.lat(), p.lon(), 15.0, 121.08);
    assertTrue(km < 161, "km " + km);
    assertTrue(new AreaScore(g).right(p, null, 15.0, 121.08, km));
  }
}
