package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** The police scoring's reading of events and its keyword list (no CoreNLP). */
class PoliceEvalTest {
  private static Event event(String type, String mode, String sector, String trigger,
                             List<Event.Count> counts) {
    return new Event(null, type, mode, null,
        sector == null ? List.of() : List.of(new Event.Actor(null, "police", null, null, sector)),
        List.of(), null, null, counts, List.of(new Event.Evidence(null, null, trigger)), List.of(),
        "happened", 0.8);
  }

  @Test
  void policeConfiscatingDrugsWasForce() {
    assertEquals(Set.of(), PoliceEval.classes(List.of(event("COERCE", "seize", "COP",
        "confiscated", List.of()))));
  }

  @Test
  void anArrestByPoliceIsAnArrestWithThePoliceActing() {
    assertEquals(Set.of("arrest", "police-actor"), PoliceEval.classes(List.of(event("COERCE",
        "arrest", "COP", "arrested", List.of()))));
    assertEquals(Set.of("arrest"), PoliceEval.classes(List.of(event("COERCE", "detain", null,
        "detained", List.of()))));
  }

  @Test
  void aShootingByATrooperIsForceAndAKillingNeedsADeath() {
    assertEquals(Set.of("force"), PoliceEval.classes(List.of(event("ASSAULT", "firearms",
        "COP", "shot", List.of()))));
    assertEquals(Set.of("killing"), PoliceEval.classes(List.of(event("ASSAULT", null, null,
        "slain", List.of()))));
    assertEquals(Set.of("killing"), PoliceEval.classes(List.of(event("ASSAULT", "firearms",
        null, "shot", List.of(new Event.Count("dead", 2.0, 2.0, "two", null, null))))));
  }

  @Test
  void theKeywordListIsCaseBlindAndNeedsAPoliceWordForTheActor() {
    assertEquals(Set.of("arrest", "police-actor"),
        PoliceEval.keywordClasses("POLICE ARRESTED TWO MEN."));
    assertEquals(Set.of("arrest"), PoliceEval.keywordClasses("Two men were detained."));
    assertEquals(Set.of("killing", "force"), PoliceEval.keywordClasses("He was shot and killed."));
  }
}
