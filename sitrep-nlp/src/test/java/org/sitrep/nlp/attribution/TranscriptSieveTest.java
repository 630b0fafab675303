package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TranscriptSieveTest {
  private static final String LINE = "“WALLACE:/NNP But/CC ,/, governor/NN ,/, why/WRB ?/. ”/''";

  @Test
  void aTranscriptLabelIsThePersonOfThatSurname() {
    Speech speech = Sieved.speech("Chris/NNP/PERSON Wallace/NNP/PERSON asked/VBD/O/ask ./.", LINE);
    Speaker s = new TranscriptSieve().find(Sieved.quotation(speech, 0, null, null));
    assertNotNull(s);
    assertEquals("transcript", s.via());
    assertEquals("Chris Wallace", Sieved.name(speech, s));
    assertEquals("WALLACE", Sieved.text(speech, s.mention()));
  }

  @Test
  void aTranscriptLabelOfNoOneNamedIsItsOwnWords() {
    Speaker s = Sieved.first(new TranscriptSieve(), LINE);
    assertTrue(s.described());
    assertEquals("WALLACE", s.name());
  }

  @Test
  void aQuotationWithNoLabelIsNotATranscript() {
    assertNull(Sieved.first(new TranscriptSieve(), "“We/PRP will/MD win/VB ./. ”/''"));
  }
}
