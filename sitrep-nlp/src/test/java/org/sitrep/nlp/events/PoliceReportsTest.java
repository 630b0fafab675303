package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;

/**
 * Police and conflict reporting, on hand-tagged sentences (no CoreNLP): passives with their
 * agent, force named by a noun, security forces, headlines and lower-case text, and the counts
 * of the dead, injured and arrested.
 */
class PoliceReportsTest {
  private static List<Event> events(Article a) {
    return new EventStage().apply(a).layers().events();
  }

  private static Event only(String sentence) {
    List<Event> es = events(EventFixture.article(sentence));
    assertEquals(1, es.size(), es.toString());
    return es.get(0);
  }

  private static List<String> names(List<Event.Actor> xs) {
    return xs.stream().map(Event.Actor::name).toList();
  }

  private static Event.Count count(Event e, String kind) {
    return e.counts().stream().filter(c -> c.kind().equals(kind)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " count: " + e));
  }

  @Test
  void arrestedByPoliceHadNoActor() {
    Article a = EventFixture.article("Three/CD men/NNS/O/man were/VBD/O/be arrested/VBN/O/arrest "
        + "by/IN police/NNS/O/police on/IN Tuesday/NNP/DATE ./.");
    int at = a.text().indexOf("Three men");
    a = a.withLayers(a.layers().withQuantities(List.of(new Quantity(new Span(at, at + 9),
        "Three men", 3, "exact", null, null, null, null, null, null, null, "arrested"))));
    List<Event> es = events(a);
    assertEquals(1, es.size(), es.toString());
    Event e = es.get(0);
    assertEquals("COERCE", e.type());
    assertEquals(List.of("police"), names(e.actors()));
    assertEquals("COP", e.actors().get(0).sector());
    assertEquals(List.of("men"), names(e.recipients()));
    assertEquals(3.0, count(e, "arrested").low());
  }

  @Test
  void arrestedByOfficersHadNoSector() {
    Event e = only("Two/CD people/NNS/O/people were/VBD/O/be arrested/VBN/O/arrest by/IN "
        + "officers/NNS/O/officer in/IN the/DT city/NN/O/city centre/NN/O/centre ./.");
    assertEquals(List.of("officers"), names(e.actors()));
    assertEquals("COP", e.actors().get(0).sector());
    assertEquals(List.of("people"), names(e.recipients()));
  }

  @Test
  void theArrestOfALeaderWithoutAHappenVerbWasNoEvent() {
    Event e = only("The/DT arrest/NN/O/arrest of/IN the/DT opposition/NN/O/opposition "
        + "leader/NN/O/leader sparked/VBD/O/spark anger/NN/O/anger ./.");
    assertEquals("COERCE", e.type());
    assertEquals("arrest", e.evidence().get(0).triggerText());
    assertTrue(names(e.recipients()).get(0).endsWith("leader"), e.recipients().toString());
  }

  @Test
  void clashesBetweenPoliceAndProtestersHadNoActors() {
    Event e = only("Clashes/NNS/O/clash between/IN police/NNS/O/police and/CC "
        + "protesters/NNS/O/protester left/VBD/O/leave 12/CD injured/VBN/O/injure ./.");
    assertEquals("ASSAULT", e.type());
    assertEquals(List.of("police", "protesters"), names(e.actors()));
    assertEquals(List.of("COP", "OPP"), e.actors().stream().map(Event.Actor::sector).toList());
    assertEquals(12.0, count(e, "injured").low());
  }

  @Test
  void aHeadlineVerbTaggedAsANounWasNoTrigger() {
    Event e = only("police/NN/O/police arrest/NN/O/arrest 3/CD in/IN raid/NN/O/raid on/IN "
        + "drugs/NNS/O/drug den/NN/O/den");
    assertEquals("COERCE", e.type());
    assertEquals(List.of("police"), names(e.actors()));
    assertEquals(3.0, count(e, "arrested").low());
  }

  @Test
  void aHeadlinePassiveWithoutAuxiliaryMadeItsVictimTheActor() {
    Event e = only("Man/NN/O/man arrested/VBN/O/arrest after/IN Leeds/NNP/LOCATION "
        + "stabbing/NN/O/stabbing");
    assertEquals("COERCE", e.type());
    assertEquals(List.of(), e.actors());
    assertEquals(List.of("Man"), names(e.recipients()));
  }

  @Test
  void aLowerCaseDemonymGaveNoCountry() {
    Event e = only("israeli/JJ/O/israeli troops/NNS/O/troop killed/VBD/O/kill two/CD "
        + "militants/NNS/O/militant in/IN gaza/NN/O/gaza ./.");
    assertEquals("ASSAULT", e.type());
    assertEquals("ISR", e.actors().get(0).country());
    assertEquals("MIL", e.actors().get(0).sector());
  }

  @Test
  void aLowerCaseWordIsACountryOnlyInASentenceWithoutCapitals() {
    EventDoc cased = EventFixture.doc(EventFixture.article(
        "Farmers/NNS/O/farmer sold/VBD/O/sell turkey/NN/O/turkey in/IN Paris/NNP/LOCATION ./."));
    assertNull(cased.caselessCountry[EventFixture.token(cased, "turkey")]);
    EventDoc caseless = EventFixture.doc(EventFixture.article(
        "troops/NNS/O/troop entered/VBD/O/enter north/JJ/O/north korea/NN/O/korea ./."));
    assertEquals("PRK", caseless.caselessCountry[EventFixture.token(caseless, "korea")]);
  }

  @Test
  void aManShotDeadHadNoDeadCount() {
    Event e = only("A/DT man/NN/O/man was/VBD/O/be shot/VBN/O/shoot dead/JJ/O/dead in/IN "
        + "the/DT street/NN/O/street ./.");
    assertEquals("ASSAULT", e.type());
    assertEquals(List.of("man"), names(e.recipients()));
    assertEquals(1.0, count(e, "dead").low(), e.toString());
  }

  @Test
  void aHeadlineVerbAfterAClauseOpenerWasNoTrigger() {
    Event e = only("two/CD dead/JJ/O/dead as/IN police/NN/O/police clash/NN/O/clash with/IN "
        + "protesters/NNS/O/protester");
    assertEquals("ASSAULT", e.type());
    assertEquals(List.of("police"), names(e.actors()));
    assertEquals(List.of("protesters"), names(e.recipients()));
    assertEquals(2.0, count(e, "dead").low());
  }

  @Test
  void aHeadlineArrestWithItsClosingStopWasNoEvent() {
    Event e = only("Councilwoman/NN/O/councilwoman arrested/VBD/O/arrest after/IN "
        + "incident/NN/O/incident at/IN home/NN/O/home ./.");
    assertEquals("COERCE", e.type());
    assertEquals("arrest", e.mode());
    assertEquals(List.of(), e.actors());
    assertEquals(List.of("Councilwoman"), names(e.recipients()));
  }

  @Test
  void anArrestOfAPronounWasNoEvent() {
    Event e = only("They/PRP/O/they were/VBD/O/be arrested/VBN/O/arrest on/IN "
        + "outstanding/JJ/O/outstanding warrants/NNS/O/warrant ./.");
    assertEquals("COERCE", e.type());
    assertEquals("arrest", e.mode());
  }

  @Test
  void arrestsMadeByAPronounWereNoEvent() {
    Event e = only("They/PRP/O/they also/RB/O/also made/VBD/O/make 13/CD DUI/NN/O/dui "
        + "arrests/NNS/O/arrest ./.");
    assertEquals("COERCE", e.type());
    assertEquals("arrest", e.mode());
  }

  @Test
  void anArrestInAPoliceRaidHadNoActor() {
    Event e = only("In/IN a/DT police/NN/O/police raid/NN/O/raid at/IN their/PRP$ home/NN/O/home "
        + "Thursday/NNP/DATE ,/, the/DT men/NNS/O/man were/VBD/O/be arrested/VBN/O/arrest ./.");
    assertEquals("arrest", e.mode());
    assertEquals(List.of("police"), names(e.actors()));
    assertEquals("COP", e.actors().get(0).sector());
  }

  @Test
  void aWalkerKilledByACarWasAnAttack() {
    List<Event> es = events(EventFixture.article("A/DT man/NN/O/man was/VBD/O/be hit/VBN/O/hit "
        + "by/IN a/DT car/NN/O/car and/CC killed/VBN/O/kill early/RB/O/early Sunday/NNP/DATE ./."));
    assertTrue(es.stream().noneMatch(e -> e.type().equals("ASSAULT")), es.toString());
  }

  @Test
  void aConvictionWasAnArrest() {
    List<Event> es = events(EventFixture.article("Jones/NNP/PERSON had/VBD/O/have "
        + "been/VBN/O/be convicted/VBN/O/convict in/IN 2004/CD/DATE of/IN selling/VBG/O/sell "
        + "drugs/NNS/O/drug ./."));
    assertTrue(es.stream().noneMatch(e -> "arrest".equals(e.mode())), es.toString());
  }

  @Test
  void immigrationAgentsHadNoSector() {
    Event e = only("Immigration/NN/O/immigration agents/NNS/O/agent arrested/VBD/O/arrest "
        + "239/CD people/NNS/O/people on/IN immigration/NN/O/immigration violations/NNS/O/violation ./.");
    assertEquals("arrest", e.mode());
    assertEquals("COP", e.actors().get(0).sector(), e.toString());
  }

  @Test
  void aHeadlineArrestWhoseSubjectOpensWithAParticipleWasNoEvent() {
    Event e = only("Fleeing/VBG/O/flee suspect/NN/O/suspect arrested/VBN/O/arrest ./.");
    assertEquals("COERCE", e.type());
    assertEquals("arrest", e.mode());
  }

  @Test
  void policeArrestingAtLeastTwentyStayedTheActors() {
    Event e = only("Police/NNS/O/police arrested/VBD/O/arrest at/IN least/JJS/O/least 20/CD "
        + "people/NNS/O/people ./.");
    assertEquals("arrest", e.mode());
    assertEquals(List.of("Police"), names(e.actors()));
  }
}
