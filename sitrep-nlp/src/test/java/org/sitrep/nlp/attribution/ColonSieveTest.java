package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ColonSieveTest {
  @Test
  void aSentenceEndingInAColonAnnouncesTheQuotationsSpeaker() {
    Speech speech = Sieved.speech(
        "Caddell/NNP/PERSON//2:nsubj continued/VBD/O/continue/0:root :/:///2:punct",
        "“/`` We/PRP lost/VBD ./. ”/''");
    Speaker s = new ColonSieve().find(Sieved.quotation(speech, 0, null, null));
    assertEquals("name", s.via());
    assertEquals("Caddell", Sieved.name(speech, s));
  }

  @Test
  void aSentenceEndingInAPeriodAnnouncesNoOne() {
    assertNull(Sieved.first(new ColonSieve(),
        "Caddell/NNP/PERSON//2:nsubj continued/VBD/O/continue/0:root ././//2:punct",
        "“/`` We/PRP lost/VBD ./. ”/''"));
  }
}
