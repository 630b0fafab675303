package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A quotation hanging from a clause that is not one of saying took that clause's subject as its
 * speaker even when it was a thing: "the balloons" spoke Trump's "I will win for you!" (PolNeAR
 * train, Breitbart 2016-07-21), "pledges" his "cheating", "three taxes" the press secretary's
 * words. Such a thing is no one's voice; a person, a group, an organisation, a document or a
 * thing that carries words ("the ad") still is.
 */
class ThingReadAsAQuotationsSpeakerTest {
  @Test
  void theBalloonsDoNotSpeak() {
    Speech speech = Sieved.speech("When/WRB///4:mark Trump/NNP/PERSON//4:nsubj "
        + "finally/RB///4:advmod wrapped/VBD/O/wrap/16:advcl up/RP///4:compound:prt "
        + "—/:///10:punct “/``///10:punct I/PRP///10:nsubj will/MD///10:aux "
        + "win/VB/O/win/16:parataxis !/.///10:punct ”/''///10:punct —/:///10:punct "
        + "the/DT///15:det balloons/NNS/O/balloon/16:nsubj cascaded/VBD/O/cascade/0:root "
        + "down/RB///16:advmod ././//16:punct");
    assertNull(new SyntaxSieve().find(Sieved.quotation(speech, 0, null, null)));
  }

  @Test
  void theAdStillSpeaks() {
    Speech speech = Sieved.speech("The/DT///2:det ad/NN/O/ad/3:nsubj shows/VBZ/O/show/0:root "
        + "Trump/NNP/PERSON//3:obj “/``///6:punct mocking/VBG/O/mock/3:xcomp a/DT///9:det "
        + "disabled/JJ///9:amod reporter/NN/O/reporter/6:obj ././//3:punct ”/''///6:punct");
    Speaker s = new SyntaxSieve().find(Sieved.quotation(speech, 0, null, null));
    assertEquals("description", s.via());
    assertEquals("The ad", Sieved.text(speech, s.mention()));
  }
}
