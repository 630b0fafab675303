package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/** Participant kinds and sectors of noun chunks, on hand-tagged sentences: no CoreNLP. */
class ParticipantsTest {
  @Test
  void coordinatedAgentWordsAreTwoParticipantsWithTheirSectors() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "Police/NNS/O/police and/CC soldiers/NNS/O/soldier arrested/VBD/O/arrest 20/CD "
            + "protesters/NNS/O/protester ./."));
    List<Event.Actor> actors = new Participants(x).actors(0, 2);
    assertEquals(List.of("Police", "soldiers"), actors.stream().map(Event.Actor::name).toList());
    assertEquals(List.of("COP", "MIL"), actors.stream().map(Event.Actor::sector).toList());
  }

  @Test
  void aQuantifierBeforeOfIsNotTheParticipant() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "Thousands/NNS/O/thousand of/IN refugees/NNS/O/refugee fled/VBD/O/flee ./."));
    Event.Actor a = new Participants(x).actor(0, 2, null, false);
    assertEquals("refugees", a.name());
    assertEquals("REF", a.sector());
  }

  @Test
  void aThingIsNoParticipantAndAPronounIsOneButNotPolitical() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "They/PRP/O/they destroyed/VBD/O/destroy the/DT bridge/NN ./."));
    Participants p = new Participants(x);
    assertNull(p.actor(3, 3, null, false));
    Event.Actor they = p.actor(0, 0, null, false);
    assertTrue(Participants.isPronoun(they));
    assertFalse(Participants.political(List.of(they)));
    assertTrue(Participants.political(List.of(new Event.Actor(null, "rebels", null, null, "REB"))));
    assertFalse(Participants.political(List.of(new Event.Actor(null, "Lexus", null, null, "BUS"))));
  }

  @Test
  void aTownIsSceneryAndACountryIsAParticipant() {
    Article a = EventFixture.withPlace(EventFixture.withPlace(EventFixture.article(
        "Syria/NNP/LOCATION shelled/VBD/O/shell Palmyra/NNP/LOCATION ./."), "Syria", "SY", "PCLI"),
        "Palmyra", "SY", "PPL");
    Participants p = new Participants(EventFixture.doc(a));
    Event.Actor syria = p.actor(0, 0, null, false);
    Event.Actor palmyra = p.actor(2, 2, null, false);
    assertEquals("SYR", syria.country());
    assertFalse(p.town(syria));
    assertTrue(p.town(palmyra));
  }

  @Test
  void twoLetterCountryCodesBecomeThreeLetterOnes() {
    assertEquals("SYR", Participants.iso3("SY"));
    assertEquals("IGO", Participants.iso3("IGO"));
    assertNull(Participants.iso3(null));
  }
}
