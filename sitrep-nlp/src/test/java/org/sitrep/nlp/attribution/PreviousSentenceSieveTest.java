package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PreviousSentenceSieveTest {
  @Test
  void aQuotationOpeningItsSentenceIsThePersonTheSentenceBeforeIsAbout() {
    Speech speech = Sieved.speech(
        "Cummings/NNP/PERSON//2:nsubj met/VBD/O/meet/0:root him/PRP///2:obj ././//2:punct",
        "“/`` He/PRP showed/VBD us/PRP ./. ”/''");
    Speaker s = new PreviousSentenceSieve().find(Sieved.quotation(speech, 0, null, null));
    assertEquals("name", s.via());
    assertEquals("Cummings", Sieved.name(speech, s));
  }

  @Test
  void aSentenceAboutAPlaceGivesNoSpeaker() {
    assertNull(Sieved.first(new PreviousSentenceSieve(),
        "Palmyra/NNP/LOCATION//2:nsubj fell/VBD/O/fall/0:root ././//2:punct",
        "“/`` He/PRP showed/VBD us/PRP ./. ”/''"));
  }
}
