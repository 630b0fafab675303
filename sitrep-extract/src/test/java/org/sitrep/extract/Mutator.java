package org.sitrep.extract;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Deterministic mutations of real inputs for fuzzing: byte flips, cuts, repeats, inserted
 * markup and control bytes, spliced halves. A seed gives the same mutant every time, so a
 * failure reproduces from the seed jqwik prints.
 */
public final class Mutator {
  private static final String[] SNIPPETS = {"<", ">", "</p>", "<p>", "<script>", "<!--",
      "\"", "“", "”", "&", "&amp", "&#xD800;", "\u0000", "\uFEFF", "\n\n", "\r", "<meta charset=",
      "utf-16", "<html lang=\"", "{\"@type\":\"NewsArticle\",\"datePublished\":\"", "2019-13-45T25:61",
      "Warning: A non-numeric value encountered in /home/x/public_html/", " / Reuters", "Home » ",
      "<title>", "</title>", "<h1>", "<time datetime=\"", "\u202E", "\uD83D\uDE00", "Ｗ", "ﬁ"};

  private Mutator() {}

  public static byte[] mutate(byte[] in, long seed) {
    Random r = new Random(seed);
    byte[] b = in.clone();
    int rounds = 1 + r.nextInt(6);
    for (int i = 0; i < rounds; i++) {
      b = once(b, r);
    }
    return b;
  }

  private static byte[] once(byte[] b, Random r) {
    int n = b.length;
    int at = n == 0 ? 0 : r.nextInt(n);
    switch (r.nextInt(7)) {
      case 0 -> { // flip bytes
        byte[] c = b.clone();
        for (int k = 0; k < 1 + r.nextInt(16) && n > 0; k++) {
          c[r.nextInt(n)] = (byte) r.nextInt(256);
        }
        return c;
      }
      case 1 -> { // cut
        return java.util.Arrays.copyOf(b, at);
      }
      case 2 -> { // drop a slice
        int len = Math.min(n - at, r.nextInt(2000));
        byte[] c = new byte[n - len];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + len, c, at, n - at - len);
        return c;
      }
      case 3 -> { // repeat a slice
        int len = Math.min(n - at, 1 + r.nextInt(200));
        byte[] slice = java.util.Arrays.copyOfRange(b, at, at + len);
        return insert(b, at, repeat(slice, 1 + r.nextInt(50)));
      }
      case 4 -> { // insert a snippet
        return insert(b, at, SNIPPETS[r.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
      }
      case 5 -> { // random bytes
        byte[] junk = new byte[1 + r.nextInt(64)];
        r.nextBytes(junk);
        return insert(b, at, junk);
      }
      default -> { // swap halves
        byte[] c = new byte[n];
        System.arraycopy(b, at, c, 0, n - at);
        System.arraycopy(b, 0, c, n - at, at);
        return c;
      }
    }
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    byte[] c = new byte[b.length + what.length];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(what, 0, c, at, what.length);
    System.arraycopy(b, at, c, at + what.length, b.length - at);
    return c;
  }

  private static byte[] repeat(byte[] s, int times) {
    byte[] c = new byte[s.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(s, 0, c, i * s.length, s.length);
    }
    return c;
  }
}
