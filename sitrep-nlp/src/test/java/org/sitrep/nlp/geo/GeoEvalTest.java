package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoEvalTest {
  @Test
  void aucIsZeroForPerfectAndOneForWorst() {
    assertEquals(0, GeoEval.auc(List.of(0.0, 0.0, 0.0)), 1e-9);
    assertEquals(1, GeoEval.auc(List.of(20039.0, 20039.0)), 1e-3);
    assertEquals(0.5, GeoEval.auc(List.of(0.0, 20039.0)), 1e-3);
  }

  @Test
  void distancesAreGreatCircle() {
    // Damascus to Palmyra (Tadmur) is about 215 km.
    assertEquals(215, Gazetteer.km(33.5102, 36.2913, 34.5561, 38.2839), 10);
    assertEquals(0, Gazetteer.km(1, 2, 1, 2), 1e-9);
  }
}
