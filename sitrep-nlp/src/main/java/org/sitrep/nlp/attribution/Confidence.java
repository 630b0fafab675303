package org.sitrep.nlp.attribution;

import java.util.Map;
import org.sitrep.nlp.rules.WordList;

/**
 * How far to trust a speaker or claimant, by how it was read: the share of speakers read that
 * way that were right on the attribution benchmark's dev split, from {@code confidence.words}
 * ({@code quote.VIA} and {@code claim.VIA}, with {@code quote.other} and {@code claim.other}
 * for the rest).
 */
final class Confidence {
  private static final Map<String, String> TABLE =
      WordList.load("/org/sitrep/nlp/attribution/confidence.words").values();

  private Confidence() {}

  /** A quotation's confidence; null when it has no speaker. */
  static Double quote(Speaker s) {
    return of("quote", s);
  }

  /** A claim's confidence; null when it has no claimant. */
  static Double claim(Speaker s) {
    return of("claim", s);
  }

  private static Double of(String kind, Speaker s) {
    if (s == null) {
      return null;
    }
    String v = TABLE.getOrDefault(kind + "." + s.via(), TABLE.get(kind + ".other"));
    return Double.valueOf(v);
  }
}
