package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dependency syntax for the few sentences that need it: CoreNLP's neural dependency parser
 * (Chen &amp; Manning 2014, Universal Dependencies model) over the tokens and tags the article
 * already has. Loaded on first use (about a second, ~100 MB) and shared by every thread.
 * The quote stage parses only sentences that hold a quotation or a verb of saying; the rest of
 * the article never sees the parser.
 */
final class Syntax {
  static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  private static volatile Syntax instance;

  private final DependencyParser parser;

  private Syntax() {
    this.parser = DependencyParser.loadFromModelFile(MODEL);
  }

  static Syntax get() {
    Syntax s = instance;
    if (s == null) {
      synchronized (Syntax.class) {
        s = instance;
        if (s == null) {
          s = new Syntax();
          instance = s;
        }
      }
    }
    return s;
  }

  /**
   * One parsed sentence: for each token (indexed from {@code first}, the sentence's first token
   * in the article), its head as an article token index (-1 for the root) and its relation.
   */
  record Parse(int first, int[] head, String[] rel) {
    int size() {
      return head.length;
    }

    boolean covers(int token) {
      return token >= first && token < first + head.length;
    }

    int headOf(int token) {
      return head[token - first];
    }

    String relOf(int token) {
      return rel[token - first];
    }

    /** Children of a token, in order. */
    List<Integer> children(int token) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < head.length; i++) {
        if (head[i] == token) {
          out.add(first + i);
        }
      }
      return out;
    }

    /** First and last token of the subtree under {@code token}. */
    int[] subtree(int token) {
      int lo = token;
      int hi = token;
      for (int i = 0; i < head.length; i++) {
        int t = first + i;
        if (dominates(token, t)) {
          lo = Math.min(lo, t);
          hi = Math.max(hi, t);
        }
      }
      return new int[] {lo, hi};
    }

    boolean dominates(int top, int t) {
      for (int k = 0; k <= head.length && t >= 0; k++) {
        if (t == top) {
          return true;
        }
        t = headOf(t);
      }
      return false;
    }
  }

  /** Parses tokens {@code from} to {@code to} (exclusive) of a document. */
  Parse parse(Doc d, int from, int to) {
    List<CoreLabel> words = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      CoreLabel l = new CoreLabel();
      String w = d.word(i);
      l.setWord(w);
      l.setValue(w);
      l.setTag(d.pos(i));
      l.setIndex(i - from + 1);
      words.add(l);
    }
    int[] head = new int[to - from];
    String[] rel = new String[to - from];
    Arrays.fill(head, -1);
    Arrays.fill(rel, "root");
    GrammaticalStructure gs = parser.predict(words);
    for (TypedDependency td : gs.typedDependencies()) {
      int dep = td.dep().index() - 1;
      int gov = td.gov().index() - 1;
      if (dep < 0 || dep >= head.length) {
        continue;
      }
      head[dep] = gov < 0 ? -1 : from + gov;
      rel[dep] = td.reln().toString();
    }
    return new Parse(from, head, rel);
  }
}
