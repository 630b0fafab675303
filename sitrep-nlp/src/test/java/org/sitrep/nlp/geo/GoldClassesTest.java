package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Json;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/** The geo evaluation's recognition per class of toponym. */
class GoldClassesTest {
  private static JsonNode gold(String json) throws Exception {
    return Json.mapper().readTree(json);
  }

  private static Place predicted(String featureClass, String kind) {
    return new Place(new Span(0, 4), "Name", null, null, null, null, null, null, featureClass,
        null, 0, null, kind);
  }

  @Test
  void recognitionIsScoredPerGoldClass() throws Exception {
    GoldClasses c = new GoldClasses(Gazetteer.bundled());
    JsonNode town = gold("{\"geonameId\": 99072, \"lat\": 36.3, \"lon\": 43.1}"); // Mosul
    JsonNode valley = gold("{\"geonameId\": 1, \"lat\": 38.4, \"lon\": -122.3}");
    JsonNode street = gold("{\"geonameId\": null, \"lat\": 29.9, \"lon\": -90.1}");
    JsonNode demonym = gold("{\"geonameId\": null, \"lat\": null, \"lon\": null}");
    assertEquals("GPE", c.of(town));
    assertEquals("LOC", c.of(valley), "a GeoNames id that is no bundled town or region");
    assertEquals("FAC", c.of(street), "coordinates without an id: streets, buildings");
    assertEquals("NONE", c.of(demonym));
    c.gold(street, true);
    c.gold(street, false);
    c.unmatched(predicted("R", "facility"));
    c.unmatched(predicted("T", "feature"));
    c.unmatched(predicted("P", "toponym"));
    List<GeoEval.ClassScore> s = c.scores();
    GeoEval.ClassScore fac = s.get(GoldClasses.CLASSES.indexOf("FAC"));
    assertEquals(2, fac.gold());
    assertEquals(1, fac.matched());
    assertEquals(1, fac.falsePositives());
    assertEquals(0.5, fac.precision(), 1e-9);
    assertEquals(0.5, fac.recall(), 1e-9);
    assertEquals(1, s.get(GoldClasses.CLASSES.indexOf("LOC")).falsePositives());
    assertEquals(1, s.get(GoldClasses.CLASSES.indexOf("GPE")).falsePositives());
  }
}
