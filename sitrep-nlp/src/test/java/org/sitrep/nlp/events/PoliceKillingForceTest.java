package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Span;

/**
 * Killings and force in police reporting as crime reports phrase them (hand-tagged sentences,
 * no CoreNLP): "fatally shot", "the homicide of", "an officer-involved shooting", and the
 * "killed the bill" of a legislature that is no killing.
 */
class PoliceKillingForceTest {
  private static List<Event> events(String tagged) {
    return new EventStage().apply(EventFixture.article(tagged)).layers().events().stream()
        .filter(Event::happened).toList();
  }

  @Test
  void aCommitteeThatKilledTheBillKilledSomeone() {
    List<Event> es = events("The/DT committee/NN/O/committee killed/VBD/O/kill the/DT "
        + "bill/NN/O/bill on/IN Thursday/NNP ./.");
    assertTrue(es.stream().noneMatch(e -> "ASSAULT".equals(e.type())), es.toString());
    assertEquals(Set.of(), PoliceEval.classes(es, "The committee killed the bill on Thursday ."));
  }

  @Test
  void fatallyShotHadNoDeath() {
    List<Event> es = events("Officers/NNS/O/officer fatally/RB shot/VBD/O/shoot a/DT "
        + "man/NN/O/man ./.");
    Event e = es.stream().filter(x -> "ASSAULT".equals(x.type())).findFirst()
        .orElseThrow(() -> new AssertionError("no assault: " + es));
    assertTrue(e.counts().stream().anyMatch(c -> "dead".equals(c.kind())), e.toString());
  }

  @Test
  void theHomicideOfAWomanWasNoKillingAndThePoliceInvestigatingItNoKiller() {
    List<Event> es = events("Police/NNS/O/police are/VBP/O/be investigating/VBG/O/investigate "
        + "the/DT homicide/NN/O/homicide of/IN a/DT woman/NN/O/woman ./.");
    Event e = es.stream().filter(x -> "ASSAULT".equals(x.type())).findFirst()
        .orElseThrow(() -> new AssertionError("no killing: " + es));
    assertTrue(e.actors().stream().noneMatch(a -> "COP".equals(a.sector())), e.toString());
  }

  @Test
  void anOfficerInvolvedShootingWasNoForceByPolice() {
    List<Event> es = events("It/PRP was/VBD/O/be the/DT third/JJ officer-involved/JJ "
        + "shooting/NN/O/shooting this/DT year/NN ./.");
    assertTrue(es.stream().anyMatch(e -> "ASSAULT".equals(e.type()) && e.actors().stream()
        .anyMatch(a -> EventAcled.armed(a.sector()))), es.toString());
  }

  private static Event assault(String text, String trigger) {
    int at = text.indexOf(trigger);
    return new Event(null, "ASSAULT", null, null, List.of(), List.of(), null, null, List.of(),
        List.of(new Event.Evidence(new Span(0, text.length()), new Span(at, at + trigger.length()),
            trigger)), List.of(), "happened", 0.8);
  }

  @Test
  void theScoringReadOnlyTheTriggerSoFatallyStabbedWasNoKilling() {
    String s = "A man was fatally stabbed in the parking lot.";
    assertEquals(Set.of("killing"), PoliceEval.classes(List.of(assault(s, "stabbed")), s));
    String t = "A man died after being shot in the chest.";
    assertEquals(Set.of("killing"), PoliceEval.classes(List.of(assault(t, "died")), t));
    String u = "He was found dead with a gunshot wound.";
    assertEquals(Set.of("killing"), PoliceEval.classes(List.of(assault(u, "found")), u));
    String v = "He died in January 2008 at home.";
    assertFalse(PoliceEval.classes(List.of(assault(v, "died")), v).contains("killing"));
    String w = "He was shot twice in the arm.";
    assertFalse(PoliceEval.classes(List.of(assault(w, "shot")), w).contains("killing"));
  }
}
