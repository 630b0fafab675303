package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;

/**
 * A quotation opening the paragraph after "Viguerie is upbeat about Cruz’s chances …" had no
 * speaker: the person the sentence before is about was read only from a sentence whose root is
 * a verb, and a predicate with its copula ("is upbeat") is not one. The words are PolNeAR
 * v1.0.0 (no licence stated; research use, short excerpt), shortened.
 */
class PredicateWithACopulaBeforeAQuotationNotReadTest {
  private static final String[] VIGUERIE = {
      "Viguerie/NNP/PERSON//3:nsubj is/VBZ/O/be/3:cop upbeat/JJ///0:root about/IN///7:case"
          + " Cruz/NNP/PERSON//7:nmod:poss ’s/POS///5:case chances/NNS///3:obl ././//3:punct",
      "“/`` Not/RB only/RB can/MD Ted/NNP/PERSON Cruz/NNP/PERSON win/VB in/IN November/NNP"
          + " ./. ”/''"};

  @Test
  void theQuotationAfterAPredicateIsTheSubjectsOwn() {
    Speech speech = Sieved.speech(VIGUERIE);
    Doc d = speech.doc;
    char[] text = d.text.toCharArray();
    text[d.sentences.get(1).start() - 1] = '\n'; // a paragraph break between the sentences
    Span q = speech.quotes.get(0);
    Quotation quotation = new Quotation(speech, q, 1, 1, new Paragraphs(new String(text)), null,
        null);
    Speaker s = new PreviousParagraphSieve().find(quotation);
    assertEquals("name", s.via());
    assertEquals("Viguerie", Sieved.name(speech, s));
  }
}
