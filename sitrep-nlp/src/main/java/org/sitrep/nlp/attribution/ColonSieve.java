package org.sitrep.nlp.attribution;

import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.doc.Parse;

/**
 * The speaker announced by the sentence just before the quotation when it ends with a colon
 * ("Caddell continued:", "The New York Times reports:"): the subject of its verb of saying, else
 * of its root.
 */
final class ColonSieve implements Sieve {
  @Override
  public Speaker find(Quotation q) {
    return q.first() > 0 ? announced(q.speech(), q.first() - 1, q.span()) : null;
  }

  /**
   * The speaker announced by a sentence that ends with a colon ("Caddell continued:", "The New
   * York Times reports:"): the subject of its verb of saying, else of its root.
   */
  static Speaker announced(Speech speech, int s, Span q) {
    Doc doc = speech.doc;
    Subjects syntax = speech.syntax;
    Span sentence = doc.sentences.get(s);
    String text = doc.text.substring(sentence.start(), sentence.end()).strip();
    if (!text.endsWith(":") || q.start() - sentence.end() > 3 || text.length() > 400) {
      return null;
    }
    Parse p = speech.parse(s);
    Speaker best = null;
    for (int t = p.first(); t < p.first() + p.size() && best == null; t++) {
      if (doc.pos(t).startsWith("VB") && Cues.saying(doc, t) && !speech.quoted[t]) {
        best = syntax.subjectOf(p, t, q, 0);
      }
    }
    for (int t = p.first(); t < p.first() + p.size() && best == null; t++) {
      if (p.headOf(t) < 0 && !speech.quoted[t]) {
        best = syntax.subjectOf(p, t, q, 0);
      }
    }
    return best;
  }
}
