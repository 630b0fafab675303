package org.sitrep.nlp.doc;

/**
 * How much of a text annotation reads: all of it up to {@link #MAX_CHARS}, else up to the last
 * paragraph break before that (or the cap itself when there is none in its second half). Every
 * stage reads the same prefix, so layers agree and no layer's cost grows past the cap.
 */
public final class Cap {
  /** Longer texts are annotated up to here, with an {@code annotation-truncated} warning. */
  public static final int MAX_CHARS = 100_000;

  private Cap() {}

  /** The end (exclusive) of the part of {@code text} that is annotated. */
  public static int end(String text) {
    if (text.length() <= MAX_CHARS) {
      return text.length();
    }
    int cut = text.lastIndexOf("\n\n", MAX_CHARS);
    return cut > MAX_CHARS / 2 ? cut : MAX_CHARS;
  }

  /** The annotated part of {@code text}. */
  public static String of(String text) {
    int e = end(text);
    return e == text.length() ? text : text.substring(0, e);
  }
}
