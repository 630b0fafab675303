package org.sitrep.nlp;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Read-only access to an article's tokens for the rule-based stages. */
final class Doc {
  final String text;
  final List<Token> tokens;
  final List<Span> sentences;

  Doc(Article a) {
    this.text = a.text();
    this.tokens = a.layers().tokens();
    this.sentences = a.layers().sentences();
  }

  int size() {
    return tokens.size();
  }

  String word(int i) {
    return tokens.get(i).span().of(text);
  }

  String lower(int i) {
    return word(i).toLowerCase(Locale.ROOT);
  }

  String lemma(int i) {
    String l = tokens.get(i).lemma();
    return l == null ? lower(i) : l.toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    return tokens.get(i).pos();
  }

  String ner(int i) {
    String n = tokens.get(i).ner();
    return n == null ? "O" : n;
  }

  int sentence(int i) {
    return tokens.get(i).sentence();
  }

  int start(int i) {
    return tokens.get(i).span().start();
  }

  int end(int i) {
    return tokens.get(i).span().end();
  }

  boolean capitalised(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  boolean isHyphen(int i) {
    return "HYPH".equals(pos(i)) || word(i).equals("-");
  }

  boolean sameSentence(int i, int j) {
    return i >= 0 && j >= 0 && i < size() && j < size() && sentence(i) == sentence(j);
  }

  /** Index of the first token starting at or after {@code offset}, or size(). */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start(mid) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Index of the last token of the words at {@code s} (the first one's when none starts inside
   * it; size() when no token starts at or after it).
   */
  int lastToken(Span s) {
    return Math.max(tokenAt(s.start()), tokenAt(s.end()) - 1);
  }

  String text(int from, int toInclusive) {
    return text.substring(start(from), end(toInclusive));
  }
}
