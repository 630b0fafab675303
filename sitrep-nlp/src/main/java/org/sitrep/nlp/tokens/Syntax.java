package org.sitrep.nlp.tokens;

import org.sitrep.nlp.doc.Doc;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.doc.Parse;

/**
 * Dependency syntax for the few sentences that need it: CoreNLP's neural dependency parser
 * (Chen &amp; Manning 2014, Universal Dependencies model) over the tokens and tags the article
 * already has. Loaded on first use (about a second, ~100 MB) and shared by every thread.
 * The quote stage parses only sentences that hold a quotation or a verb of saying; the rest of
 * the article never sees the parser.
 */
public final class Syntax {
  public static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  private static volatile Syntax instance;

  private final DependencyParser parser;

  private Syntax() {
    // CoreNLP's classifier spent its time in one unvectorised dot product per output label and
    // in a synchronised feature cache shared by the threads; FastScores computes the same
    // network with vectorisable loops and a lock-free cache of hidden-layer contributions
    // (4 KB each: 60,000 at most, 240 MB; 30 dev articles need ~40,000; CoreNLP's own, as
    // configured before, held 1 GB). If this CoreNLP is laid out differently, its own
    // classifier is kept. -Dsitrep.parser.cached=N sizes the cache; -Dsitrep.parser.stock=true
    // measures CoreNLP's.
    int cached = Integer.getInteger("sitrep.parser.cached", 60_000);
    DependencyParser p = null;
    if (!Boolean.getBoolean("sitrep.parser.stock")) {
      try {
        p = edu.stanford.nlp.parser.nndep.FastScores.load(MODEL, cached);
      } catch (IllegalStateException e) {
        System.err.println("sitrep: " + e.getMessage() + "; using CoreNLP's own (slower)");
      }
    }
    this.parser = p != null ? p : stock();
  }

  /** CoreNLP's parser as it comes, with caches sized for news text. */
  public static DependencyParser stock() {
    // CoreNLP caches the hidden layer's input for its 20,000 most frequent features and the
    // last 5,000 others by default; news text misses both often. 100,000 precomputed and
    // 50,000 cached made its annotation ~20% faster (bench annotate, session 5).
    java.util.Properties props = new java.util.Properties();
    props.setProperty("numPreComputed", "100000");
    props.setProperty("numCached", "50000");
    return DependencyParser.loadFromModelFile(MODEL, props);
  }

  public static Syntax get() {
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

  /** Parses tokens {@code from} to {@code to} (exclusive) of a document. */
  public Parse parse(Doc d, int from, int to) {
    return parse(d, from, to, offset -> null);
  }

  /**
   * Parses tokens {@code from} to {@code to} (exclusive), reading each long quotation that opens
   * and closes inside them as a three-word stand-in clause ("“ it is true , ”"): who says it
   * depends on the words around a quotation, not on its own, and the parser's cost grows with
   * every token it reads. The stand-in's words stand on the quotation's first three tokens;
   * the quotation's other tokens hang from the stand-in's head ("dep").
   *
   * @param quoteAt the quotation starting at a character offset, or null
   */
  public Parse parse(Doc d, int from, int to, java.util.function.IntFunction<org.sitrep.model.Span> quoteAt) {
    List<CoreLabel> words = new ArrayList<>(to - from);
    List<Integer> at = new ArrayList<>(to - from);
    int[] head = new int[to - from];
    String[] rel = new String[to - from];
    Arrays.fill(head, -2);
    List<int[]> collapsed = new ArrayList<>(); // {first hidden token, last hidden token, head}
    for (int i = from; i < to; ) {
      org.sitrep.model.Span q = quoteAt.apply(d.start(i));
      int close = -1;
      if (q != null) {
        for (int k = i + 1; k < to && d.start(k) < q.end(); k++) {
          close = d.end(k) == q.end() ? k : close;
        }
      }
      int innerLast = close - 1;
      boolean punct = innerLast > i && ",.?!".contains(d.word(innerLast));
      int innerEnd = punct ? innerLast - 1 : innerLast;
      if (close > 0 && innerEnd - i >= 6) {
        add(words, at, d, i, null, null);
        add(words, at, d, i + 1, "it", "PRP");
        add(words, at, d, i + 2, "is", "VBZ");
        add(words, at, d, i + 3, "true", "JJ");
        collapsed.add(new int[] {i + 4, innerEnd, i + 3});
        if (punct) {
          add(words, at, d, innerLast, null, null);
        }
        add(words, at, d, close, null, null);
        i = close + 1;
      } else {
        add(words, at, d, i, null, null);
        i++;
      }
    }
    GrammaticalStructure gs = parser.predict(words);
    for (TypedDependency td : gs.typedDependencies()) {
      int dep = td.dep().index() - 1;
      int gov = td.gov().index() - 1;
      if (dep < 0 || dep >= at.size()) {
        continue;
      }
      int t = at.get(dep) - from;
      head[t] = gov < 0 ? -1 : at.get(gov);
      rel[t] = td.reln().toString();
    }
    for (int[] c : collapsed) {
      for (int t = c[0]; t <= c[1]; t++) {
        head[t - from] = c[2];
        rel[t - from] = "dep";
      }
    }
    for (int t = 0; t < head.length; t++) {
      if (head[t] == -2) { // a token the parser did not attach: the root's child
        head[t] = -1;
        rel[t] = "root";
      }
    }
    return new Parse(from, head, rel);
  }

  private static void add(List<CoreLabel> words, List<Integer> at, Doc d, int i, String word,
                          String tag) {
    CoreLabel l = new CoreLabel();
    String w = word == null ? d.word(i) : word;
    l.setWord(w);
    l.setValue(w);
    l.setTag(tag == null ? d.pos(i) : tag);
    l.setIndex(words.size() + 1);
    words.add(l);
    at.add(i);
  }
}
