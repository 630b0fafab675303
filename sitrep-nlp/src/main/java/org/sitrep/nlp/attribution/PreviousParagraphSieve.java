package org.sitrep.nlp.attribution;

import org.sitrep.model.Span;

/**
 * A quotation that opens a paragraph of its own, with no word of who says it, after a paragraph
 * that ends on a sentence about a named person: "Clinton, clearly frustrated, responded by
 * pointing a finger in the woman’s face, …" then the paragraph "“I do not have — …”" — the
 * person that last sentence is about ({@link PreviousSentenceSieve#previousSubject}).
 */
final class PreviousParagraphSieve implements Sieve {
  @Override
  public Speaker find(Quotation q) {
    Speech speech = q.speech();
    int first = q.first();
    if (first == 0) {
      return null;
    }
    Span sentence = speech.doc.sentences.get(first);
    Span before = speech.doc.sentences.get(first - 1);
    if (q.span().start() > sentence.start() + 1 || q.paragraphs().same(q.span(), before)
        || !q.paragraphs().within(before, q.span(), 1)) {
      return null; // not the opening of the paragraph right after
    }
    return PreviousSentenceSieve.previousSubject(speech, first - 1, q.span());
  }
}
