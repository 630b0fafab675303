package org.sitrep.nlp.attribution;

import java.util.Set;
import org.sitrep.model.Claim;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Lexicon;
import org.sitrep.nlp.rules.WordList;

/** What a headline (or a sentence like one) claims for the name before its colon or after its comma. */
final class HeadlineClaims {
  private final Speech speech;
  private final Doc doc;
  private final Claims claims;

  HeadlineClaims(Speech speech, Claims claims) {
    this.speech = speech;
    this.doc = speech.doc;
    this.claims = claims;
  }

  /**
   * "Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health": a sentence (most
   * often a headline) that opens with a named person or organisation and a colon claims what
   * follows for them, unless a quotation follows (the quotes layer reads that one).
   */
  Claim colonClaim(Span sentence, boolean headline) {
    int first = doc.tokenAt(sentence.start());
    if (first >= doc.size()) {
      return null;
    }
    Mention m = speech.mentionAt(doc.start(first));
    Speaker who;
    int colon;
    if (m != null && m.entity() != null && m.span().start() == doc.start(first)
        && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))) {
      // The colon must follow the name in its sentence: a name that ends the sentence, or the
      // article ("… Facebook Twitter Linkedin Mail"), has no token after it to read.
      colon = doc.tokenAt(m.span().end());
      if (!colonOf(colon, sentence)) {
        return null;
      }
      who = new Speaker(m.entity(), Speech.via(m), new Span(m.span().start(), doc.end(colon)), null,
          m.span());
    } else if (headline && (colon = headlineColon(first, sentence)) > 0) {
      // "Sanders: Clinton needs to …", "Poll: Clinton and Trump in dead heat": a headline's
      // label of one to three capitalised words is its source — the person named in the
      // article whose surname it is, else the words themselves.
      Span label = new Span(doc.start(first), doc.end(colon - 1));
      Integer named = colon - first == 1 ? speech.bySurname(first) : null;
      Span words = new Span(label.start(), doc.end(colon));
      who = named != null ? new Speaker(named, "name", words, null, label)
          : new Speaker(-1, "description", words, doc.text.substring(label.start(), label.end()),
              label);
    } else {
      return null;
    }
    int from = colon + 1;
    int to = doc.tokenAt(sentence.end()) - 1;
    if (to - from < 3 || doc.pos(from).equals("``")) {
      return null;
    }
    Span span = new Span(doc.start(from), doc.end(to));
    if (claims.mostlyQuoted(span)) {
      return null;
    }
    return claims.claim(span, who, new Span(doc.start(colon), doc.end(colon)));
  }

  /** Whether token {@code t} is a colon inside {@code sentence}. */
  private boolean colonOf(int t, Span sentence) {
    return t < doc.size() && doc.word(t).equals(":") && doc.start(t) < sentence.end();
  }

  /** Words that label a headline without being anyone's ("Watch:", "The Latest:"). */
  private static final Set<String> LABELS =
      WordList.load("/org/sitrep/nlp/attribution/headline-labels.words").words();

  /**
   * The colon after a headline's opening label of one to three capitalised words that are not a
   * generic label ("Watch:", "The Latest:"), or -1 ("Poll: …" is the poll's claim).
   */
  private int headlineColon(int first, Span sentence) {
    for (int t = first; t < first + 4 && t < doc.size() && doc.start(t) < sentence.end(); t++) {
      if (doc.word(t).equals(":")) {
        if (t == first) {
          return -1;
        }
        for (int k = first; k < t; k++) {
          if (LABELS.contains(doc.lower(k)) || doc.pos(k).equals("DT")) {
            return -1;
          }
        }
        return t;
      }
      if (!Character.isUpperCase(doc.word(t).charAt(0)) || !doc.pos(t).startsWith("NNP")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Trump Could Address Clean Energy, Lindsey Graham Says": a headline that ends with a comma,
   * a name and a verb of saying claims what comes before the comma for the person named.
   */
  Claim saysHeadline(Span sentence) {
    int first = doc.tokenAt(sentence.start());
    int last = doc.tokenAt(sentence.end()) - 1;
    while (last > first && doc.pos(last).equals(".")) {
      last--;
    }
    if (last - first < 5 || !Lexicon.INVERTED_SAY.contains(doc.lower(last))) {
      return null;
    }
    int comma = -1;
    for (int t = last - 1; t > last - 6 && t > first; t--) {
      if (doc.word(t).equals(",")) {
        comma = t;
        break;
      }
    }
    if (comma < first + 3) {
      return null;
    }
    Integer who = null;
    Mention m = null;
    for (int t = comma + 1; t < last && who == null; t++) {
      m = speech.mentionAt(doc.start(t));
      if (m != null && m.entity() != null && !"LOCATION".equals(m.type())) {
        who = m.entity();
      } else {
        m = null;
        who = speech.bySurname(t);
      }
    }
    if (who == null) {
      return null;
    }
    Span words = new Span(doc.start(comma + 1), doc.end(last));
    Span own = m != null ? m.span() : new Span(doc.start(comma + 1), doc.end(last - 1));
    Span span = new Span(doc.start(first), doc.end(comma - 1));
    if (claims.mostlyQuoted(span)) {
      return null;
    }
    return claims.claim(span, new Speaker(who, m != null ? Speech.via(m) : "name", words, null, own),
        new Span(doc.start(last), doc.end(last)));
  }
}
