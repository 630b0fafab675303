package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;

/** Claims (reported speech) on tagged sentences with their parse given: no CoreNLP. */
class ClaimsTest {
  @Test
  void aVerbOfSayingClaimsItsClauseForItsSubject() {
    Speech speech = Sieved.speech("Konashenkov/NNP/PERSON//2:nsubj said/VBD/O/say/0:root "
        + "that/IN///5:mark Palmyra/NNP/LOCATION//5:nsubj fell/VBD/O/fall/2:ccomp "
        + "on/IN///7:case Friday/NNP///5:obl ././//2:punct");
    List<Claim> claims = speech.claims();
    assertEquals(1, claims.size(), claims.toString());
    assertEquals("Palmyra fell on Friday", claims.get(0).content());
    assertEquals("Konashenkov", claims.get(0).claimantName());
    assertEquals("name", claims.get(0).via());
  }

  @Test
  void aHeadlineNameBeforeAColonClaimsWhatFollows() {
    Speech speech = Sieved.speech("Sanders/NNP/PERSON :/: Clinton/NNP/PERSON needs/VBZ/O/need "
        + "to/TO win/VB/O/win Ohio/NNP/LOCATION");
    List<Claim> claims = speech.claims();
    assertEquals(1, claims.size(), claims.toString());
    assertEquals("Clinton needs to win Ohio", claims.get(0).content());
    assertEquals("Sanders", claims.get(0).claimantName());
  }

  @Test
  void aQuotationIsNoClaim() {
    Speech speech = Sieved.speech("Konashenkov/NNP/PERSON//2:nsubj said/VBD/O/say/0:root "
        + "“/``///6:punct Palmyra/NNP/LOCATION//6:nsubj has/VBZ///6:aux fallen/VBN/O/fall/2:ccomp "
        + "”/''///6:punct");
    assertEquals(List.of(), speech.claims());
  }
}
