package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignedSieveTest {
  @Test
  void aNameAfterADashSignsTheQuotation() {
    Speech speech = Sieved.speech(
        "“/`` We/PRP will/MD win/VB ./. ”/'' ―/: Christina/NNP/PERSON Lastra/NNP/PERSON");
    Speaker s = new SignedSieve().find(Sieved.quotation(speech, 0, null, null));
    assertEquals("name", s.via());
    assertEquals("Christina Lastra", Sieved.name(speech, s));
  }

  @Test
  void capitalisedWordsTheRecogniserMissedAfterADashAreADescribedSigner() {
    Speaker s = Sieved.first(new SignedSieve(),
        "“/`` We/PRP will/MD win/VB ./. ”/'' ―/: Christina/NNP Lastra/NNP");
    assertTrue(s.described());
    assertEquals("description", s.via());
    assertEquals("Christina Lastra", s.name());
  }

  @Test
  void noDashNoSigner() {
    assertNull(Sieved.first(new SignedSieve(),
        "“/`` We/PRP will/MD win/VB ./. ”/'' Christina/NNP/PERSON Lastra/NNP/PERSON"));
  }
}
