package org.sitrep.nlp.doc;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * One article as the rule-based stages read it: its text, sentences and tokens, and the views
 * derived from them, each computed once and shared by every stage that asks (the dependency
 * parse of the sentences that get one). {@link #of} hands every stage of one article the same
 * Doc while the tokens are the same.
 */
public final class Doc {
  private static final ThreadLocal<Doc> LAST = new ThreadLocal<>();

  /**
   * The Doc of {@code a}: the one the previous stage on this thread used when {@code a} has the
   * same text and tokens (the stages after the token stage add layers, never tokens), else a
   * new one.
   */
  public static Doc of(Article a) {
    Doc d = LAST.get();
    if (d != null && d.text == a.text() && d.tokens == a.layers().tokens()
        && d.sentences == a.layers().sentences()) {
      return d;
    }
    d = new Doc(a);
    LAST.set(d);
    return d;
  }

  private final java.util.Map<Integer, Parse> parses = new java.util.HashMap<>();
  private final java.util.Map<Class<?>, Object[]> views = new java.util.HashMap<>();

  /**
   * A stage's view of this document ({@code type}), made by {@code make} from the layers in
   * {@code inputs} and kept while a later stage asks with the same layer objects (the quote and
   * quantity stages share their reading of who speaks where).
   */
  public <T> T view(Class<T> type, List<?> inputs, java.util.function.Supplier<T> make) {
    Object[] held = views.get(type);
    if (held != null && sameObjects((List<?>) held[0], inputs)) {
      return type.cast(held[1]);
    }
    T v = make.get();
    views.put(type, new Object[] {inputs, v});
    return v;
  }

  private static boolean sameObjects(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The dependency parse of sentence {@code s}, made by {@code parser} the first time any stage
   * asks for it and kept for the others.
   */
  public Parse parse(int s, java.util.function.IntFunction<Parse> parser) {
    Parse p = parses.get(s);
    if (p == null) {
      p = parser.apply(s);
      parses.put(s, p);
    }
    return p;
  }

  public final String text;
  public final List<Token> tokens;
  public final List<Span> sentences;

  public Doc(Article a) {
    this.text = a.text();
    this.tokens = a.layers().tokens();
    this.sentences = a.layers().sentences();
  }

  public int size() {
    return tokens.size();
  }

  public String word(int i) {
    return tokens.get(i).span().of(text);
  }

  private String[] lowers;

  /** The word lower-cased, made once per token (the rules ask for it many times). */
  public String lower(int i) {
    if (lowers == null) {
      lowers = new String[tokens.size()];
    }
    String l = lowers[i];
    if (l == null) {
      l = word(i).toLowerCase(Locale.ROOT);
      lowers[i] = l;
    }
    return l;
  }

  public String lemma(int i) {
    String l = tokens.get(i).lemma();
    return l == null ? lower(i) : l.toLowerCase(Locale.ROOT);
  }

  public String pos(int i) {
    return tokens.get(i).pos();
  }

  public String ner(int i) {
    String n = tokens.get(i).ner();
    return n == null ? "O" : n;
  }

  public int sentence(int i) {
    return tokens.get(i).sentence();
  }

  public int start(int i) {
    return tokens.get(i).span().start();
  }

  public int end(int i) {
    return tokens.get(i).span().end();
  }

  public boolean capitalised(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  public boolean isHyphen(int i) {
    return "HYPH".equals(pos(i)) || word(i).equals("-");
  }

  public boolean sameSentence(int i, int j) {
    return i >= 0 && j >= 0 && i < size() && j < size() && sentence(i) == sentence(j);
  }

  /** Index of the first token starting at or after {@code offset}, or size(). */
  public int tokenAt(int offset) {
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
  public int lastToken(Span s) {
    return Math.max(tokenAt(s.start()), tokenAt(s.end()) - 1);
  }

  public String text(int from, int toInclusive) {
    return text.substring(start(from), end(toInclusive));
  }
}
