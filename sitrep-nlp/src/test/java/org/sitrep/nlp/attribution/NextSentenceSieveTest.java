package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NextSentenceSieveTest {
  @Test
  void aShortSentenceAfterTheQuotationNamesItsSpeakerAsItsSubject() {
    Speech speech = Sieved.speech("“/`` Stop/VB it/PRP ./. ”/''",
        "Vitter/NNP/PERSON//2:nsubj demanded/VBD/O/demand/0:root ././//2:punct");
    Speaker s = new NextSentenceSieve().find(Sieved.quotation(speech, 0, null, null));
    assertEquals("name", s.via());
    assertEquals("Vitter", Sieved.name(speech, s));
  }

  @Test
  void theLastSentenceHasNoNextOne() {
    assertNull(Sieved.first(new NextSentenceSieve(),
        "Vitter/NNP/PERSON demanded/VBD/O/demand it/PRP ./.", "“/`` Stop/VB it/PRP ./. ”/''"));
  }
}
