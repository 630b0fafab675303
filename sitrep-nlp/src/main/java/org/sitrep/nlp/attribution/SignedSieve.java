package org.sitrep.nlp.attribution;

import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;

/** "“…” ― Christina Lastra": a name right after a dash that follows the quotation. */
final class SignedSieve implements Sieve {
  @Override
  public Speaker find(Quotation q) {
    return signed(q.speech(), q.span());
  }

  /** "“…” ― Christina Lastra": a name right after a dash that follows the quotation. */
  static Speaker signed(Speech speech, Span q) {
    Doc doc = speech.doc;
    int t = doc.tokenAt(q.end());
    if (t >= doc.size() || !"―—–-".contains(doc.word(t)) || doc.start(t) - q.end() > 2) {
      return null;
    }
    if (t + 1 < doc.size()) {
      Mention m = speech.mentionAt(doc.start(t + 1));
      if (m != null && m.entity() != null && !speech.insideQuote(m.span().start())) {
        return new Speaker(m.entity(), Speech.via(m), new Span(doc.start(t), m.span().end()));
      }
      // A signature the recogniser missed: the run of capitalised words after the dash.
      int end = t + 1;
      while (end < doc.size() && doc.sameSentence(end, t + 1) && end < t + 6
          && doc.pos(end).startsWith("NNP")) {
        end++;
      }
      if (end > t + 2) {
        Span np = new Span(doc.start(t + 1), doc.end(end - 1));
        return new Speaker(-1, "description", new Span(doc.start(t), np.end()),
            doc.text.substring(np.start(), np.end()), np);
      }
    }
    return null;
  }
}
