package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "“…,” said the 46-year-old", "said one of two witnesses", "Another tweeted, “…”": the parse
 * makes an adjective, a number or a quantifier the subject of the verb of saying, and a
 * described speaker was read only from a noun, so the quotation went to an earlier speaker or
 * to none. The words are PolNeAR v1.0.0 (no licence stated; research use, short excerpt).
 */
class SpeakerDescribedByANumberOrAdjectiveTest {
  private static Speaker speaker(String sentence) {
    Speech speech = Sieved.speech(sentence);
    return new SyntaxSieve().find(Sieved.quotation(speech, 0, null, null));
  }

  @Test
  void saidThe46YearOldIsTheSpeaker() {
    Speaker s = speaker("“/`` Donald/NNP/PERSON//4:nsubj is/VBZ/O/be/4:cop"
        + " amazing/JJ///7:ccomp ,/,///4:punct ”/''///4:punct said/VBD/O/say/0:root"
        + " the/DT///9:det 46-year-old/JJ///7:nsubj ././//7:punct");
    assertEquals("description", s.via());
    assertEquals("the 46-year-old", s.name());
  }

  @Test
  void saidOneOfTwoWitnessesIsTheSpeaker() {
    Speaker s = speaker("“/`` It/PRP///4:nsubj was/VBD/O/be/4:cop unseemly/JJ///7:ccomp"
        + " ,/,///4:punct ”/''///4:punct said/VBD/O/say/0:root one/CD///7:nsubj"
        + " of/IN///11:case two/CD///11:nummod witnesses/NNS///8:nmod ././//7:punct");
    assertEquals("description", s.via());
    assertEquals("one of two witnesses", s.name());
  }

  @Test
  void anotherTweetedIsTheSpeaker() {
    Speaker s = speaker("Another/DT///2:nsubj tweeted/VBD/O/tweet/0:root ,/,///2:punct"
        + " “/``///6:punct Clinton/NNP/PERSON//6:nsubj thinks/VBZ/O/think/2:ccomp"
        + " ././//6:punct ”/''///6:punct");
    assertEquals("description", s.via());
    assertEquals("Another", s.name());
  }

  @Test
  void anAdjectiveWithoutItsArticleIsNoSpeaker() {
    assertNull(speaker("“/`` It/PRP///4:nsubj was/VBD/O/be/4:cop unseemly/JJ///7:ccomp"
        + " ,/,///4:punct ”/''///4:punct said/VBD/O/say/0:root"
        + " angry/JJ///7:nsubj ././//7:punct"));
  }
}
