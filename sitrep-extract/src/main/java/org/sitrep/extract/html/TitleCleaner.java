package org.sitrep.extract.html;

import java.util.Locale;

/** Strips the site name that a {@code <title>} carries ("Headline | Site", "Site - Headline"). */
public final class TitleCleaner {
  private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " » ", " · "};

  private TitleCleaner() {}

  public static String clean(String title, String site) {
    if (title == null) {
      return null;
    }
    String t = title.strip().replaceAll("\\s+", " ");
    for (String sep : SEPARATORS) {
      int first = t.indexOf(sep);
      int last = t.lastIndexOf(sep);
      if (last < 0) {
        continue;
      }
      String head = t.substring(0, last).strip();
      String tail = t.substring(last + sep.length()).strip();
      if (looksLikeSite(tail, site) || tail.split(" ").length <= 4 && head.split(" ").length > 4) {
        return head.contains(sep) ? clean(head, site) : head;
      }
      String lead = t.substring(0, first).strip();
      String after = t.substring(first + sep.length()).strip();
      if (looksLikeSite(lead, site)) {
        return after;
      }
    }
    return t;
  }

  private static boolean looksLikeSite(String part, String site) {
    if (site == null) {
      return false;
    }
    String p = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    String s = site.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    return !p.isEmpty() && (p.equals(s) || s.contains(p) || p.contains(s));
  }
}
