package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The same network as CoreNLP's {@link Classifier} (Chen &amp; Manning 2014: embeddings, one
 * cube-activated hidden layer, a linear output layer), scored with loops the JIT turns into
 * vector instructions, for inference only. Part of Sitrep (GPL-3.0-or-later), placed in
 * CoreNLP's package because {@code computeScores} is package-private there.
 *
 * <p>Why: in Sitrep's annotation the parser's time went to {@code ArrayMath.dotProduct} — one
 * dependent chain of additions per output label (83 labels × 1,000 hidden units for the English
 * UD model), which the JIT cannot vectorise — and to a synchronised least-recently-used cache
 * shared by every thread. Here the output layer is a sum of scaled columns
 * ({@code scores += W2[:, j] · h[j]}, W2 stored transposed), by {@link VectorKernels} when the
 * JVM has the Vector API module and by plain loops (four columns per pass) otherwise; the hidden
 * layer starts from every feature slot holding its NULL token and adds only the other slots'
 * differences from NULL, from a lock-free map filled on first use; and the arithmetic is in
 * float (CoreNLP sums in double): a score can differ in its last bits, so {@code SyntaxTest}
 * checks that the parses of real sentences are the same.
 */
public final class FastScores extends Classifier {
  private final int hidden;
  private final int embedding;
  private final float[][] e;
  private final float[] b1;
  /** W1 transposed: one row of {@code hidden} weights per input (feature slot × dimension). */
  private final float[][] w1t;
  /**
   * W2 transposed: for each hidden unit a row of {@code padded} weights (the labels, then zeros
   * up to a multiple of 16, so that the vector loop needs no scalar tail).
   */
  private final float[][] w2t;
  /** W2 transposed and flat, {@code hidden × padded}, for {@link VectorKernels} (else null). */
  private final float[] w2flat;
  private final int padded;
  private final int labels;
  private final int maxCached;
  private final ConcurrentHashMap<Integer, float[]> contributions = new ConcurrentHashMap<>();

  private FastScores(Config config, float[][] e, float[][] w1, float[] b1, float[][] w2,
                     int maxCached, int[] nullToken, boolean vector) {
    super(config, e, w1, b1, w2, List.of());
    this.vector = vector;
    this.nullToken = nullToken;
    this.hidden = w1.length;
    this.embedding = e[0].length;
    this.e = e;
    this.b1 = b1;
    this.labels = w2.length;
    this.maxCached = maxCached;
    int inputs = w1[0].length;
    this.w1t = new float[inputs][hidden];
    for (int i = 0; i < hidden; i++) {
      for (int k = 0; k < inputs; k++) {
        w1t[k][i] = w1[i][k];
      }
    }
    int block = vector ? VectorKernels.BLOCK : 16;
    this.padded = (labels + block - 1) / block * block;
    float[][] rows = new float[hidden][padded];
    for (int l = 0; l < labels; l++) {
      for (int j = 0; j < hidden; j++) {
        rows[j][l] = w2[l][j];
      }
    }
    this.w2t = vector ? null : rows;
    this.w2flat = vector ? new float[hidden * padded] : null;
    if (vector) {
      for (int j = 0; j < hidden; j++) {
        System.arraycopy(rows[j], 0, w2flat, j * padded, padded);
      }
    }
    this.nullContribution = new float[nullToken.length][];
    this.base = b1.clone();
    for (int f = 0; f < nullToken.length; f++) {
      nullContribution[f] = raw(nullToken[f], f);
      axpy(base, nullContribution[f], 1f);
    }
  }

  /**
   * What every slot's NULL token adds to the hidden layer: subtracted from each cached
   * contribution, and summed (with the bias) into {@link #base}.
   */
  private final float[][] nullContribution;
  /** The bias plus the contributions of every slot holding its NULL token. */
  private final float[] base;

  /**
   * Whether the Vector API kernels run: the JVM was started with
   * {@code --add-modules jdk.incubator.vector} and {@code -Dsitrep.parser.vector=false} is not
   * set. Else the plain loops below (about half as fast on the output layer).
   */
  public static final boolean VECTOR = vectorModule()
      && !"false".equals(System.getProperty("sitrep.parser.vector"));

  /** Whether this JVM has the Vector API module ({@code --add-modules jdk.incubator.vector}). */
  public static boolean vectorModule() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  /** This instance's kernels: {@link VectorKernels} or the plain loops. */
  private final boolean vector;
  /**
   * Per feature slot, the id of its NULL token (no such word, tag or label: an empty stack or
   * buffer position, a missing child) — most children slots in most configurations.
   */
  private final int[] nullToken;

  /**
   * Loads {@code model} with CoreNLP and swaps its classifier for this one.
   *
   * @param maxCached how many (feature slot, word) hidden-layer contributions to keep, each
   *     {@code 4 × hidden} bytes; past it new ones are computed each time
   * @throws IllegalStateException when this CoreNLP's parser is not laid out as expected (the
   *     caller then keeps CoreNLP's own classifier)
   */
  public static DependencyParser load(String model, int maxCached) {
    return load(model, maxCached, VECTOR);
  }

