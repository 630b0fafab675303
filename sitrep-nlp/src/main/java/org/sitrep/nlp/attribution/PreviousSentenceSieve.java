package org.sitrep.nlp.attribution;

import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.doc.Parse;

/**
 * The sentence before the quotation, in its paragraph: its nearest verb of saying's subject, else
 * (for a quotation that opens its sentence) the person that sentence is about.
 */
final class PreviousSentenceSieve implements Sieve {
  @Override
  public Speaker find(Quotation q) {
    Speech speech = q.speech();
    int first = q.first();
    if (first == 0 || !q.paragraphs().same(q.span(), speech.doc.sentences.get(first - 1))) {
      return null;
    }
    Speaker speaker = speech.nearest(first - 1, q.span());
    if (speaker == null && q.span().start() <= speech.doc.sentences.get(first).start() + 1) {
      speaker = previousSubject(speech, first - 1, q.span());
    }
    return speaker;
  }

  /**
   * A quotation that is a sentence of its own after a sentence about a named person, in one
   * paragraph: "Lawrence B. Cummings called him a master at bolting together deals. “He showed
   * again and again …”" — the person the sentence before is about.
   */
  static Speaker previousSubject(Speech speech, int s, Span q) {
    Doc doc = speech.doc;
    Subjects syntax = speech.syntax;
    Span sentence = doc.sentences.get(s);
    if (q.start() - sentence.end() > 3 || sentence.end() - sentence.start() > 600) {
      return null;
    }
    Parse p = speech.parse(s);
    for (int t = p.first(); t < p.first() + p.size(); t++) {
      // The root is a verb, or a predicate with its copula ("Viguerie is upbeat about …").
      if (p.headOf(t) < 0 && (doc.pos(t).startsWith("VB") || Subjects.hasChild(p, t, "cop"))
          && !speech.quoted[t]) {
        Speaker sp = syntax.subjectOf(p, t, q, 0);
        if (sp != null && !sp.described() && "PERSON".equals(speech.entities.get(sp.entity()).type())
            && !"pronoun".equals(sp.via())) {
          return sp;
        }
      }
    }
    return null;
  }
}
