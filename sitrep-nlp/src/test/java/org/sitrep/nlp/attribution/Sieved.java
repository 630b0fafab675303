package org.sitrep.nlp.attribution;

import org.sitrep.nlp.mention.Mentioned;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;

/** Tagged articles for the sieve tests: mentions and entities found, no CoreNLP loaded. */
final class Sieved {
  private Sieved() {}

  static Speech speech(String... sentences) {
    Article a = Mentioned.article(sentences);
    return new Speech(a);
  }

  /** Quotation {@code k} of the article, as the quote stage hands it to the sieves. */
  static Quotation quotation(Speech speech, int k, Span previous, Speaker previousSpeaker) {
    Doc d = speech.doc;
    Span q = speech.quotes.get(k);
    int first = d.sentence(Math.min(d.size() - 1, d.tokenAt(q.start())));
    int last = d.sentence(Math.max(0, Math.min(d.size() - 1, d.tokenAt(q.end()) - 1)));
    return new Quotation(speech, q, first, last, new Paragraphs(d.text), previous,
        previousSpeaker);
  }

  /** What {@code sieve} finds for the article's first quotation. */
  static Speaker first(Sieve sieve, String... sentences) {
    Speech speech = speech(sentences);
    return sieve.find(quotation(speech, 0, null, null));
  }

  /** The name of the entity a speaker stands for. */
  static String name(Speech speech, Speaker s) {
    return speech.entities.get(s.entity()).name();
  }

  /** The text of a span. */
  static String text(Speech speech, Span s) {
    return speech.doc.text.substring(s.start(), s.end());
  }

  /** What {@code sieve} finds for the first quotation, read as the quote stage reads it. */
  static Speaker refined(Speech speech, Sieve sieve) {
    return new Described(speech).refine(sieve.find(quotation(speech, 0, null, null)));
  }
}
