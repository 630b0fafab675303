package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Span;

/** The calibration of events' confidence: the mapping, the table, the fit (no CoreNLP). */
class EventConfidenceTest {
  static Event event(String type, boolean actor, int sentence, double reader) {
    List<Event.Actor> actors = actor
        ? List.of(new Event.Actor(0, "Syria", new Span(0, 5), "SYR", "GOV")) : List.of();
    return new Event("e1", type, null, null, actors, List.of(), null, null, List.of(),
        List.of(new Event.Evidence(new Span(sentence, sentence + 10), new Span(sentence, sentence + 3),
            "hit")), List.of(), "happened", reader);
  }

  static EventConfidence weights(String tsv) throws IOException {
    return EventConfidence.read(new BufferedReader(new StringReader(tsv)), "test");
  }

  @Test
  void calibrationMappingIsTheLogisticOfTheWeightedFeatures() throws Exception {
    EventConfidence m = weights("# a comment\nbias\t-1\nactor\t2\ntype:ASSAULT\t0.5\n");
    // -1 + 2 + 0.5 = 1.5
    assertEquals(Math.round(1000 / (1 + Math.exp(-1.5))) / 1000.0,
        m.of(event("ASSAULT", true, 0, 0.7)), 1e-9);
    // -1 alone: no actor, another type
    assertEquals(Math.round(1000 / (1 + Math.exp(1))) / 1000.0,
        m.of(event("PROTEST", false, 0, 0.7)), 1e-9);
    List<Event> out = m.apply(List.of(event("ASSAULT", true, 0, 0.7)));
    assertEquals(Math.round(1000 / (1 + Math.exp(-1.5))) / 1000.0, out.get(0).confidence(), 1e-9);
    assertEquals("ASSAULT", out.get(0).type(), "only the confidence changes");
  }

  @Test
  void triggerWordCountsMoveTheConfidenceTowardsHowOftenTheWordWasRight() throws Exception {
    // overall 10 of 20 right; "hit" 9 of 10, "said" 1 of 10
    EventConfidence m = weights("bias\t0\nword\t1\nword\thit\t10\t9\nword\tsaid\t10\t1\n");
    double p = (9 + EventConfidence.WORD_PRIOR_EVENTS * 0.5) / (10 + EventConfidence.WORD_PRIOR_EVENTS);
    assertEquals(Math.log(p / (1 - p)), m.wordEvidence("hit", new int[2]), 1e-9);
    assertEquals(0, m.wordEvidence("never-seen", new int[2]));
    assertEquals(Math.round(1000 * p) / 1000.0, m.of(event("ASSAULT", false, 0, 0.7)), 1e-9);
    assertTrue(m.wordEvidence("said", new int[2]) < 0);
    // leaving one right event of "hit" out lowers its evidence
    assertTrue(m.wordEvidence("hit", new int[] {1, 1}) < m.wordEvidence("hit", new int[2]));
  }

  @Test
  void rawKeepsTheReadersScore() {
    List<Event> in = List.of(event("ASSAULT", true, 0, 0.85));
    assertEquals(0.85, EventConfidence.RAW.apply(in).get(0).confidence());
  }

  @Test
  void shippedWeightsSayWhereTheyCameFromAndGiveProbabilities() throws Exception {
    String text;
    try (var in = EventConfidence.class.getResourceAsStream(EventConfidence.RESOURCE)) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertTrue(text.contains("built by: ./sitrep train events-confidence"), text);
    EventConfidence shipped = weights(text);
    assertTrue(shipped.weights().containsKey("bias"), shipped.weights().toString());
    for (String type : EventConfidenceTrainer.QUADS.keySet()) {
      for (boolean actor : new boolean[] {true, false}) {
        double c = shipped.of(event(type, actor, 0, 0.8));
        assertTrue(c > 0 && c < 1, type + " " + c);
      }
    }
  }

  @Test
  void weightsLineWithoutATabIsRefusedWithItsLine() {
    IOException e = assertThrows(IOException.class, () -> weights("bias\t0\nactor 2\n"));
    assertTrue(e.getMessage().contains("test:2"), e.getMessage());
  }

  @Test
  void tableCountsEventsAtOrAboveEachThresholdAndTheShareRight() {
    List<EventConfidence.Row> rows = EventConfidence.table(List.of(0.95, 0.8, 0.55, 0.3),
        List.of(true, false, true, false));
    assertEquals(5, rows.size());
    assertEquals(0.5, rows.get(0).threshold());
    assertEquals(3, rows.get(0).events());
    assertEquals(2, rows.get(0).right());
    assertEquals(2, rows.get(3).events(), "0.8 counts at >= 0.8");
    assertEquals(0.5, rows.get(3).share());
    assertEquals(1, rows.get(4).events());
    assertEquals(1.0, rows.get(4).share());
  }

  @Test
  void fitLearnsThatEventsWithAnActorAreMoreOftenRight() {
    List<EventConfidenceTrainer.Example> ex = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ex.add(new EventConfidenceTrainer.Example("t", "a" + i, true,
          event("ASSAULT", true, 0, 0.85), i % 10 != 0)); // 90% right
      ex.add(new EventConfidenceTrainer.Example("t", "b" + i, true,
          event("ASSAULT", false, 0, 0.7), i % 2 == 0)); // 50% right
    }
    EventConfidence m = EventConfidenceTrainer.fit(ex, 0.0001, 3000);
    assertEquals(0.9, m.of(event("ASSAULT", true, 0, 0.85)), 0.03);
    assertEquals(0.5, m.of(event("ASSAULT", false, 0, 0.7)), 0.03);
  }

  @Test
  void conflibertClassesAcceptTheTypesOfTheirQuad() {
    assertTrue(EventConfidenceTrainer.rightForClass("ASSAULT", 4));
    assertFalse(EventConfidenceTrainer.rightForClass("ASSAULT", 3));
    assertTrue(EventConfidenceTrainer.rightForClass("REQUEST", 1));
    assertTrue(EventConfidenceTrainer.rightForClass("REQUEST", 3));
    assertFalse(EventConfidenceTrainer.rightForClass("AGREE", 0), "class 0: no event");
    assertEquals(16, EventConfidenceTrainer.QUADS.size());
  }
}
