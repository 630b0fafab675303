package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/** The events stage on hand-tagged articles (its sentence reader and merging): no CoreNLP. */
class EventStageTest {
  private static List<Event> events(Article a) {
    return new EventStage().apply(a).layers().events();
  }

  private static List<String> names(List<Event.Actor> xs) {
    return xs.stream().map(Event.Actor::name).toList();
  }

  private static Article palmyra(String... sentences) {
    return EventFixture.withPlace(EventFixture.article(sentences), "Palmyra", "SY", "PPL");
  }

  @Test
  void rebelsAttackingATownAreItsActorsAndTheTownItsPlace() {
    List<Event> es = events(palmyra(
        "Rebels/NNS/O/rebel attacked/VBD/O/attack Palmyra/NNP/LOCATION ./."));
    assertEquals(1, es.size(), es.toString());
    Event e = es.get(0);
    assertEquals("ASSAULT", e.type());
    assertEquals("happened", e.status());
    assertEquals(List.of("Rebels"), names(e.actors()));
    assertEquals("REB", e.actors().get(0).sector());
    assertEquals("Palmyra", e.place().name());
    assertEquals("attacked", e.evidence().get(0).triggerText());
  }

  @Test
  void aPassiveSwapsActorAndRecipient() {
    Event e = events(EventFixture.article(
        "The/DT convoy/NN was/VBD/O/be attacked/VBN/O/attack by/IN rebels/NNS/O/rebel ./.")).get(0);
    assertEquals(List.of("rebels"), names(e.actors()));
    assertEquals(List.of("convoy"), names(e.recipients()));
  }

  @Test
  void aTelephoneCallMakesBothSidesActors() {
    Event e = events(EventFixture.article(
        "Putin/NNP/PERSON telephoned/VBD/O/telephone Erdogan/NNP/PERSON ./.")).get(0);
    assertEquals("CONSULT", e.type());
    assertEquals(List.of("Putin", "Erdogan"), names(e.actors()));
    assertTrue(e.recipients().isEmpty());
  }

  @Test
  void aNegatedAttackIsNegated() {
    Event e = events(palmyra("Rebels/NNS/O/rebel did/VBD/O/do not/RB attack/VB/O/attack "
        + "Palmyra/NNP/LOCATION ./.")).get(0);
    assertEquals("negated", e.status());
  }

  @Test
  void aFutureTheWriterForeseesIsNotAHappenedThreat() {
    // "The government is expected to arrest the opposition leaders": not a threat that happened
    List<Event> found = events(EventFixture.article("The/DT government/NN is/VBZ/O/be "
        + "expected/VBN/O/expect to/TO arrest/VB/O/arrest the/DT opposition/NN leaders/NNS/O/leader ./."));
    assertTrue(found.stream().noneMatch(Event::happened), found.toString());
  }

  @Test
  void aVowedAttackIsAThreatThatHappened() {
    Event e = events(palmyra("Rebels/NNS/O/rebel vowed/VBD/O/vow to/TO attack/VB/O/attack "
        + "Palmyra/NNP/LOCATION ./.")).get(0);
    assertEquals("THREATEN", e.type());
    assertEquals("happened", e.status());
  }

  @Test
  void aCompanyActingIsNoEvent() {
    assertEquals(List.of(), events(EventFixture.article(
        "Lexus/NNP/ORGANIZATION recalled/VBD/O/recall cars/NNS/O/car ./.")));
  }

  @Test
  void theSameAttackInTwoSentencesIsOneEvent() {
    List<Event> es = events(palmyra(
        "Rebels/NNS/O/rebel attacked/VBD/O/attack Palmyra/NNP/LOCATION ./.",
        "The/DT rebels/NNS/O/rebel attacked/VBD/O/attack again/RB ./."));
    assertEquals(1, es.size(), es.toString());
    assertEquals(2, es.get(0).evidence().size());
  }
}
