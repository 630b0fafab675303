package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InvertedSieveTest {
  @Test
  void saidThenANameThenAColonIsThatNamesQuotation() {
    Speech speech = Sieved.speech(
        "Said/VBD/O/say Ellis/NNP/PERSON :/: “/`` We/PRP will/MD win/VB ./. ”/''");
    Speaker s = new InvertedSieve().find(Sieved.quotation(speech, 0, null, null));
    assertEquals("name", s.via());
    assertEquals("Ellis", Sieved.name(speech, s));
    assertEquals("Said Ellis", Sieved.text(speech, s.attribution()));
  }

  @Test
  void aSentenceNotOpeningWithSaidIsLeftToTheNextSieve() {
    assertNull(Sieved.first(new InvertedSieve(),
        "Then/RB Ellis/NNP/PERSON :/: “/`` We/PRP will/MD win/VB ./. ”/''"));
  }
}
