package org.sitrep.model;

/**
 * Reads double quotation marks as opening or closing: curly marks say so themselves; a straight
 * mark is read from the characters around it. Shared by the extractor (which repairs lost marks)
 * and the quote annotator (which pairs them).
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /** +1 for an opening double quote, -1 for a closing one, 0 for anything else. */
  public static int role(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c != '“' && c != '”' && c != '"') {
      return 0;
    }
    char before = i == 0 ? ' ' : s.charAt(i - 1);
    char after = i + 1 >= s.length() ? ' ' : s.charAt(i + 1);
    boolean openBefore = Character.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0;
    boolean closeAfter = Character.isWhitespace(after) || ",.;:!?)]}—–-".indexOf(after) >= 0;
    // Curly marks say what they are, unless the typing plainly contradicts them
    // ("said: ”Bird flu…" opens with a closing mark).
    if (c == '“') {
      return !openBefore && closeAfter && Character.isLetter(before) ? -1 : 1;
    }
    if (c == '”') {
      return openBefore && !closeAfter && Character.isLetter(after) ? 1 : -1;
    }
    // A straight mark after a digit is inches or seconds: 34" monitors, 65" TVs.
    if (Character.isDigit(before)) {
      return 0;
    }
    if (openBefore && !closeAfter) {
      return 1;
    }
    if (!openBefore && closeAfter) {
      return -1;
    }
    return 0; // ambiguous ("a " b or x"y): leave it to a human
  }

  /**
   * As {@link #role(CharSequence, int)}, with an ambiguous straight mark (spaces on both sides:
   * {@code he said. " You guys…}) read from the quotes open so far: it opens when none is open
   * and closes when one is.
   */
  public static int role(CharSequence s, int i, int openQuotes) {
    int r = role(s, i);
    if (r == 0 && s.charAt(i) == '"') {
      return openQuotes > 0 ? -1 : 1;
    }
    return r;
  }
}
