package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;

/**
 * A quotation that is a paragraph of its own, right after a paragraph that ends on a sentence
 * about the person who says it, had no speaker: every sieve looked only inside its paragraph.
 * It is the person that last sentence is about. The words are PolNeAR v1.0.0 (no licence
 * stated; research use, short excerpt), shortened.
 */
class QuotationOpeningTheNextParagraphUnattributedTest {
  private static final String[] CLINTON = {
      "Clinton/NNP/PERSON//2:nsubj responded/VBD/O/respond/0:root angrily/RB///2:advmod"
          + " ././//2:punct",
      "“/`` I/PRP am/VBP so/RB sick/JJ of/IN it/PRP ./. ”/''"};

  /** Quotation 0 of the article, with a paragraph break before sentence {@code at}. */
  private static Quotation quotation(Speech speech, int at) {
    Doc d = speech.doc;
    char[] text = d.text.toCharArray();
    text[d.sentences.get(at).start() - 1] = '\n'; // the space between the sentences
    Span q = speech.quotes.get(0);
    int first = d.sentence(d.tokenAt(q.start()));
    int last = d.sentence(d.tokenAt(q.end()) - 1);
    return new Quotation(speech, q, first, last, new Paragraphs(new String(text)), null, null);
  }

  @Test
  void theQuotationAfterClintonRespondedIsClintons() {
    Speech speech = Sieved.speech(CLINTON);
    Quotation q = quotation(speech, 1);
    assertNull(new PreviousSentenceSieve().find(q)); // it looks inside the paragraph only
    Speaker s = new PreviousParagraphSieve().find(q);
    assertEquals("name", s.via());
    assertEquals("Clinton", Sieved.name(speech, s));
  }

  @Test
  void aQuotationInTheSameParagraphIsLeftToThePreviousSentenceSieve() {
    Speech speech = Sieved.speech(CLINTON);
    assertNull(new PreviousParagraphSieve().find(Sieved.quotation(speech, 0, null, null)));
  }

  @Test
  void aParagraphEndingOnAPlaceGivesNoSpeaker() {
    Speech speech = Sieved.speech(
        "Palmyra/NNP/LOCATION//2:nsubj fell/VBD/O/fall/0:root ././//2:punct",
        "“/`` I/PRP am/VBP so/RB sick/JJ of/IN it/PRP ./. ”/''");
    assertNull(new PreviousParagraphSieve().find(quotation(speech, 1)));
  }
}
