package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/**
 * Which readings are events PLOVER codes, by the kinds of their participants, and who is never
 * a target: hand-tagged sentences, no CoreNLP.
 */
class RelevanceTest {
  private static List<Event> events(Article a) {
    return new EventStage().apply(a).layers().events();
  }

  private static List<Event> events(String... sentences) {
    return events(EventFixture.article(sentences));
  }

  @Test
  void aSportsResultIsNoAssault() {
    assertEquals(List.of(), events("The/DT Canadiens/NNPS/ORGANIZATION defeated/VBD/O/defeat "
        + "the/DT Bruins/NNPS/ORGANIZATION 4-2/CD ./."));
  }

  @Test
  void citiesAsTeamsInAGameReportAreNoAssault() {
    Article a = EventFixture.withPlace(EventFixture.withPlace(EventFixture.article(
        "Winnipeg/NNP/LOCATION defeated/VBD/O/defeat Nashville/NNP/LOCATION after/IN "
            + "Hellebuyck/NNP/PERSON made/VBD 38/CD saves/NNS ./."),
        "Winnipeg", "CA", "PPL"), "Nashville", "US", "PPL");
    assertEquals(List.of(), events(a));
  }

  @Test
  void aTownAloneIsNoActor() {
    Article a = EventFixture.withPlace(EventFixture.article(
        "Winnipeg/NNP/LOCATION rejected/VBD/O/reject the/DT proposal/NN ./."),
        "Winnipeg", "CA", "PPL");
    assertEquals(List.of(), events(a));
  }

  @Test
  void aPersonActingOnAStateIsAnEventButNotOnAnotherPerson() {
    Article a = EventFixture.withPlace(EventFixture.article(
        "Biden/NNP/PERSON rejected/VBD/O/reject Iran/NNP/LOCATION 's/POS proposal/NN ./."),
        "Iran", "IR", "PCLI");
    assertEquals(1, events(a).size());
    assertEquals(List.of(), events("Steenburgen/NNP/PERSON rejected/VBD/O/reject "
        + "Smith/NNP/PERSON 's/POS proposal/NN ./."));
  }

  @Test
  void aNamedPersonArrestedByNoOneNamedIsAnArrest() {
    List<Event> es = events("Ingabire/NNP/PERSON was/VBD/O/be arrested/VBN/O/arrest on/IN "
        + "Monday/NNP ./.");
    assertEquals(1, es.size(), es.toString());
    assertEquals("COERCE", es.get(0).type());
  }

  @Test
  void aCompanyRejectingAProposalIsNoEventButAPartyIs() {
    assertEquals(List.of(), events("Lexus/NNP/ORGANIZATION rejected/VBD/O/reject the/DT "
        + "proposal/NN ./."));
    List<Event> party = events("The/DT Umma/NNP/ORGANIZATION Party/NNP/ORGANIZATION "
        + "rejected/VBD/O/reject the/DT proposal/NN ./.");
    assertEquals(1, party.size(), party.toString());
    assertEquals("REJECT", party.get(0).type());
  }

  @Test
  void aPresidentByTitleIsAPoliticalActor() {
    List<Event> es = events("President/NNP Dos/NNP/PERSON Santos/NNP/PERSON rejected/VBD/O/reject "
        + "the/DT proposal/NN ./.");
    assertEquals(1, es.size(), es.toString());
    assertEquals("GOV", es.get(0).actors().get(0).sector());
  }

  @Test
  void unnamedGunmenShootingPeopleAreAnAssaultWithoutACountry() {
    List<Event> es = events("Gunmen/NNS/O/gunman shot/VBD/O/shoot three/CD villagers/NNS ./.");
    assertEquals(1, es.size(), es.toString());
    assertEquals("ASSAULT", es.get(0).type());
  }

  @Test
  void whoReportsAnAttackIsNotItsTarget() {
    Article a = EventFixture.withPlace(EventFixture.article(
        "Rebels/NNS/O/rebel attacked/VBD/O/attack Palmyra/NNP/LOCATION ,/, ministry/NN "
            + "spokesman/NN Igor/NNP/PERSON Konashenkov/NNP/PERSON said/VBD/O/say ./."),
        "Palmyra", "SY", "PPL");
    List<Event> es = events(a);
    assertEquals(1, es.size(), es.toString());
    List<String> targets = es.get(0).recipients().stream().map(Event.Actor::name).toList();
    assertTrue(targets.stream().noneMatch(n -> n.contains("Konashenkov")), targets.toString());
  }

  @Test
  void anUnnamedPersonDetainedByNoOneNamedIsAnArrest() {
    // police reporting: "the driver was detained", whoever did it
    List<Event> es = events("The/DT driver/NN was/VBD/O/be detained/VBN/O/detain on/IN "
        + "Monday/NNP ./.");
    assertEquals(1, es.size(), es.toString());
    assertEquals("COERCE", es.get(0).type());
  }

  @Test
  void forceWithoutAModeWasANullPointer_theArticleKeepsItsEvents() {
    // a force reading with no mode and no one named: the gate must answer, not throw
    Article a = new EventStage().apply(EventFixture.article("The/DT building/NN was/VBD/O/be "
        + "attacked/VBN/O/attack on/IN Monday/NNP ./.",
        "Police/NNS/O/police arrested/VBD/O/arrest the/DT driver/NN ./."));
    assertTrue(a.layers().events().stream().anyMatch(e -> "COERCE".equals(e.type())),
        a.layers().events().toString());
  }

  @Test
  void troopersAreASecurityForce() {
    List<Event> es = events("Troopers/NNS/O/trooper arrested/VBD/O/arrest the/DT driver/NN ./.");
    assertEquals(1, es.size(), es.toString());
    assertEquals("COP", es.get(0).actors().get(0).sector());
  }

  @Test
  void aHeadlinePassiveWithAnAdverbKeepsWhoShotWhom() {
    // "man fatally shot by police outside store": police is the actor, the man the target
    List<Event> es = events("man/NN fatally/RB shot/VBN/O/shoot by/IN police/NNS/O/police "
        + "outside/IN store/NN");
    assertEquals(1, es.size(), es.toString());
    assertEquals("police", es.get(0).actors().get(0).name());
    assertEquals("man", es.get(0).recipients().get(0).name());
  }
}
