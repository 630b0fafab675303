package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/** A mention read as a gazetteer entry, and how sure its point is. */
class PlacePointsTest {
  private final Gazetteer g = Gazetteer.bundled();
  private final Span span = new Span(0, 6);

  @Test
  void anUnresolvedNameHasNoPoint() {
    Place p = PlacePoints.place(g, span, "Zqxville", -1, 0.9, 4, "toponym");
    assertNull(p.resolved());
    assertNull(p.lat());
    assertEquals(0, p.confidence());
    assertEquals(4, p.entity());
  }

  @Test
  void aWideCountrysPointKeepsAtMostTheAreasConfidence() {
    int canada = g.country("CA");
    Place p = PlacePoints.place(g, span, "Canada", canada, 0.95, null, "toponym");
    assertEquals("CA", p.countryCode());
    assertEquals(0.95, p.confidence());
    Place point = PlacePoints.areasAsPoints(g, List.of(p)).get(0);
    assertEquals(PlacePoints.AREA_POINT_CONFIDENCE, point.confidence());
  }

  @Test
  void aTownKeepsItsConfidence() {
    int town = -1;
    for (int c : g.lookup("Raqqa")) {
      if (g.kind(c) == Gazetteer.PLACE && g.cc(c).equals("SY")) {
        town = c;
      }
    }
    Place p = PlacePoints.place(g, span, "Raqqa", town, 0.95, null, "toponym");
    assertEquals(0.95, PlacePoints.areasAsPoints(g, List.of(p)).get(0).confidence());
  }

  @Test
  void theReadingsConfidenceReplacesTheShareRounded() {
    int canada = g.country("CA");
    Place p = PlacePoints.place(g, span, "Canada", canada, 0.5, null, "toponym");
    Map<Place, Double> confidence = new IdentityHashMap<>();
    confidence.put(p, 0.12345);
    assertEquals(0.123, PlacePoints.confident(List.of(p), confidence).get(0).confidence());
  }
}
