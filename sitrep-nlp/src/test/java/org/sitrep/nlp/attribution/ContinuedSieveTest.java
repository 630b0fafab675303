package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ContinuedSieveTest {
  /** The speaker of the first quotation, and what the sieve finds for the second. */
  private static Speaker[] second(String between) {
    Speech speech = Sieved.speech(
        "“/`` We/PRP win/VBP ,/, ”/'' Konashenkov/NNP/PERSON said/VBD/O/say ./.", between,
        "“/`` They/PRP lost/VBD ./. ”/''");
    Speaker before = new OwnSentenceSieve().find(Sieved.quotation(speech, 0, null, null));
    assertEquals("Konashenkov", Sieved.name(speech, before));
    return new Speaker[] {before, new ContinuedSieve().find(
        Sieved.quotation(speech, 1, speech.quotes.get(0), before))};
  }

  @Test
  void aQuotationGoingOnFromTheLastKeepsItsSpeaker() {
    Speaker[] s = second("The/DT town/NN fell/VBD/O/fall ./.");
    assertEquals("continued", s[1].via());
    assertEquals(s[0].entity(), s[1].entity());
    assertEquals(s[0].attribution(), s[1].attribution());
  }

  @Test
  void anotherPersonNamedBetweenEndsTheRun() {
    assertNull(second("Igor/NNP/PERSON Petrov/NNP/PERSON disagreed/VBD/O/disagree ./.")[1]);
  }

  @Test
  void theFirstQuotationContinuesNone() {
    assertNull(Sieved.first(new ContinuedSieve(), "“/`` They/PRP lost/VBD ./. ”/''"));
  }
}
