package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * The recall pass (hand-tagged sentences, no CoreNLP): arrests, killings and force by police
 * told outside the reader's first clause ("who was being detained", "who were slain", "when
 * policemen returned fire") were lost; they are events of low confidence, and only what
 * happened counts.
 */
class EventRecallTest {
  private static List<Event> events(String tagged) {
    return new EventStage().apply(EventFixture.article(tagged)).layers().events().stream()
        .filter(Event::happened).toList();
  }

  private static boolean anyTrigger(List<Event> es, String type, String trigger) {
    return es.stream().anyMatch(e -> type.equals(e.type()) && e.evidence().stream()
        .anyMatch(v -> trigger.equals(v.triggerText())));
  }

  @Test
  void anArrestInARelativeClauseWasLost() {
    List<Event> es = events("Crolley/NNP tried/VBD/O/try to/TO hit/VB/O/hit his/PRP$ wife/NN ,/, "
        + "who/WP was/VBD/O/be being/VBG/O/be detained/VBN/O/detain ./.");
    Event arrest = es.stream().filter(e -> "arrest".equals(e.mode())
        || "detain".equals(e.mode())).findFirst()
        .orElseThrow(() -> new AssertionError("no arrest: " + es));
    assertTrue(arrest.confidence() <= Recall.MOST_CONFIDENT, arrest.toString());
  }

  @Test
  void aKillingInARelativeClauseWasLost_slain() {
    List<Event> es = events("He/PRP named/VBD/O/name the/DT ones/NNS/O/one who/WP were/VBD/O/be "
        + "slain/VBN/O/slay at/IN the/DT church/NN ./.");
    assertTrue(anyTrigger(es, "ASSAULT", "slain"), es.toString());
  }

  @Test
  void aKillingTheTaggerReadsAsANounWasLost_shotToDeath() {
    List<Event> es = events("An/DT angry/JJ mob/NN shot/NN to/IN death/NN two/CD "
        + "sharecroppers/NNS/O/sharecropper ./.");
    assertTrue(anyTrigger(es, "ASSAULT", "shot to death"), es.toString());
  }

  @Test
  void policeReturningFireInASubordinateClauseWasNoForce() {
    List<Event> es = events("Allaw/NNP was/VBD/O/be wounded/VBN/O/wound when/WRB "
        + "policemen/NNS/O/policeman returned/VBD/O/return fire/NN ./.");
    Event force = es.stream().filter(e -> "ASSAULT".equals(e.type()) && e.actors().stream()
        .anyMatch(a -> "COP".equals(a.sector()))).findFirst()
        .orElseThrow(() -> new AssertionError("no force by police: " + es));
    assertEquals(List.of("policemen"), force.actors().stream().map(Event.Actor::name).toList());
  }

  @Test
  void aNegatedArrestStaysOut() {
    List<Event> es = events("The/DT relative/NN had/VBD/O/have never/RB been/VBN/O/be "
        + "arrested/VBN/O/arrest ./.");
    assertTrue(es.stream().noneMatch(e -> "COERCE".equals(e.type())), es.toString());
  }

  @Test
  void aShootingPoliceOnlyReportIsNoForceByThem() {
    List<Event> es = events("Paris/NNP had/VBD/O/have been/VBN/O/be shot/VBN/O/shoot once/RB ,/, "
        + "according/VBG/O/accord to/TO police/NNS/O/police ./.");
    assertTrue(es.stream().noneMatch(e -> e.actors().stream()
        .anyMatch(a -> "COP".equals(a.sector()))), es.toString());
  }

  /** Defect: the recall's events were numbered from e1 again, beside the reader's e1. */
  @Test
  void aRecalledEventBesideTheReadersHadTheSameId() {
    List<Event> es = new EventStage().apply(EventFixture.article(
        "Police/NNS arrested/VBD/O/arrest two/CD men/NNS ,/, who/WP were/VBD/O/be "
            + "slain/VBN/O/slay at/IN the/DT church/NN ./.")).layers().events();
    assertTrue(es.size() >= 2, es.toString());
    assertTrue(es.stream().anyMatch(e -> e.confidence() <= Recall.MOST_CONFIDENT
        && anyTrigger(List.of(e), "ASSAULT", "slain")), "the killing is recalled: " + es);
    assertEquals(es.size(), es.stream().map(Event::id).distinct().count(),
        "an article's event ids are unique: " + es.stream().map(Event::id).toList());
  }
}
