package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * One person under a title, a surname and a full name became two speakers: "Sen. Jones", with
 * the title read into the name, was an entity apart from "Mary Jones", and "Dr. Brown", which
 * the recogniser missed, a description. Each is the person named in full.
 */
class TitledNameReadAsAnotherSpeakerTest {
  @Test
  void senJonesIsMaryJones() {
    Speech speech = Sieved.speech("Mary/NNP/PERSON Jones/NNP/PERSON arrived/VBD/O/arrive ./.",
        "“/`` We/PRP win/VBP ,/, ”/'' Sen./NNP/PERSON Jones/NNP/PERSON said/VBD/O/say ./.");
    Speaker found = new OwnSentenceSieve().find(Sieved.quotation(speech, 0, null, null));
    assertNotEquals("Mary Jones", Sieved.name(speech, found)); // the entities stay apart
    Speaker s = Sieved.refined(speech, new OwnSentenceSieve());
    assertEquals("Mary Jones", Sieved.name(speech, s));
    assertEquals("name", s.via());
  }

  @Test
  void twoJonesesLeaveTheSurnameAlone() {
    Speech speech = Sieved.speech("Mary/NNP/PERSON Jones/NNP/PERSON arrived/VBD/O/arrive ./.",
        "Tom/NNP/PERSON Jones/NNP/PERSON left/VBD/O/leave ./.",
        "“/`` We/PRP win/VBP ,/, ”/'' Sen./NNP/PERSON Jones/NNP/PERSON said/VBD/O/say ./.");
    Speaker s = Sieved.refined(speech, new OwnSentenceSieve());
    assertEquals("Jones", Sieved.name(speech, s));
  }

  @Test
  void drBrownTheRecogniserMissedIsAnnBrown() {
    Speech speech = Sieved.speech("Ann/NNP/PERSON Brown/NNP/PERSON arrived/VBD/O/arrive ./.",
        "“/`` We/PRP win/VBP ,/, ”/'' Dr./NNP///7:compound Brown/NNP///8:nsubj"
        + " said/VBD/O/say/0:root ./.");
    Speaker s = Sieved.refined(speech, new SyntaxSieve());
    assertEquals("Ann Brown", Sieved.name(speech, s));
    assertEquals("name", s.via());
  }
}
