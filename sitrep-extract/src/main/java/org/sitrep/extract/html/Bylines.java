package org.sitrep.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a byline ("By Jane Doe and John Roe, Reuters") into the names of its authors. */
public final class Bylines {
  private static final Pattern PREFIX = Pattern.compile("^(?i)(?:written\\s+)?(?:by|von|par|por)\\s+");
  private static final Pattern SEP = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\|)\\s*");
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|der|da|al|el|bin|la|le)){0,4}");

  private static final Pattern CREDENTIAL = Pattern.compile(
      "\\p{Lu}{1,5}|Ph\\.?D\\.?|M\\.?D\\.?|Jr\\.?|Sr\\.?|MSc|BSc|RN|MPH|DrPH|Esq\\.?");

  private static final Pattern TRAILING_DAY = Pattern.compile(
      "\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$");

  private Bylines() {}

  public static List<String> split(String byline) {
    List<String> out = new ArrayList<>();
    if (byline == null) {
      return out;
    }
    // Entities resolved before splitting: "Ren&eacute;e" is one name, not "Ren" and "e".
    String s = PREFIX.matcher(PageMetadata.clean(byline)).replaceFirst("");
    if (s.length() > 200) {
      return out;
    }
    for (String part : SEP.split(s)) {
      // A weekday the page set beside the name is not part of it ("Jeff Foust Monday").
      String p = TRAILING_DAY.matcher(part.strip()).replaceFirst("");
      // A name is 1-5 capitalised words; "Updated 3 hours ago" or "Reuters staff" are not names.
      // Credentials after a comma ("Rachael Link, MS, RD") are not names.
      if (NAME.matcher(p).matches() && !(out.size() > 0 && CREDENTIAL.matcher(p).matches()) && !p.matches("(?i).*\\b(updated|published|staff|editor|"
          + "news|agency|reporter|contributor|correspondent|min read|ago)\\b.*")) {
        if (!out.contains(p)) {
          out.add(p);
        }
      }
    }
    return out;
  }
}