  /**
   * As {@link #load(String, int)}, choosing the kernels: {@code vector} needs the Vector API
   * module ({@link #vectorModule()}).
   */
  public static DependencyParser load(String model, int maxCached, boolean vector) {
    if (vector && !vectorModule()) {
      throw new IllegalArgumentException("the JVM lacks --add-modules jdk.incubator.vector");
    }
    Properties props = new Properties();
    props.setProperty("numPreComputed", "0"); // this class keeps its own, filled on use
    props.setProperty("numCached", "0");
    DependencyParser parser = DependencyParser.loadFromModelFile(model, props);
    try {
      Field f = DependencyParser.class.getDeclaredField("classifier");
      f.setAccessible(true);
      Classifier stock = (Classifier) f.get(parser);
      // CoreNLP's feature layout: 18 word slots, 18 tag slots, 12 label slots.
      Config config = new Config(props);
      int[] nullToken = new int[config.numTokens];
      for (int k = 0; k < nullToken.length; k++) {
        nullToken[k] = k < 18 ? parser.getWordID(Config.NULL)
            : k < 36 ? parser.getPosID(Config.NULL) : parser.getLabelID(Config.NULL);
      }
      f.set(parser, new FastScores(config, stock.getE(), stock.getW1(), stock.getb1(),
          stock.getW2(), maxCached, nullToken, vector));
      return parser;
    } catch (ReflectiveOperationException | RuntimeException ex) {
      throw new IllegalStateException("cannot replace the parser's classifier: " + ex, ex);
    }
  }

  @Override
  double[] computeScores(int[] feature) {
    if (feature[0] == nullToken[0]) {
      // The third word on the stack is missing: the stack holds at most the root and one word,
      // and then the arc-standard system allows exactly one transition (shift, or the final
      // arc to the root when the buffer is empty). The parser takes the first allowed
      // transition whatever the scores, so none are computed.
      return new double[labels];
    }
    // The hidden layer starts from every slot holding NULL (the bias included), and only the
    // slots that hold something else add their difference from NULL.
    float[][] c = new float[feature.length][];
    int active = 0;
    for (int f = 0; f < feature.length; f++) {
      if (feature[f] != nullToken[f]) {
        c[active++] = contribution(feature[f], f);
      }
    }
    float[] h = new float[hidden];
    if (vector) {
      VectorKernels.hidden(c, active, base, h);
      float[] s = new float[padded];
      VectorKernels.output(w2flat, padded, h, s);
      return scores(s);
    }
    System.arraycopy(base, 0, h, 0, hidden);
    int j = 0;
    for (; j + 3 < active; j += 4) {
      add4(h, c[j], c[j + 1], c[j + 2], c[j + 3]);
    }
    for (; j < active; j++) {
      axpy(h, c[j], 1f);
    }
    for (int i = 0; i < hidden; i++) {
      float x = h[i];
      h[i] = x * x * x;
    }
    float[] s = new float[padded];
    int u = 0;
    for (; u + 3 < hidden; u += 4) {
      axpy4(s, w2t[u], w2t[u + 1], w2t[u + 2], w2t[u + 3], h[u], h[u + 1], h[u + 2], h[u + 3]);
    }
    for (; u < hidden; u++) {
      axpy(s, w2t[u], h[u]);
    }
    return scores(s);
  }

  /** The labels' scores, as CoreNLP's parser takes them, from the padded float sums. */
  private double[] scores(float[] s) {
    double[] scores = new double[labels];
    for (int l = 0; l < labels; l++) {
      scores[l] = s[l];
    }
    return scores;
  }

  // The loops below are written so that HotSpot's C2 compiles them to vector instructions: one
  // index over arrays of the same length, four rows per pass so that the sum stays in registers
  // longer (measured: 4 rows ~3x faster than 1 on this model; 8 rows defeat the vectoriser).

  private static void add4(float[] s, float[] a, float[] b, float[] c, float[] d) {
    for (int i = 0; i < s.length; i++) {
      s[i] += (a[i] + b[i]) + (c[i] + d[i]);
    }
  }

  private static void axpy4(float[] s, float[] w0, float[] w1, float[] w2, float[] w3, float x0,
                            float x1, float x2, float x3) {
    for (int l = 0; l < s.length; l++) {
      s[l] += (w0[l] * x0 + w1[l] * x1) + (w2[l] * x2 + w3[l] * x3);
    }
  }

  private static void axpy(float[] s, float[] w, float x) {
    for (int l = 0; l < s.length; l++) {
      s[l] += w[l] * x;
    }
  }

  /**
   * What word (or tag, or label) {@code token} in feature slot {@code slot} adds to the hidden
   * layer beyond what the slot's NULL token adds.
   */
  private float[] contribution(int token, int slot) {
    Integer key = token * Config.numTokens + slot;
    float[] c = contributions.get(key);
    if (c != null) {
      return c;
    }
    c = raw(token, slot);
    float[] none = nullContribution[slot];
    for (int i = 0; i < hidden; i++) {
      c[i] -= none[i];
    }
    if (contributions.size() < maxCached) {
      contributions.put(key, c);
    }
    return c;
  }

  /** {@code W1 · embedding} of {@code token} in {@code slot}. */
  private float[] raw(int token, int slot) {
    float[] c = new float[hidden];
    float[] emb = e[token];
    int off = slot * embedding;
    for (int k = 0; k < embedding; k++) {
      axpy(c, w1t[off + k], emb[k]);
    }
    return c;
  }
}
