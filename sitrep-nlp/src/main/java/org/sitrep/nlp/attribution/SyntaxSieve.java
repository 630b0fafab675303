package org.sitrep.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.doc.Parse;
import org.sitrep.nlp.mention.Lexicon;
import org.sitrep.nlp.rules.WordList;

/**
 * The speaker by syntax, in the quotation's own sentences: the subject of the verb it hangs from
 * on the dependency parse (see {@link #syntactic}).
 */
final class SyntaxSieve implements Sieve {
  @Override
  public Speaker find(Quotation q) {
    Speaker speaker = null;
    for (int s = q.first(); s <= q.last() && speaker == null; s++) {
      speaker = syntactic(q.speech(), s, q.span());
    }
    return speaker;
  }

  /**
   * The speaker of quotation {@code q} found by syntax in sentence {@code s}: the subject of the
   * verb the quotation hangs from ("X said “…”", "“…,” said X", "X called Y “…”"), the object of
   * "according to", climbing through clauses that have no subject of their own ("X went on to
   * call it “…”"). Null when the sentence says nothing about who speaks.
   */
  static Speaker syntactic(Speech speech, int s, Span q) {
    Doc doc = speech.doc;
    Subjects syntax = speech.syntax;
    Span sentence = doc.sentences.get(s);
    if (sentence.end() - sentence.start() > 1500) {
      return null; // not a sentence a parser should see
    }
    Parse p = speech.parse(s);
    List<Integer> roots = new ArrayList<>();
    for (int t = p.first(); t < p.first() + p.size(); t++) {
      if (!Subjects.inside(q, doc.start(t)) || doc.pos(t).equals("``") || doc.pos(t).equals("''")) {
        continue;
      }
      int h = p.headOf(t);
      if (h < 0 || !Subjects.inside(q, doc.start(h))) {
        roots.add(t);
      }
    }
    for (int r : roots) {
      Speaker sp = null;
      if (p.headOf(r) < 0) {
        // The quotation holds the sentence's root: a verb of saying hanging from it
        // ("“…,” he said" parsed as parataxis) or "according to X".
        sp = syntax.according(p, r, q);
        for (int c : p.children(r)) {
          if (sp == null && !Subjects.inside(q, doc.start(c)) && Cues.says(doc, c)) {
            sp = syntax.subjectOf(p, c, q, 0);
            // "Protesters marching through the streets chanted “What curfew?”" parsed with
            // the verb as a loose dependent: the first subject before it.
            for (int t = p.first(); sp == null && t < c; t++) {
              if (p.relOf(t).startsWith("nsubj") && !speech.quoted[t]) {
                sp = syntax.speakerAt(p, t, c);
              }
            }
          }
        }
      } else {
        sp = syntax.according(p, r, q);
        // The nearest verb of saying above the quotation speaks for it ("She says Trump is
        // “unfit”"), else the nearest clause with a subject ("Trump called her “disgusting”").
        // A speaker only described ("the advertisement suggests") gives way to a named one
        // higher up ("Brad Holm said in the letter that the advertisement “…” suggests").
        Speaker described = null;
        for (int g = p.headOf(r), k = 0; sp == null && g >= 0 && k < 8; g = p.headOf(g), k++) {
          if (!Subjects.inside(q, doc.start(g)) && doc.pos(g).startsWith("VB") && Cues.saying(doc, g)) {
            int finite = syntax.ownSubject(p, g, q) ? -1 : syntax.finiteSayingBefore(p, g, q);
            sp = syntax.subjectOf(p, finite >= 0 ? finite : g, q, 0);
            if (sp != null && sp.described() && described == null && !syntax.human(sp)) {
              described = sp;
              sp = null;
            }
          }
        }
        // "…, according to X" anywhere above it, or anywhere in its sentence.
        for (int g = p.headOf(r), k = 0; sp == null && g >= 0 && k < 8; g = p.headOf(g), k++) {
          sp = syntax.according(p, g, q);
        }
        for (int t = p.first(); sp == null && t + 1 < p.first() + p.size(); t++) {
          if (doc.lower(t).equals("according") && doc.lower(t + 1).equals("to") && !speech.quoted[t]
              && p.relOf(t).equals("case") && p.headOf(t) >= 0) {
            sp = syntax.speakerAt(p, p.headOf(t), t);
          }
        }
        if (sp == null) {
          sp = described;
        }
        if (sp == null) {
          sp = syntax.subjectOf(p, p.headOf(r), q, 0);
          if (sp != null && sp.described() && !speaks(speech, sp)) {
            sp = null; // "the balloons cascaded down" is no one's voice: leave it to the rest
          }
        }
      }
      if (sp != null) {
        return sp;
      }
    }
    // A verb of saying after the quotation whose parse went astray ("…!" Scott's niece, state
    // Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.).
    for (int t = p.first(); t < p.first() + p.size(); t++) {
      if (doc.start(t) >= q.end() && !speech.quoted[t] && Cues.says(doc, t)) {
        Speaker sp = syntax.subjectOf(p, t, q, 0);
        if (sp != null) {
          return sp;
        }
      }
    }
    return null;
  }

