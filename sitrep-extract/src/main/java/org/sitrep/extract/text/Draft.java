package org.sitrep.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Warning;

/**
 * A scraped document while the cleaning rules work on it: its paragraphs, the header fields found
 * so far (with where each came from) and what was removed or repaired. Mutable on purpose and
 * confined to one extraction.
 */
public final class Draft {
  final List<String> paragraphs;
  String title;
  String section;
  String credit;
  String site;
  final List<String> byline = new ArrayList<>();
  final List<Warning> warnings = new ArrayList<>();
  final Map<String, String> provenance = new LinkedHashMap<>();
  /** Index of the first body paragraph: header rules look only before it. */
  int bodyStart;

  public Draft(List<String> paragraphs) {
    this.paragraphs = new ArrayList<>(paragraphs);
  }

  public List<String> paragraphs() {
    return paragraphs;
  }

  public String title() {
    return title;
  }

  public String section() {
    return section;
  }

  public String site() {
    return site;
  }

  public String credit() {
    return credit;
  }

  public List<String> byline() {
    return byline;
  }

  public List<Warning> warnings() {
    return warnings;
  }

  public Map<String, String> provenance() {
    return provenance;
  }

  void warn(String code, String what) {
    String shown = what.length() > 100 ? what.substring(0, 97) + "..." : what;
    warnings.add(new Warning(code, shown));
  }

  /** Joins the lines inside each paragraph into one line, once line-based rules are done. */
  void joinLines() {
    paragraphs.replaceAll(p -> p.replace('\n', ' '));
  }

  /** Splits text into paragraphs on blank lines; a text without blank lines is one per line. */
  public static Draft of(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    boolean blankLines = t.strip().contains("\n\n") || t.matches("(?s).*\\n[ \\t]+\\n.*");
    String[] parts = blankLines ? t.split("\\n[ \\t]*\\n") : t.split("\\n");
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      // Lines stay separate until the line-based rules ran; see joinLines().
      String joined = p.strip().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("[ \\t]{2,}", " ");
      if (!joined.isEmpty()) {
        out.add(joined);
      }
    }
    return new Draft(out);
  }
}
