package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SyntaxSieveTest {
  @Test
  void theSubjectOfTheVerbOfSayingTheQuotationHangsFromSpeaks() {
    Speech speech = Sieved.speech("Konashenkov/NNP/PERSON//2:nsubj said/VBD/O/say/0:root "
        + "“/``///5:punct Palmyra/NNP/LOCATION//5:nsubj fell/VBD/O/fall/2:ccomp ././//5:punct "
        + "”/''///5:punct");
    Speaker s = new SyntaxSieve().find(Sieved.quotation(speech, 0, null, null));
    assertEquals("name", s.via());
    assertEquals("Konashenkov", Sieved.name(speech, s));
  }

  @Test
  void accordingToAnOrganisationAfterTheQuotationIsItsSpeaker() {
    Speech speech = Sieved.speech("“/``///3:punct Palmyra/NNP/LOCATION//3:nsubj "
        + "fell/VBD/O/fall/0:root ,/,///3:punct ”/''///3:punct according/VBG///8:case "
        + "to/IN///6:fixed Reuters/NNP/ORGANIZATION//3:obl ././//3:punct");
    Speaker s = new SyntaxSieve().find(Sieved.quotation(speech, 0, null, null));
    assertEquals("organization", s.via());
    assertEquals("Reuters", Sieved.name(speech, s));
  }

  @Test
  void aSentenceWithNoSubjectOutsideTheQuotationHasNoSpeaker() {
    assertNull(Sieved.first(new SyntaxSieve(), "“/``///3:punct Palmyra/NNP/LOCATION//3:nsubj "
        + "fell/VBD/O/fall/0:root ././//3:punct ”/''///3:punct"));
  }
}
