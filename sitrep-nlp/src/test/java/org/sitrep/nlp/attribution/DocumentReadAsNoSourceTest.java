package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A document as the source ("the statement said", "a statement from the ministry said") was a
 * bare description, or the organisation named in it as if it spoke: it is the document, read
 * via "document", with its issuer.
 */
class DocumentReadAsNoSourceTest {
  private static final String MINISTRY =
      "The/DT Foreign/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION said/VBD/O/say in/IN a/DT"
      + " statement/NN that/IN talks/NNS failed/VBD/O/fail ./.";

  @Test
  void theStatementIsTheDocumentOfTheMinistryThatIssuedIt() {
    Speech speech = Sieved.speech(MINISTRY, "“/`` We/PRP will/MD return/VB ,/, ”/''"
        + " the/DT///8:det statement/NN///9:nsubj said/VBD/O/say/0:root ./.");
    Speaker s = Sieved.refined(speech, new SyntaxSieve());
    assertEquals("document", s.via());
    assertTrue(s.described());
    assertEquals("the statement", s.name());
    assertEquals("Foreign Ministry", speech.entities.get(s.organization()).name());
  }

  @Test
  void aStatementFromTheMinistryIsItsDocumentNotTheMinistry() {
    Speech speech = Sieved.speech("The/DT Foreign/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION"
        + " met/VBD/O/meet ./.", "“/`` We/PRP will/MD return/VB ,/, ”/'' a/DT statement/NN"
        + " from/IN the/DT ministry/NN said/VBD/O/say ./.");
    Speaker s = Sieved.refined(speech, new OwnSentenceSieve());
    assertEquals("document", s.via());
    assertEquals("a statement from the ministry", s.name());
    assertEquals("Foreign Ministry", speech.entities.get(s.organization()).name());
  }

  @Test
  void aReportNoOneIssuedHasNoIssuer() {
    Speech speech = Sieved.speech("“/`` We/PRP will/MD return/VB ,/, ”/'' the/DT///8:det"
        + " report/NN///9:nsubj says/VBZ/O/say/0:root ./.");
    Speaker s = Sieved.refined(speech, new SyntaxSieve());
    assertEquals("document", s.via());
    assertEquals(-1, s.organization());
  }
}
