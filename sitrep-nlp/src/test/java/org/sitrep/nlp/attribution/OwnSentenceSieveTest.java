package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OwnSentenceSieveTest {
  @Test
  void theNameBeforeTheVerbOfSayingAfterTheQuotationSpeaks() {
    Speech speech = Sieved.speech(
        "“/`` We/PRP win/VBP ,/, ”/'' Konashenkov/NNP/PERSON said/VBD/O/say ./.");
    Speaker s = new OwnSentenceSieve().find(Sieved.quotation(speech, 0, null, null));
    assertEquals("name", s.via());
    assertEquals("Konashenkov", Sieved.name(speech, s));
    assertEquals("Konashenkov said", Sieved.text(speech, s.attribution()));
  }

  @Test
  void heIsTheLastManNamedBefore() {
    Speech speech = Sieved.speech("Igor/NNP/PERSON Konashenkov/NNP/PERSON spoke/VBD/O/speak ./.",
        "“/`` We/PRP win/VBP ,/, ”/'' he/PRP said/VBD/O/say ./.");
    Speaker s = new OwnSentenceSieve().find(Sieved.quotation(speech, 0, null, null));
    assertEquals("pronoun", s.via());
    assertEquals("Igor Konashenkov", Sieved.name(speech, s));
    assertEquals("he", Sieved.text(speech, s.mention()));
  }

  @Test
  void noVerbOfSayingNoSpeaker() {
    assertNull(Sieved.first(new OwnSentenceSieve(),
        "“/`` We/PRP win/VBP ,/, ”/'' Konashenkov/NNP/PERSON smiled/VBD/O/smile ./."));
  }
}
