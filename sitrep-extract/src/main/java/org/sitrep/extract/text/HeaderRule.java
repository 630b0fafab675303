package org.sitrep.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a scrape, the short paragraphs before the body: the headline (when no
 * breadcrumb named it), photo-credit lines ("Omar Sanadiki / Reuters", "Photo: AFP") and a byline
 * ("By Jane Doe and John Roe"). Credit lines elsewhere in the body are captions and are removed
 * too; the first one found is the article's credit.
 */
public final class HeaderRule implements CleaningRule {
  private static final int HEADER_PARAGRAPHS = 4;
  private static final Pattern CREDIT_LABELLED = Pattern.compile(
      "^(?:Photo|Photograph|Image|Picture|Pic|Foto|Credit|Photo credit|Image credit|Image source)s?"
          + "\\s*(?::|by|-|–)\\s*(.{2,80})$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT_COPYRIGHT = Pattern.compile("^(?:©|\\(c\\)|Copyright)\\s*(.{2,60})$");
  // A site footer ("© 2019 Sputnik. All rights reserved") is not a photo credit.
  private static final Pattern FOOTER = Pattern.compile("(?i).*(rights reserved|\\b(19|20)\\d{2}\\b).*");
  private static final String CAP_WORDS = "\\p{Lu}[\\p{L}.'’&-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’&-]*|de|van|von|al|el|bin|of|the|for))*";
  // "Omar Sanadiki / Reuters", "AP Photo/Hussein Malla", "Sanjeev Verma/Hindustan Times/Getty
  // Images", "Leonhard Foeger / Reuters file"
  private static final Pattern CREDIT_SLASH = Pattern.compile(
      "^" + CAP_WORDS + "(?:\\s*/\\s*" + CAP_WORDS + "){1,3}(?:\\s+(?:file|photo|pool|handout))?$");
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:By|BY|Von|Par|Por)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
          + "(?:\\s*(?:,|and|&|und|et|y)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})*)"
          + "(?:\\s*[,|•-]\\s*.{0,60})?$");

  @Override
  public String name() {
    return "header";
  }

  @Override
  public void apply(Draft d) {
    if (d.title == null && d.paragraphs.size() > 1 && isHeadline(d.paragraphs.get(0))) {
      d.title = d.paragraphs.remove(0);
      d.provenance.put("title", "text");
    }
    for (int i = 0; i < d.paragraphs.size(); i++) {
      String p = d.paragraphs.get(i);
      String credit = credit(p);
      if (credit != null) {
        if (d.credit == null) {
          d.credit = credit;
          d.provenance.put("credit", "text");
        }
        d.warn("credit-line-removed", p);
        d.paragraphs.remove(i--);
        continue;
      }
      if (i < HEADER_PARAGRAPHS && d.byline.isEmpty()) {
        Matcher m = BYLINE.matcher(p);
        if (m.matches()) {
          for (String name : m.group(1).split("\\s*(?:,|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b)\\s*")) {
            if (!name.isBlank()) {
              d.byline.add(name.strip());
            }
          }
          d.provenance.put("byline", "text");
          d.warn("byline-removed", p);
          d.paragraphs.remove(i--);
        }
      }
    }
  }

  /** A short line without sentence-final punctuation, followed by more text. */
  static boolean isHeadline(String p) {
    int words = p.split("\\s+").length;
    return p.length() <= 250 && words >= 2 && words <= 40 && !p.contains("\n")
        && !p.matches("(?s).*[.:;,]$");
  }

  /** The credit a paragraph states when the paragraph is nothing but a photo credit; else null. */
  static String credit(String p) {
    if (p.length() > 90 || p.contains("\n") || p.matches("(?s).*[!?:;,]$")) {
      return null;
    }
    String s = p.strip();
    Matcher m = CREDIT_LABELLED.matcher(s);
    if (m.matches()) {
      return m.group(1).strip();
    }
    m = CREDIT_COPYRIGHT.matcher(s);
    if (m.matches() && !FOOTER.matcher(s).matches()) {
      return m.group(1).strip();
    }
    m = CREDIT_SLASH.matcher(s);
    if (m.matches() && s.split("\\s+").length <= 10) {
      return s;
    }
    return null;
  }
}