  /**
   * Whether a described subject of a clause that is not one of saying can be the voice of a
   * quotation in it: a person ("the 34-year-old", "a source"), a group or an organisation by
   * its noun ("the campaign", "the group"), or a document ("the ad's script", "the report").
   * A thing ("pledges", "the balloons", "three taxes", "the use of her private server") is not.
   */
  static boolean speaks(Speech speech, Speaker sp) {
    if (speech.syntax.human(sp)) {
      return true;
    }
    Doc doc = speech.doc;
    int head = -1;
    for (int t = doc.tokenAt(sp.mention().start()); t < doc.size()
        && doc.end(t) <= sp.mention().end(); t++) {
      if (head >= 0 && (doc.pos(t).equals("IN") && !(doc.lower(t).equals("of")
          && SHARES.contains(doc.lower(head))) || doc.word(t).equals(","))) {
        break; // "the use of her server": the use; "52 percent of voters": voters
      }
      if (doc.pos(t).startsWith("NN") || doc.pos(t).equals("PRP")) {
        head = t;
      }
    }
    if (head < 0) {
      return true; // nothing to judge it by: as before
    }
    String l = doc.lemma(head).toLowerCase(java.util.Locale.ROOT);
    return doc.pos(head).startsWith("NNP") || doc.pos(head).equals("PRP") || nameLike(doc, head)
        || Described.DOCUMENTS.contains(l) || SPEAKING_THINGS.contains(l)
        || Lexicon.ORG_NOUNS.contains(l) || Lexicon.GROUP_NOUNS.contains(l)
        || Lexicon.ROLES.contains(l);
  }

  /**
   * A word the tagger read as a common noun that the article writes capitalised inside a
   * sentence, so a name it missed ("Politifact seized on …", "Politifact then ruled").
   */
  private static boolean nameLike(Doc doc, int head) {
    return doc.capitalised(head) && doc.view(CapitalisedWords.class, List.of(),
        () -> capitalisedWithin(doc)).words().contains(doc.word(head));
  }

  /** The words an article writes capitalised after a sentence's first word, read once a doc. */
  private record CapitalisedWords(java.util.Set<String> words) {}

  private static CapitalisedWords capitalisedWithin(Doc doc) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int t = 1; t < doc.size(); t++) {
      if (doc.capitalised(t) && doc.sameSentence(t - 1, t)) {
        out.add(doc.word(t));
      }
    }
    return new CapitalisedWords(out);
  }

  /** Nouns for a share of people, whose own head follows "of". */
  private static final java.util.Set<String> SHARES = java.util.Set.of("percent", "%",
      "majority", "minority", "plurality", "share", "half", "third", "quarter", "number");

  /** Nouns of things that carry someone's words (speaking-things.words). */
  private static final java.util.Set<String> SPEAKING_THINGS =
      WordList.load("/org/sitrep/nlp/attribution/speaking-things.words").words();
}
