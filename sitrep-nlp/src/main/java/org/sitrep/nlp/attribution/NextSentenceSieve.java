package org.sitrep.nlp.attribution;

import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.doc.Parse;

/**
 * A short attribution after the quotation in a sentence of its own, in its paragraph ("” Vitter
 * demanded."): the subject of that sentence's verb of saying or root verb, else its nearest verb
 * of saying's subject.
 */
final class NextSentenceSieve implements Sieve {
  @Override
  public Speaker find(Quotation q) {
    Speech speech = q.speech();
    int next = q.last() + 1;
    if (next >= speech.doc.sentences.size()
        || !q.paragraphs().same(q.span(), speech.doc.sentences.get(next))) {
      return null;
    }
    Speaker speaker = tail(speech, next, q.span());
    return speaker != null ? speaker : speech.nearest(next, q.span());
  }

  /**
   * The speaker of a short attribution that follows a quotation in a sentence of its own
   * ("” Vitter demanded."): the subject of that sentence's root verb.
   */
  static Speaker tail(Speech speech, int s, Span q) {
    Doc doc = speech.doc;
    Subjects syntax = speech.syntax;
    Span sentence = doc.sentences.get(s);
    if (sentence.start() > q.end() + 3 || sentence.end() - sentence.start() > 200) {
      return null;
    }
    Parse p = speech.parse(s);
    for (int t = p.first(); t < p.first() + p.size(); t++) {
      if (Cues.says(doc, t) && !speech.quoted[t]) {
        Speaker sp = syntax.subjectOf(p, t, q, 0);
        if (sp != null) {
          return sp;
        }
      }
    }
    for (int t = p.first(); t < p.first() + p.size(); t++) {
      if (p.headOf(t) < 0 && doc.pos(t).startsWith("VB") && !speech.quoted[t]) {
        return syntax.subjectOf(p, t, q, 0);
      }
    }
    return null;
  }
}
