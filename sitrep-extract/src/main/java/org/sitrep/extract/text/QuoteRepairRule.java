package org.sitrep.extract.text;

import java.util.ListIterator;
import org.sitrep.model.QuoteMarks;

/**
 * Gives back the opening quotation mark that scrapers often lose: a paragraph that closes a quote
 * it never opened ({@code Seizing on…Palmyra,” the spokesman said}) gets the matching opening
 * mark at its start. Straight quotes are read as opening or closing from the characters around
 * them. A quote left open at the end of a paragraph is normal in news (it continues in the next
 * paragraph) and is left alone. Paragraphs with German or French marks are not touched.
 */
public final class QuoteRepairRule implements CleaningRule {
  @Override
  public String name() {
    return "quote-repair";
  }

  @Override
  public void apply(Draft d) {
    ListIterator<String> it = d.paragraphs.listIterator();
    while (it.hasNext()) {
      String p = it.next();
      String fixed = repair(p);
      if (!fixed.equals(p)) {
        it.set(fixed);
        d.warn("quote-repaired", p);
      }
    }
  }

  static String repair(String p) {
    if (p.indexOf('„') >= 0 || p.indexOf('«') >= 0 || p.indexOf('»') >= 0) {
      return p;
    }
    int depth = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      int role = QuoteMarks.role(p, i, depth);
      if (role > 0) {
        depth++;
      } else if (role < 0) {
        if (depth == 0) {
          char open = c == '”' ? '“' : '"';
          return open + p;
        }
        depth--;
      }
    }
    return p;
  }

  /** True when every closing mark in the paragraph has its opening mark before it. */
  public static boolean balanced(String p) {
    int depth = 0;
    for (int i = 0; i < p.length(); i++) {
      int r = QuoteMarks.role(p, i, depth);
      depth += r;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
