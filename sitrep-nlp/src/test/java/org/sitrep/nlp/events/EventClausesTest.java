package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.nlp.doc.Doc;

/**
 * A sentence's later clauses tell their own events (hand-tagged sentences, no CoreNLP): one
 * event was read per sentence, and the second of "ambushed a patrol; police arrested 12",
 * "fired tear gas and arrested 12" or "buried the soldier killed last week" was lost.
 */
class EventClausesTest {
  private static List<Event> events(Article a) {
    return new EventStage().apply(a).layers().events();
  }

  /** The sentence reader's events, before merging. */
  private static List<Event> read(Article a) {
    Doc d = Doc.of(a);
    return new EventReader(a, d, EventLexicon.get()).sentence(0, 0, d.size());
  }

  private static List<String> names(List<Event.Actor> xs) {
    return xs.stream().map(Event.Actor::name).toList();
  }

  private static Event ofMode(List<Event> es, String mode) {
    return es.stream().filter(e -> mode.equals(e.mode())).findFirst()
        .orElseThrow(() -> new AssertionError("no " + mode + " event: " + es));
  }

  @Test
  void anArrestAfterASemicolonWasLost() {
    List<Event> es = events(EventFixture.article("Militants/NNS/O/militant attacked/VBD/O/attack "
        + "a/DT patrol/NN ;/: police/NNS/O/police arrested/VBD/O/arrest 12/CD men/NNS/O/man ./."));
    assertEquals(List.of("ASSAULT", "COERCE"), es.stream().map(Event::type).toList(),
        es.toString());
    assertEquals(List.of("Militants"), names(es.get(0).actors()));
    assertEquals(List.of("police"), names(es.get(1).actors()));
    assertTrue(es.get(1).recipients().stream().noneMatch(r -> r.name().contains("patrol")),
        es.toString());
  }

  @Test
  void aCoordinatedArrestWasLostAndSharesTheSubject() {
    List<Event> es = events(EventFixture.article("Police/NNS/O/police fired/VBD/O/fire tear/NN "
        + "gas/NN at/IN protesters/NNS/O/protester and/CC arrested/VBD/O/arrest 12/CD ./."));
    assertTrue(es.size() >= 2, es.toString());
    Event arrest = ofMode(es, "arrest");
    assertEquals(List.of("Police"), names(arrest.actors()));
  }

  @Test
  void aParticipleOfForceAfterACommaWasLost_wounding() {
    List<Event> es = events(EventFixture.article("Police/NNS/O/police arrested/VBD/O/arrest "
        + "5/CD protesters/NNS/O/protester ,/, wounding/VBG/O/wound 2/CD ./."));
    assertEquals(List.of("COERCE", "ASSAULT"), es.stream().map(Event::type).toList(),
        es.toString());
    assertEquals(List.of("Police"), names(es.get(1).actors()));
  }

  @Test
  void aCoordinatedPassiveWasLostAndSharesWhomItWasDoneTo_laterJailed() {
    List<Event> es = events(EventFixture.article("The/DT man/NN was/VBD/O/be shot/VBN/O/shoot "
        + "by/IN a/DT trooper/NN and/CC later/RB jailed/VBN/O/jail ./."));
    assertEquals(2, es.size(), es.toString());
    Event shot = es.get(0);
    Event jailed = es.get(1);
    assertEquals("ASSAULT", shot.type());
    assertEquals(List.of("trooper"), names(shot.actors()));
    assertEquals(List.of("man"), names(jailed.recipients()));
    assertTrue(jailed.actors().isEmpty(), jailed.toString());
  }

  @Test
  void aKillingToldInAReducedClauseWasLost_theSoldierKilledLastWeek() {
    List<Event> es = events(EventFixture.article("Mourners/NNS/O/mourner buried/VBD/O/bury "
        + "the/DT soldier/NN killed/VBN/O/kill last/JJ/DATE week/NN/DATE ./."));
    assertEquals(1, es.size(), es.toString());
    assertEquals("ASSAULT", es.get(0).type());
    assertEquals(List.of("soldier"), names(es.get(0).recipients()));
    assertEquals("killed", es.get(0).evidence().get(0).triggerText());
  }

  @Test
  void aReducedClauseBeforeTheMainVerbWasReadAsItsActor_menArrestedWereFreed() {
    List<Event> es = read(EventFixture.article("Two/CD men/NNS/O/man arrested/VBN/O/arrest "
        + "in/IN the/DT raid/NN were/VBD/O/be freed/VBN/O/free on/IN Monday/NNP/DATE ./."));
    Event arrest = ofMode(es, "arrest");
    assertEquals(List.of("men"), names(arrest.recipients()));
    assertTrue(arrest.actors().isEmpty(), arrest.toString());
  }

  @Test
  void aReportedFirstTriggerTellsNoFurtherEvent() {
    List<Event> es = read(EventFixture.article("Officials/NNS/O/official said/VBD/O/say "
        + "police/NNS/O/police arrested/VBD/O/arrest 5/CD men/NNS/O/man and/CC "
        + "shot/VBD/O/shoot 2/CD ./."));
    assertEquals(1, es.size(), es.toString());
  }

  @Test
  void anAndInsideARelativeClauseTellsNoFurtherEvent() {
    List<Event> es = read(EventFixture.article("Police/NNS/O/police arrested/VBD/O/arrest "
        + "a/DT man/NN who/WP shot/VBD/O/shoot and/CC killed/VBD/O/kill his/PRP$ wife/NN ./."));
    assertEquals(1, es.size(), es.toString());
    assertEquals("COERCE", es.get(0).type());
  }

  @Test
  void aSentenceTellsAtMostThreeEvents() {
    List<Event> es = read(EventFixture.article("Rebels/NNS/O/rebel attacked/VBD/O/attack "
        + "Homs/NNP/LOCATION ;/: militants/NNS/O/militant attacked/VBD/O/attack Hama/NNP/LOCATION "
        + ";/: gunmen/NNS/O/gunman attacked/VBD/O/attack Idlib/NNP/LOCATION ;/: "
        + "fighters/NNS/O/fighter attacked/VBD/O/attack Aleppo/NNP/LOCATION ./."));
    assertEquals(EventReader.MOST, es.size(), es.toString());
  }
}
