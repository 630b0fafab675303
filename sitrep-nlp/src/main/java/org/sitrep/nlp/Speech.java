package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Mention;
import org.sitrep.model.QuoteMarks;
import org.sitrep.model.Span;

/**
 * Who says what: quotation spans, verbs of saying outside them, and the subject of each such
 * verb, found by rules over tags instead of a parser:
 * {@code ,” Konashenkov said} (name before the verb), {@code said Konashenkov} (after it),
 * {@code ,” he said} (a pronoun: the last person named before), {@code the ministry said}
 * (a nominal the entity stage resolved).
 */
final class Speech {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "we");

  final Doc doc;
  final List<Mention> mentions;
  final List<Span> quotes;
  private final boolean[] quoted;
  private final int[] quoteStarts;

  /** A speaker: the entity, how it was found, and the words that say it. */
  record Speaker(int entity, String via, Span attribution) {}

  Speech(Article a) {
    this.doc = new Doc(a);
    this.mentions = a.layers().mentions();
    this.quotes = quoteSpans(Cap.of(a.text()));
    this.quoteStarts = new int[quotes.size()];
    for (int i = 0; i < quotes.size(); i++) {
      quoteStarts[i] = quotes.get(i).start();
    }
    this.quoted = new boolean[doc.size()];
    for (int i = 0; i < doc.size(); i++) {
      quoted[i] = insideQuote(doc.start(i));
    }
  }

  /** Paired double quotation marks, marks included; an unclosed one runs to its paragraph's end. */
  static List<Span> quoteSpans(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        if (open >= 0) {
          out.add(new Span(open, i));
          open = -1;
        }
        continue;
      }
      int role = QuoteMarks.role(text, i, open >= 0 ? 1 : 0);
      if (role > 0 && open < 0) {
        open = i;
      } else if (role < 0 && open >= 0) {
        out.add(new Span(open, i + 1));
        open = -1;
      }
    }
    if (open >= 0) {
      out.add(new Span(open, text.length()));
    }
    return out;
  }

  boolean insideQuote(int offset) {
    // Quotations are sorted and do not overlap: only the last one starting before can hold it.
    int i = java.util.Arrays.binarySearch(quoteStarts, offset);
    int last = i >= 0 ? i - 1 : -i - 2;
    if (last < 0) {
      return false;
    }
    Span q = quotes.get(last);
    return offset > q.start() && offset < q.end() - 1;
  }

  /** Verbs of saying outside quotations in sentence {@code s}, as token indices. */
  List<Integer> sayVerbs(int sentence) {
    List<Integer> out = new ArrayList<>();
    Span s = doc.sentences.get(sentence);
    for (int i = doc.tokenAt(s.start()); i < doc.size() && doc.start(i) < s.end(); i++) {
      if (!quoted[i] && doc.pos(i).startsWith("VB") && Lexicon.SAY.contains(doc.lemma(i))) {
        out.add(i);
      }
    }
    return out;
  }

  /** The speaker of verb {@code v}, or null when no subject can be found. */
  Speaker subject(int v) {
    // Left: "Konashenkov said", "the ministry spokesman … said", "he said".
    for (int i = v - 1; i >= 0 && doc.sameSentence(i, v) && !quoted[i]; i--) {
      String pos = doc.pos(i);
      Mention m = mentionAt(doc.start(i));
      if (m != null && m.entity() != null) {
        return new Speaker(m.entity(), via(m), new Span(m.span().start(), doc.end(v)));
      }
      Speaker p = pronoun(i, v);
      if (p != null) {
        return p;
      }
      if (pos.equals("RB") || pos.startsWith("MD") || pos.startsWith("VB") && i == v - 1
          || pos.equals("HYPH") || doc.word(i).equals("also")) {
        continue; // "has also said", "would later say"
      }
      if (doc.word(i).equals(",")) {
        // "Steve Clarke, deputy administrator at NASA, said": step over the apposition.
        int c = previousComma(i, v);
        if (c > 0 && doc.sameSentence(c - 1, v) && !quoted[c - 1]) {
          Mention m2 = mentionAt(doc.start(c - 1));
          if (m2 != null && m2.entity() != null && !m2.type().equals("GROUP")) {
            return new Speaker(m2.entity(), via(m2), new Span(m2.span().start(), doc.end(v)));
          }
        }
      }
      break;
    }
    // Right: "said Konashenkov", "said the ministry".
    for (int i = v + 1; i < doc.size() && doc.sameSentence(i, v) && !quoted[i] && i <= v + 4; i++) {
      Mention m = mentionAt(doc.start(i));
      if (m != null && m.entity() != null) {
        return new Speaker(m.entity(), via(m), new Span(doc.start(v), m.span().end()));
      }
      Speaker p = pronoun(i, v);
      if (p != null) {
        return p;
      }
      if (!doc.pos(i).equals("DT") && !doc.pos(i).startsWith("JJ")
          && !doc.pos(i).startsWith("NN")) {
        break;
      }
    }
    return null;
  }

  /** The comma opening an apposition that ends at comma {@code i}, or -1. */
  private int previousComma(int i, int v) {
    for (int c = i - 1; c >= 0 && c > i - 30 && doc.sameSentence(c, v) && !quoted[c]; c--) {
      if (doc.word(c).equals(",")) {
        return c;
      }
      if (doc.pos(c).startsWith("VB") && Lexicon.SAY.contains(doc.lemma(c))) {
        return -1;
      }
    }
    return -1;
  }

  private Speaker pronoun(int i, int v) {
    String w = doc.lower(i);
    boolean person = PERSON_PRONOUNS.contains(w);
    if (!person && !GROUP_PRONOUNS.contains(w)) {
      return null;
    }
    // The last entity of the right kind mentioned before, outside quotations.
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.span().end() > doc.start(i) || m.entity() == null || insideQuote(m.span().start())) {
        continue;
      }
      boolean fits = person ? m.type().equals("PERSON")
          : m.type().equals("ORGANIZATION") || m.type().equals("GROUP");
      if (fits) {
        Span attribution = new Span(Math.min(doc.start(i), doc.start(v)),
            Math.max(doc.end(i), doc.end(v)));
        return new Speaker(m.entity(), "pronoun", attribution);
      }
    }
    return null;
  }

  /** The widest name-like mention covering an offset (groups last: they hold names). */
  Mention mentionAt(int offset) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.span().start() <= offset && offset < m.span().end()) {
        if (best == null || rank(m) < rank(best)
            || rank(m) == rank(best) && m.span().length() > best.span().length()) {
          best = m;
        }
      }
    }
    return best;
  }

  private static int rank(Mention m) {
    return m.type().equals("GROUP") ? 1 : 0;
  }

  private static String via(Mention m) {
    if ("nominal".equals(m.source())) {
      return "nominal";
    }
    return m.type().equals("PERSON") ? "name" : "organization";
  }

  /** The speaker of a sentence's reported speech: its nearest verb of saying with a subject. */
  Speaker claimant(int sentence, int offset) {
    Speaker best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int v : sayVerbs(sentence)) {
      Speaker s = subject(v);
      int distance = Math.abs(doc.start(v) - offset);
      if (s != null && distance < bestDistance) {
        best = s;
        bestDistance = distance;
      }
    }
    return best;
  }
}
