package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/** Actors and recipients around a trigger, on hand-tagged sentences: no CoreNLP. */
class ArgumentsTest {
  private static Arguments arguments(EventDoc x) {
    return new Arguments(x, new Participants(x));
  }

  private static List<String> names(List<Event.Actor> xs) {
    return xs.stream().map(Event.Actor::name).toList();
  }

  @Test
  void theSubjectSkipsAPhraseAfterAPreposition() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "Rebels/NNS/O/rebel in/IN the/DT north/NN attacked/VBD/O/attack soldiers/NNS/O/soldier ./."));
    int verb = EventFixture.token(x, "attacked");
    List<Event.Actor> subject = arguments(x).subject(0, verb, -1);
    assertEquals(List.of("Rebels"), names(subject));
    assertEquals("REB", subject.get(0).sector());
    assertEquals(List.of("soldiers"), names(arguments(x).object(verb + 1, x.d.size(), false)));
  }

  @Test
  void aPassiveVerbHasItsActorAfterBy() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "The/DT convoy/NN was/VBD/O/be attacked/VBN/O/attack by/IN rebels/NNS/O/rebel ./."));
    int verb = EventFixture.token(x, "attacked");
    Arguments args = arguments(x);
    assertTrue(args.passive(0, verb));
    assertEquals(List.of("rebels"), names(args.byAgent(verb + 1, x.d.size())));
  }

  @Test
  void anActiveParticipleIsNotPassive() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "Rebels/NNS/O/rebel have/VBP/O/have attacked/VBN/O/attack the/DT convoy/NN ./."));
    assertFalse(arguments(x).passive(0, EventFixture.token(x, "attacked")));
  }

  @Test
  void aTownAfterInIsWhereNotWhom() {
    Article a = EventFixture.withPlace(EventFixture.article(
        "Rebels/NNS/O/rebel attacked/VBD/O/attack in/IN Homs/NNP/LOCATION ./."), "Homs", "SY", "PPL");
    EventDoc x = EventFixture.doc(a);
    Arguments args = arguments(x);
    assertEquals(List.of(), args.object(2, x.d.size(), false));
    List<Event.Actor> place = args.placeAfter(2, x.d.size());
    assertEquals(List.of("Homs"), names(place));
    assertEquals("SYR", place.get(0).country());
  }

  @Test
  void aNominalTriggersActorIsNamedInItsPhrase() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "Israel/NNP/LOCATION stepped/VBD/O/step up/RP Israeli/JJ/NATIONALITY raids/NNS/O/raid "
            + "on/IN Gaza/NNP/LOCATION ./."));
    Article a = EventFixture.withPlace(EventFixture.withPlace(x.a, "Israeli", "IL", "PCLI"),
        "Gaza", "PS", "PPL");
    x = EventFixture.doc(a);
    Trigger t = new Triggers(x, new Modality(x)).trigger(0, x.d.size());
    assertEquals(EventFixture.token(x, "raids"), t.at());
    List<Event.Actor> inside = arguments(x).inside(t, 0);
    assertEquals(List.of("Israeli"), names(inside));
    assertEquals("ISR", inside.get(0).country());
  }
}
