package org.sitrep.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * UTF-16 and UTF-32, with or without a byte-order mark, found before anything else looks at the
 * bytes: sniffing, charset rules and parsers all assume an ASCII-compatible encoding, so a wide
 * page is re-encoded as UTF-8 first.
 */
public final class WideCharsets {
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final int SAMPLE = 4096;

  private WideCharsets() {}

  /** A wide encoding and the length of its byte-order mark (0 when there is none). */
  public record Wide(Charset charset, int bom) {}

  /** The wide encoding of {@code b}, or null when it is ASCII-compatible (or binary). */
  public static Wide detect(byte[] b) {
    if (b.length >= 4 && u(b, 0) == 0xff && u(b, 1) == 0xfe && u(b, 2) == 0 && u(b, 3) == 0) {
      return new Wide(UTF_32LE, 4);
    }
    if (b.length >= 4 && u(b, 0) == 0 && u(b, 1) == 0 && u(b, 2) == 0xfe && u(b, 3) == 0xff) {
      return new Wide(UTF_32BE, 4);
    }
    if (b.length >= 2 && u(b, 0) == 0xff && u(b, 1) == 0xfe) {
      return new Wide(StandardCharsets.UTF_16LE, 2);
    }
    if (b.length >= 2 && u(b, 0) == 0xfe && u(b, 1) == 0xff) {
      return new Wide(StandardCharsets.UTF_16BE, 2);
    }
    // No mark: text in these encodings has NUL bytes in fixed positions (ASCII's high bytes).
    int n = Math.min(b.length, SAMPLE) & ~3;
    if (n < 8) {
      return null;
    }
    int[] zeros = new int[4];
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        zeros[i & 3]++;
      }
    }
    double quarter = n / 4.0;
    double z0 = zeros[0] / quarter;
    double z1 = zeros[1] / quarter;
    double z2 = zeros[2] / quarter;
    double z3 = zeros[3] / quarter;
    if (z1 > 0.9 && z2 > 0.9 && z3 > 0.7 && z0 < 0.1) {
      return new Wide(UTF_32LE, 0);
    }
    if (z0 > 0.7 && z1 > 0.9 && z2 > 0.9 && z3 < 0.1) {
      return new Wide(UTF_32BE, 0);
    }
    if ((z1 + z3) / 2 > 0.6 && (z0 + z2) / 2 < 0.1) {
      return new Wide(StandardCharsets.UTF_16LE, 0);
    }
    if ((z0 + z2) / 2 > 0.6 && (z1 + z3) / 2 < 0.1) {
      return new Wide(StandardCharsets.UTF_16BE, 0);
    }
    return null;
  }

  /** The text of {@code b} in its wide encoding, mark dropped. */
  public static String decode(byte[] b, Wide w) {
    return new String(b, w.bom(), b.length - w.bom(), w.charset());
  }

  private static int u(byte[] b, int i) {
    return b[i] & 0xff;
  }
}
