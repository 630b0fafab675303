package org.sitrep.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An article's lead paragraph: the page's description when it is a real summary of this text,
 * else the body's first paragraph.
 *
 * <p>A description is a real summary when it is a whole sentence or more (at least
 * {@value #MIN_WORDS} words, ending as a sentence ends, so not a teaser cut off mid-word), is not
 * the title, is not a passage copied out of the body (the body's own paragraph then serves), and
 * is about this text: most of its longer words occur in the body (a site's blurb, "The latest
 * news and analysis from …", is not). A description that is the first paragraph cut short or
 * reworded (nearly all its words in that paragraph) gives way to the paragraph itself.
 */
final class Lead {
  static final int MIN_WORDS = 8;
  /** Share of the description's words of four letters or more that the body must contain. */
  private static final double ON_TOPIC = 0.5;
  /** Share beyond which the description is the first paragraph retold (cut or reworded). */
  private static final double RETOLD = 0.8;

  private Lead() {}

  /** What the lead is and where it came from ({@code description} or {@code text}). */
  record Chosen(String text, String source) {}

  static Chosen of(String description, String title, String body) {
    String first = firstParagraph(body);
    if (isSummary(description, title, body, first)) {
      return new Chosen(description, "description");
    }
    return first == null ? null : new Chosen(first, "text");
  }

  static String firstParagraph(String body) {
    if (body == null) {
      return null;
    }
    for (String p : body.split("\\n\\s*\\n")) {
      if (!p.isBlank() && !CAPTION.matcher(p.strip()).find()) {
        return p.strip();
      }
    }
    return null;
  }

  /**
   * A photo's caption kept in the body: it ends in its credit ("… engines. (credit: NASA/Jude
   * Guidry)", "(AP Photo/Jane Roe)") or starts with one ("Photo: …"). It is no lead.
   */
  private static final Pattern CAPTION = Pattern.compile(
      "(?i)\\((?:photo|image|picture|credit|credits|courtesy|file photo|[a-z]+ photo)\\b[^()]{0,80}"
          + "\\)$|^(?:photo|image|picture|credit)s?\\s*:");

  static boolean isSummary(String description, String title, String body) {
    return isSummary(description, title, body, firstParagraph(body));
  }

  private static boolean isSummary(String description, String title, String body,
      String firstParagraph) {
    if (description == null || body == null) {
      return false;
    }
    String d = description.strip();
    if (d.split("\\s+").length < MIN_WORDS || !d.matches("(?s).*[.!?][\"'”’»)]*")
        || d.endsWith("...")) {
      return false;
    }
    if (title != null && d.equalsIgnoreCase(title.strip())) {
      return false;
    }
    String flatBody = body.replaceAll("\\s+", " ");
    if (flatBody.contains(d.replaceAll("\\s+", " "))) {
      return false; // an excerpt of the body: the body's first paragraph says it in context
    }
    Set<String> bodyWords = words(flatBody);
    Set<String> own = words(d);
    if (own.isEmpty()) {
      return false;
    }
    long shared = own.stream().filter(bodyWords::contains).count();
    Set<String> first = words(firstParagraph);
    long retold = own.stream().filter(first::contains).count();
    return shared >= own.size() * ON_TOPIC && retold < own.size() * RETOLD;
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    if (s == null) {
      return out; // a body of blank lines has no first paragraph
    }
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.codePointCount(0, w.length()) >= 4) {
        out.add(w);
      }
    }
    return out;
  }
}
