package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A described speaker was read only when its whole phrase had fewer than twelve words, even
 * when only a clause or an aside after its head made it longer ("…,” said a strategist for one
 * of these candidates, speaking on the condition of anonymity to offer a strategic assessment."
 * had none); after an inverted verb of saying, only when its noun stood at most four words
 * after the verb ("said one former senior agency official" had none), and only from a noun when
 * the parse made it the verb's object ("said the 46-year-old"): the quotation went to an
 * earlier speaker or to none. A phrase that holds the quotation itself is still no speaker. The
 * words are PolNeAR v1.0.0 (no licence stated; research use, short excerpt).
 */
class DescribedSpeakerTooLongOrFarFromItsVerbTest {
  private static Speaker speaker(String sentence) {
    Speech speech = Sieved.speech(sentence);
    return new SyntaxSieve().find(Sieved.quotation(speech, 0, null, null));
  }

  @Test
  void aDescriptionWithAParticipleAsideIsTheSpeakerUpToTheAside() {
    Speaker s = speaker("“/`` I/PRP///3:nsubj think/VBP/O/think/9:ccomp it/PRP///6:nsubj"
        + " 's/VBZ/O/be/6:aux coming/VBG/O/come/3:ccomp ,/,///9:punct ”/''///9:punct"
        + " said/VBD/O/say/0:root a/DT///11:det strategist/NN///9:nsubj for/IN///13:case"
        + " one/CD///11:nmod of/IN///16:case these/DT///16:det candidates/NNS///13:nmod"
        + " ,/,///11:punct speaking/VBG/O/speak/11:acl on/IN///21:case the/DT///21:det"
        + " condition/NN///18:obl of/IN///23:case anonymity/NN///21:nmod to/TO///25:mark"
        + " offer/VB/O/offer/18:advcl a/DT///28:det strategic/JJ///28:amod"
        + " assessment/NN///25:obj ././//9:punct");
    assertEquals("description", s.via());
    assertEquals("a strategist for one of these candidates", s.name());
  }

  @Test
  void aDescriptionFiveWordsAfterItsVerbIsTheSpeaker() {
    Speaker s = speaker("“/`` Did/VBD/O/do/4:aux he/PRP///4:nsubj lose/VB/O/lose/11:ccomp"
        + " 20/CD///6:nummod minutes/NNS///4:obj ?/.///4:punct Probably/RB///11:advmod"
        + " ,/,///11:punct ”/''///11:punct said/VBD/O/say/0:root one/CD///16:nummod"
        + " former/JJ///16:amod senior/JJ///16:amod agency/NN///16:compound"
        + " official/NN///11:obj ././//11:punct");
    assertEquals("description", s.via());
    assertEquals("one former senior agency official", s.name());
  }

  @Test
  void anAdjectiveWithItsArticleReadAsTheObjectIsTheSpeaker() {
    Speaker s = speaker("“/`` Donald/NNP/PERSON//4:nsubj is/VBZ/O/be/4:cop"
        + " amazing/JJ///7:ccomp ,/,///4:punct ”/''///4:punct said/VBD/O/say/0:root"
        + " the/DT///9:det 46-year-old/JJ///7:obj ././//7:punct");
    assertEquals("description", s.via());
    assertEquals("the 46-year-old", s.name());
  }

  @Test
  void anAdjectiveWithoutItsArticleReadAsTheObjectIsNoSpeaker() {
    assertNull(speaker("“/`` Donald/NNP/PERSON//4:nsubj is/VBZ/O/be/4:cop"
        + " amazing/JJ///7:ccomp ,/,///4:punct ”/''///4:punct said/VBD/O/say/0:root"
        + " angry/JJ///7:obj ././//7:punct"));
  }

  @Test
  void aDescriptionHoldingTheQuotationIsNoSpeaker() {
    // "Candidates who think “…” are dangerously wrong," she said: the quotation is inside the
    // description's own clause; the candidates are who it is about, not who says it.
    assertNull(speaker("Candidates/NNS///19:nsubj who/WP///3:nsubj think/VBP/O/think/1:acl:relcl"
        + " “/``///8:punct America/NNP///8:nsubj no/RB///7:advmod longer/RB///8:advmod"
        + " has/VBZ/O/have/3:ccomp vital/JJ///11:amod national/JJ///11:amod"
        + " interests/NNS///8:obj at/IN///13:case stake/NN///11:nmod in/IN///16:case"
        + " this/DT///16:det region/NN///13:nmod are/VBP/O/be/19:cop"
        + " dangerously/RB///19:advmod wrong/JJ///23:ccomp ,/,///19:punct ”/''///19:punct"
        + " she/PRP///23:nsubj said/VBD/O/say/0:root ././//23:punct"));
  }
}
