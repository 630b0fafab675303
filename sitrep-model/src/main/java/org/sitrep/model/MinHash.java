package org.sitrep.model;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures over word shingles, with LSH banding. Two texts' signatures agree in a
 * share of positions that estimates the Jaccard similarity of their shingle sets; texts that agree
 * on every row of at least one band become candidates. With {@link #HASHES} = 128 in
 * {@link #BANDS} = 32 bands of 4 rows, pairs at Jaccard 0.5 are found with probability ~0.87 and
 * at 0.7 with ~0.9999, while pairs at 0.2 rarely are (~0.05).
 */
public final class MinHash {
  /** Above this estimated Jaccard similarity of 5-word shingles, two pages are one story. */
  public static final double SAME_STORY = 0.5;
  public static final int HASHES = 128;
  public static final int BANDS = 32;
  static final int ROWS = HASHES / BANDS;
  /** Five-word shingles: short enough to survive edits, long enough to tell stories apart. */
  static final int SHINGLE = 5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] SEEDS = new long[HASHES];
  private static final long[] ADD = new long[HASHES];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x = mix(x + 0x632BE59BD9B4E019L);
      SEEDS[i] = x | 1;
      x = mix(x + 0x632BE59BD9B4E019L);
      ADD[i] = x;
    }
  }

  private MinHash() {}

  /** The signature of a text: the minimum of each of {@link #HASHES} hash functions over its shingles. */
  public static int[] signature(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    int n = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < n && !words.isEmpty(); i++) {
      long h = 1125899906842597L;
      for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
        h = 31 * h + words.get(k).hashCode();
      }
      // One well-mixed 64-bit hash per shingle, then the j-th hash function as a multiply-add
      // with odd multipliers (multiply-shift hashing): 128 cheap hashes instead of 128 mixes.
      long x = mix(h);
      for (int j = 0; j < HASHES; j++) {
        int v = (int) ((x * SEEDS[j] + ADD[j]) >>> 33);
        if (v < sig[j]) {
          sig[j] = v;
        }
      }
    }
    return sig;
  }

  /** The share of agreeing positions: an estimate of the Jaccard similarity. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  /** One key per band: "b7:1f3a…", equal for two signatures that agree on that band's rows. */
  public static List<String> bands(int[] sig) {
    List<String> out = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + sig[b * ROWS + r]);
      }
      out.add("b" + b + ":" + Long.toHexString(h));
    }
    return out;
  }

  public static byte[] toBytes(int[] sig) {
    ByteBuffer buf = ByteBuffer.allocate(sig.length * 4);
    for (int v : sig) {
      buf.putInt(v);
    }
    return buf.array();
  }

  public static int[] fromBytes(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    int[] sig = new int[bytes.length / 4];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = buf.getInt();
    }
    return sig;
  }

  /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
