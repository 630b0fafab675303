package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The token index and noun chunks the event rules read participants from: no CoreNLP. */
class EventDocTest {
  private static final String SENTENCE = "The/DT Syrian/JJ/NATIONALITY army/NN and/CC "
      + "police/NNS/O/police attacked/VBD/O/attack the/DT rebels/NNS/O/rebel of/IN "
      + "Islamic/NNP/ORGANIZATION State/NNP/ORGANIZATION ./.";

  @Test
  void aChunkRunsBackOverAndToItsFirstNominalWord() {
    EventDoc x = EventFixture.doc(EventFixture.article(SENTENCE));
    assertArrayEquals(new int[] {1, 4}, x.chunk(4, 0));
    assertNull(x.chunk(5, 0), "a verb ends no chunk");
  }

  @Test
  void aChunkRunsForwardOverOfACapitalisedName() {
    EventDoc x = EventFixture.doc(EventFixture.article(SENTENCE));
    assertArrayEquals(new int[] {7, 10}, x.chunkForward(7, x.d.size()));
  }

  @Test
  void anOrganisationNamesAChunkAndAGroupNounAloneDoesNot() {
    EventDoc x = EventFixture.doc(EventFixture.article(SENTENCE));
    assertTrue(x.named(9, 10), "Islamic State");
    assertFalse(x.named(7, 7), "rebels");
  }
}
