package org.sitrep.nlp.attribution;

import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Lexicon;

/**
 * "Said Ellis: “…”": a sentence that opens with the verb of saying and its speaker before the
 * quotation (the tagger reads the capitalised verb as a name).
 */
final class InvertedSieve implements Sieve {
  @Override
  public Speaker find(Quotation q) {
    return inverted(q.speech(), q.span());
  }

  /**
   * "Said Ellis: “…”": a sentence that opens with the verb of saying and its speaker (the tagger
   * reads the capitalised verb as a name).
   */
  static Speaker inverted(Speech speech, Span q) {
    Doc doc = speech.doc;
    int open = doc.tokenAt(q.start());
    if (open >= doc.size()) {
      return null;
    }
    int first = doc.tokenAt(doc.sentences.get(doc.sentence(open)).start());
    if (first >= open - 1 || open - first > 8 || !Lexicon.INVERTED_SAY.contains(doc.lower(first))
        || !doc.capitalised(first)) {
      return null;
    }
    int end = open - 1;
    if (!doc.word(end).equals(":") && !doc.word(end).equals(",")) {
      return null;
    }
    Mention m = speech.mentionAt(doc.start(first + 1));
    if (m != null && m.entity() != null) {
      return new Speaker(m.entity(), Speech.via(m), new Span(doc.start(first), m.span().end()), null,
          m.span());
    }
    Integer named = speech.bySurname(end - 1);
    Span words = new Span(doc.start(first + 1), doc.end(end - 1));
    if (named != null) {
      return new Speaker(named, "name", new Span(doc.start(first), words.end()), null, words);
    }
    return doc.pos(first + 1).startsWith("NNP") ? new Speaker(-1, "description",
        new Span(doc.start(first), words.end()), doc.text.substring(words.start(), words.end()),
        words) : null;
  }
}
