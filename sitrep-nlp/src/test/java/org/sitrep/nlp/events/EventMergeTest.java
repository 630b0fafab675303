package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Span;

/** Merging the events of an article's sentences into happenings. */
class EventMergeTest {
  private static Event event(int sentence, Integer entity, String actor, String type, String town,
                             long geonameId) {
    Span s = new Span(sentence * 100, sentence * 100 + 50);
    return new Event(null, type, null, null,
        List.of(new Event.Actor(entity, actor, new Span(s.start(), s.start() + 6), null, "REB")),
        List.of(), new Event.Where(town, town, "SYR", null, 35.0, 38.0, geonameId, null,
        "sentence"), null, List.of(),
        List.of(new Event.Evidence(s, new Span(s.start() + 7, s.start() + 15), "attacked")),
        List.of(), "happened", 0.7);
  }

  /** The test's sentences start every 100 characters. */
  private static final java.util.function.IntUnaryOperator BY_HUNDRED = offset -> offset / 100;

  private static Event actor(int sentence, String actor, String sector) {
    Event e = event(sentence, null, actor, "THREATEN", "Lagos", 3);
    return new Event(null, e.type(), null, null,
        List.of(new Event.Actor(null, actor, e.actors().get(0).span(), null, sector)), List.of(),
        new Event.Where("Lagos", "Lagos", "NGA", null, 6.5, 3.4, 3L, null, "article"), null,
        List.of(), e.evidence(), List.of(), "happened", 0.7);
  }

  @Test
  void actorsOfOneSectorFarApartAreTwoEvents() {
    // "the government is expected to arrest …" and, ten sentences on, "the president threatened …"
    List<Event> merged = EventMerge.merge(List.of(actor(0, "government", "GOV"),
        actor(10, "president", "GOV")), BY_HUNDRED);
    assertEquals(2, merged.size(), merged.toString());
    List<Event> near = EventMerge.merge(List.of(actor(0, "government", "GOV"),
        actor(1, "president", "GOV")), BY_HUNDRED);
    assertEquals(1, near.size(), near.toString());
    List<Event> named = EventMerge.merge(List.of(actor(0, "the government", "GOV"),
        actor(10, "government", "GOV")), BY_HUNDRED);
    assertEquals(1, named.size(), "the same words agree anywhere in the article");
    List<Event> samePlace = EventMerge.merge(List.of(event(0, 1, "Islamic State", "ASSAULT",
        "Palmyra", 1), event(4, 2, "jihadists", "ASSAULT", "Palmyra", 1)), BY_HUNDRED);
    assertEquals(1, samePlace.size(), "one kind of actor in one named place is one happening");
  }

  @Test
  void twoEventsOfOneSentenceOfDifferentTypesWereAtRiskOfMerging() {
    // "police fired tear gas and arrested 12": one sentence, one actor, two events
    List<Event> merged = EventMerge.merge(List.of(event(0, 1, "police", "ASSAULT", "Lagos", 3),
        event(0, 1, "police", "COERCE", "Lagos", 3)), BY_HUNDRED);
    assertEquals(List.of("ASSAULT", "COERCE"), merged.stream().map(Event::type).toList());
  }

  @Test
  void oneHappeningToldInTwoSentencesIsOneEventWithBothAsEvidence() {
    List<Event> merged = EventMerge.merge(List.of(event(0, 1, "Rebels", "ASSAULT", "Palmyra", 1),
        event(1, 1, "the rebels", "ASSAULT", "Palmyra", 1)), BY_HUNDRED);
    assertEquals(1, merged.size(), merged.toString());
    assertEquals("e1", merged.get(0).id());
    assertEquals(2, merged.get(0).evidence().size());
    // the reader's score stays the higher of the two: EventConfidence weighs the sentences
    assertEquals(0.7, merged.get(0).confidence(), 1e-9);
  }

  @Test
  void eventsInTwoTownsOrOfTwoTypesStayApart() {
    List<Event> merged = EventMerge.merge(List.of(event(0, 1, "Rebels", "ASSAULT", "Palmyra", 1),
        event(1, 1, "Rebels", "ASSAULT", "Homs", 2), event(2, 1, "Rebels", "PROTEST", "Homs", 2)),
        BY_HUNDRED);
    assertEquals(List.of("e1", "e2", "e3"), merged.stream().map(Event::id).toList());
  }

  @Test
  void acrossArticlesActorsAgreeByWordsNotByEntityIds() {
    assertTrue(EventMerge.sameHappening(event(0, 1, "Islamic State", "ASSAULT", "Palmyra", 1),
        event(0, 7, "Islamic State militants", "ASSAULT", "Palmyra", 1)));
    assertFalse(EventMerge.sameHappening(event(0, 1, "Islamic State", "ASSAULT", "Palmyra", 1),
        event(0, 1, "Islamic State", "ASSAULT", "Homs", 2)));
  }
}
