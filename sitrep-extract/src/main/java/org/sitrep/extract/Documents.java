package org.sitrep.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells texts that are not articles from those that may be: JSON, XML that is not a web page,
 * licence texts, SVG ({@link ContentKind} tells Markdown). Judged on the decoded head of the document, never on its name.
 */
public final class Documents {
  private static final Pattern XML_START =
      Pattern.compile("\\A(<\\?xml|<[a-zA-Z_][\\w:.-]*(\\s[^>]*)?/?>)");
  private static final Pattern JSON_START = Pattern.compile("\\A\\s*(\\{\\s*\"|\\[\\s*[\\[{\"0-9tfn-])");
  private static final String[] LICENCES = {
      "gnu general public license", "gnu lesser general public license",
      "gnu affero general public license", "permission is hereby granted, free of charge",
      "apache license", "redistribution and use in source and binary forms",
      "mozilla public license", "creative commons", "this program is free software",
      "the mit license", "mit license", "bsd license", "eclipse public license",
      "open database license", "all rights reserved. licensed under"};

  private static final String[] LEGAL_TERMS = {"copyright", "warrant", "permission",
      "licen", "liabilit", "redistribut", "merchantability", "terms and conditions",
      "without limitation", "notice"};
  private static final com.fasterxml.jackson.core.JsonFactory JSON =
      new com.fasterxml.jackson.core.JsonFactory();

  private Documents() {}

  /**
   * True when the head parses as JSON up to its end (a head cut in the middle of a document is
   * JSON if everything before the cut is): "[1] He said …" is not, {"a": [1, 2]} is.
   */
  static boolean isJson(String head) {
    int tokens = 0;
    try (com.fasterxml.jackson.core.JsonParser p = JSON.createParser(head)) {
      while (p.nextToken() != null) {
        tokens++;
      }
      return tokens >= 2;
    } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
      return tokens >= 4; // cut off: enough well-formed JSON before the cut
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** What {@code head} is when it is not an article ("JSON data"), or null. */
  public static String notAnArticle(String head, boolean looksHtml) {
    String h = head.length() > 4096 ? head.substring(0, 4096) : head;
    String s = h.stripLeading();
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1).stripLeading();
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (!looksHtml && JSON_START.matcher(s).lookingAt() && isJson(s)) {
      return "JSON data";
    }
    if (lower.startsWith("<svg") || lower.startsWith("<?xml") && lower.contains("<svg")) {
      return "an SVG image";
    }
    if (!looksHtml && XML_START.matcher(s).lookingAt()
        && !lower.contains("<html") && !lower.contains("<body") && !lower.contains("<p")) {
      return "XML data";
    }
    if (!looksHtml) {
      // A licence names itself at the top and speaks its own language throughout; an article
      // about a licence rarely does both.
      String top = lower.length() > 300 ? lower.substring(0, 300) : lower;
      int terms = 0;
      for (String t : LEGAL_TERMS) {
        if (lower.contains(t)) {
          terms++;
        }
      }
      for (String l : LICENCES) {
        if (top.contains(l) && terms >= 3) {
          return "a licence text";
        }
      }
    }
    return null;
  }
}
