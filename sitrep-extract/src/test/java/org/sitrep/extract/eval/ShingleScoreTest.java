package org.sitrep.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
  @Test
  void countsFourTokenShinglesAsMultisets() {
    ShingleScore s = ShingleScore.of("a b c d e", "a b c d x");
    // truth shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x]
    assertEquals(new ShingleScore(1, 1, 1), s);
    assertEquals(0.5, s.precision(), 1e-9);
    ShingleScore same = ShingleScore.of("one, two; three four", "one two three four");
    assertEquals(new ShingleScore(1, 0, 0), same);
    assertEquals(new ShingleScore(0, 0, 2), ShingleScore.of("a b c d e", ""));
  }

  @Test
  void pagesWeighTheSameAndEmptyOutputsLowerRecallOnly() {
    var good = new ExtractionEval.Page("1", new ShingleScore(90, 10, 0), null);
    var empty = new ExtractionEval.Page("2", new ShingleScore(0, 0, 5), "extract: nothing");
    ExtractionEval.Summary s = ExtractionEval.summarise(List.of(good, empty));
    assertEquals(0.9, s.precision(), 1e-9);
    assertEquals(0.5, s.recall(), 1e-9);
    assertEquals(0.5, s.emptyRate(), 1e-9);
    assertEquals("2", s.worst().get(0).id());
  }
}
