package edu.stanford.nlp.parser.nndep;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FastScores}' two layers written with the JDK's Vector API (incubating in JDK 17 to 25:
 * the JVM needs {@code --add-modules jdk.incubator.vector}, which the {@code sitrep} launcher
 * and the tests pass). Loaded only when that module is present; else FastScores' plain loops
 * run. Why: the JIT's own vectorisation of those loops reloads and stores the sum on every pass
 * of four rows; here the sums stay in vector registers (measured on the English model's output
 * layer, 83 labels × 1,000 hidden units: ~14 µs → ~6–7 µs a transition with 512-bit vectors).
 */
final class VectorKernels {
  static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  /** Lanes per vector: 16 with AVX-512, 8 with AVX2. */
  static final int LANES = SPECIES.length();
  /** Output rows are padded to a multiple of this (six vectors of labels per pass). */
  static final int BLOCK = 6 * LANES;

  private VectorKernels() {}

  /**
   * {@code h = (base + Σ contributions[0..count))³}, four vectors of hidden units at a time,
   * each summed over every contribution in registers.
   */
  static void hidden(float[][] contributions, int count, float[] base, float[] h) {
    int n = h.length;
    int i = 0;
    for (; i + 4 * LANES <= n; i += 4 * LANES) {
      FloatVector a0 = FloatVector.fromArray(SPECIES, base, i);
      FloatVector a1 = FloatVector.fromArray(SPECIES, base, i + LANES);
      FloatVector a2 = FloatVector.fromArray(SPECIES, base, i + 2 * LANES);
      FloatVector a3 = FloatVector.fromArray(SPECIES, base, i + 3 * LANES);
      for (int k = 0; k < count; k++) {
        float[] c = contributions[k];
        a0 = a0.add(FloatVector.fromArray(SPECIES, c, i));
        a1 = a1.add(FloatVector.fromArray(SPECIES, c, i + LANES));
        a2 = a2.add(FloatVector.fromArray(SPECIES, c, i + 2 * LANES));
        a3 = a3.add(FloatVector.fromArray(SPECIES, c, i + 3 * LANES));
      }
      cube(a0).intoArray(h, i);
      cube(a1).intoArray(h, i + LANES);
      cube(a2).intoArray(h, i + 2 * LANES);
      cube(a3).intoArray(h, i + 3 * LANES);
    }
    for (; i < n; i++) {
      float x = base[i];
      for (int k = 0; k < count; k++) {
        x += contributions[k][i];
      }
      h[i] = x * x * x;
    }
  }

  private static FloatVector cube(FloatVector x) {
    return x.mul(x).mul(x);
  }

  /**
   * {@code s = W2 · h} with W2 stored transposed and flat ({@code w2[u * padded + label]},
   * {@code padded} a multiple of {@link #BLOCK}): six vectors of labels summed over every hidden
   * unit in registers, one pass per six vectors.
   */
  static void output(float[] w2, int padded, float[] h, float[] s) {
    int hidden = h.length;
    for (int c = 0; c < padded; c += BLOCK) {
      FloatVector a0 = FloatVector.zero(SPECIES);
      FloatVector a1 = a0;
      FloatVector a2 = a0;
      FloatVector a3 = a0;
      FloatVector a4 = a0;
      FloatVector a5 = a0;
      for (int u = 0, o = c; u < hidden; u++, o += padded) {
        FloatVector x = FloatVector.broadcast(SPECIES, h[u]);
        a0 = FloatVector.fromArray(SPECIES, w2, o).fma(x, a0);
        a1 = FloatVector.fromArray(SPECIES, w2, o + LANES).fma(x, a1);
        a2 = FloatVector.fromArray(SPECIES, w2, o + 2 * LANES).fma(x, a2);
        a3 = FloatVector.fromArray(SPECIES, w2, o + 3 * LANES).fma(x, a3);
        a4 = FloatVector.fromArray(SPECIES, w2, o + 4 * LANES).fma(x, a4);
        a5 = FloatVector.fromArray(SPECIES, w2, o + 5 * LANES).fma(x, a5);
      }
      a0.intoArray(s, c);
      a1.intoArray(s, c + LANES);
      a2.intoArray(s, c + 2 * LANES);
      a3.intoArray(s, c + 3 * LANES);
      a4.intoArray(s, c + 4 * LANES);
      a5.intoArray(s, c + 5 * LANES);
    }
  }
}
