package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * An infinitive trigger after a word of ability, need or wish, or after a noun, is not an event
 * that happened; an attempt and a commitment are. Hand-tagged sentences, no CoreNLP.
 */
class UnrealisedTest {
  private static List<String> statuses(String sentence) {
    return new EventStage().apply(EventFixture.article(sentence)).layers().events().stream()
        .map(Event::status).toList();
  }

  @Test
  void notAbleToEndTheViolenceIsNoRejection() {
    assertEquals(List.of("hypothetical"), statuses("Police/NNS/O/police alone/RB are/VBP/O/be "
        + "not/RB able/JJ to/TO end/VB/O/end the/DT violence/NN ./."));
  }

  @Test
  void aPurposeAfterANounIsNotAsserted() {
    assertEquals(List.of("hypothetical"), statuses("Many/JJ protesters/NNS/O/protester "
        + "wear/VBP/O/wear masks/NNS to/TO shield/VB/O/shield their/PRP$ identities/NNS ./."));
  }

  @Test
  void anAttemptIsTheEventPloverCodes() {
    assertEquals(List.of("happened"), statuses("Rebels/NNS/O/rebel tried/VBD/O/try "
        + "to/TO attack/VB/O/attack the/DT army/NN base/NN ./."));
  }
}
