package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "DeSantis said he has supported legislation …, which he called “a cartel for higher
 * education.”": the speaker is cited by the outermost pronoun for the same person ("he has
 * supported"), and the words that attributed the quotation were only that pronoun and its
 * verb, leaving out "which he called", the words the quotation hangs from. The words are PolNeAR
 * v1.0.0 (no licence stated; research use, short excerpt).
 */
class QuoteAttributionWithoutItsOwnPronounTest {
  private static final String SENTENCE = "DeSantis/NNP/PERSON//2:nsubj said/VBD/O/say/0:root"
      + " he/PRP///5:nsubj has/VBZ/O/have/5:aux supported/VBN/O/support/2:ccomp"
      + " legislation/NN///5:obj that/WDT///9:nsubj would/MD///9:aux"
      + " target/VB/O/target/6:acl:relcl the/DT///11:det power/NN///9:obj of/IN///15:case"
      + " regional/JJ///15:amod accreditation/NN///15:compound bodies/NNS///11:nmod"
      + " ,/,///15:punct which/WDT///19:obj he/PRP///19:nsubj called/VBD/O/call/15:acl:relcl"
      + " “/``///22:punct a/DT///22:det cartel/NN///19:xcomp for/IN///25:case"
      + " higher/JJR///25:amod education/NN///22:nmod ././//2:punct ”/''///2:punct";

  @Test
  void theAttributionRunsFromTheOuterPronounToTheQuotationsOwnVerb() {
    Speech speech = Sieved.speech(SENTENCE);
    Speaker s = new SyntaxSieve().find(Sieved.quotation(speech, 0, null, null));
    assertEquals("pronoun", s.via());
    assertEquals("DeSantis", Sieved.name(speech, s));
    String text = speech.doc.text;
    int outer = text.indexOf(" he ") + 1;
    int own = text.indexOf("which he called") + "which ".length();
    assertEquals(outer, s.mention().start(), "cited by the outermost pronoun");
    assertTrue(s.attribution().start() <= outer, Sieved.text(speech, s.attribution()));
    assertTrue(s.attribution().start() <= own && s.attribution().end() >= own + "he called".length(),
        Sieved.text(speech, s.attribution()));
  }
}
