package org.sitrep.extract.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds how deeply tables nest before the page reaches the HTML parser. Each table level opens
 * a table, a row and a cell, and jsoup's tree builder does work proportional to the open cells
 * for every new one, so tens of thousands of nested tables cost minutes. Table tags deeper than
 * {@link #MAX_DEPTH} are dropped (a space in their place): their text stays, flattened into the
 * deepest cell kept. A page within the bound is returned unchanged.
 */
final class TableNesting {
  /** Tables nested deeper than this are flattened; real layouts stay far below it. */
  static final int MAX_DEPTH = 32;
  /**
   * Comments and raw-text elements are passed over (to their end, so an unclosed one costs
   * one scan); table tags are counted and maybe dropped. A tag ends at the
   * next '>' before any '<', so each match looks at its own tag only.
   */
  private static final Pattern TOKEN = Pattern.compile(
      "<!--|<(script|style|textarea|xmp)\\b"
          + "|<(/?)(table|tbody|thead|tfoot|tr|td|th|caption|colgroup|col)\\b[^<>]*>",
      Pattern.CASE_INSENSITIVE);

  private TableNesting() {}

  /** The page with its tables at most {@link #MAX_DEPTH} deep, and the depth it had. */
  record Bounded(String html, int depth) {
    boolean flattened() {
      return depth > MAX_DEPTH;
    }
  }

  static Bounded bound(String html) {
    if (!html.toLowerCase(Locale.ROOT).contains("<table")) {
      return new Bounded(html, 0);
    }
    Matcher m = TOKEN.matcher(html);
    StringBuilder out = null;
    int last = 0;
    int depth = 0;
    int deepest = 0;
    int from = 0;
    while (from < html.length() && m.find(from)) {
      from = m.end();
      if (m.group(3) == null) {
        // A comment or raw text: its contents are not markup; unclosed, it runs to the end.
        String end = m.group(1) == null ? "-->" : "</" + m.group(1);
        Matcher e = Pattern.compile(Pattern.quote(end), Pattern.CASE_INSENSITIVE).matcher(html);
        if (!e.find(from)) {
          break;
        }
        from = e.end();
        continue;
      }
      boolean close = !m.group(2).isEmpty();
      boolean table = m.group(3).toLowerCase(Locale.ROOT).equals("table");
      // A table tag belongs to the table whose depth it is read at: the open tag of a table
      // starts the next level, its close tag ends the current one.
      int level = table && !close ? depth + 1 : depth;
      if (table) {
        depth = close ? Math.max(0, depth - 1) : depth + 1;
        deepest = Math.max(deepest, depth);
      }
      if (level > MAX_DEPTH) {
        if (out == null) {
          out = new StringBuilder(html.length());
        }
        out.append(html, last, m.start()).append(' ');
        last = m.end();
      }
    }
    if (out == null) {
      return new Bounded(html, deepest);
    }
    out.append(html, last, html.length());
    return new Bounded(out.toString(), deepest);
  }
}
