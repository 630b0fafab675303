package org.sitrep.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a site breadcrumb at the top of a scrape ("Home › World › Middle East › Title…" or,
 * with the separators lost, "Home Middle East New ISIS offensive on…") and removes it, keeping
 * its last section as the article's section. When the breadcrumb ends with the (often truncated)
 * headline, the paragraph that holds the full headline becomes the title.
 */
public final class BreadcrumbRule implements CleaningRule {
  private static final Set<String> HOME = Set.of("home", "homepage", "home page", "start",
      "startseite", "accueil", "inicio", "portada", "главная", "you are here:", "you are here",
      "front page", "news home");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:»|›|>|/|\\||·|•|⟩|→|\\\\)\\s*");
  private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\.\\.\\.|…)\\s*$");
  private static final int MAX_LENGTH = 300;

  @Override
  public String name() {
    return "breadcrumb";
  }

  @Override
  public void apply(Draft d) {
    if (d.paragraphs.isEmpty()) {
      return;
    }
    String crumb = d.paragraphs.get(0);
    if (crumb.length() > MAX_LENGTH || crumb.contains("\n")) {
      return;
    }
    String next = d.paragraphs.size() > 1 ? d.paragraphs.get(1) : null;
    Parsed parsed = parseWithSeparators(crumb, next);
    if (parsed == null) {
      parsed = parseRunTogether(crumb, next);
    }
    if (parsed == null) {
      return;
    }
    d.paragraphs.remove(0);
    d.warn("breadcrumb-removed", crumb);
    if (parsed.section != null) {
      d.section = parsed.section;
      d.provenance.put("section", "breadcrumb");
    }
    if (parsed.titleFollows && next != null) {
      d.title = next;
      d.paragraphs.remove(0);
      d.provenance.put("title", "breadcrumb+text");
    }
  }

  private record Parsed(String section, boolean titleFollows) {}

  private static Parsed parseWithSeparators(String crumb, String next) {
    List<String> segs = new ArrayList<>(Arrays.asList(SEPARATORS.split(crumb.strip())));
    segs.removeIf(String::isBlank);
    if (segs.size() < 2) {
      return null;
    }
    boolean home = HOME.contains(segs.get(0).toLowerCase(Locale.ROOT));
    if (!home && segs.size() < 3) {
      return null;
    }
    if (home) {
      segs.remove(0);
    }
    boolean titleFollows = false;
    if (!segs.isEmpty() && next != null && isTitlePrefix(segs.get(segs.size() - 1), next)) {
      segs.remove(segs.size() - 1);
      titleFollows = true;
    }
    // Sections are short labels; a long last segment is a headline we could not confirm.
    if (!segs.isEmpty() && segs.get(segs.size() - 1).split("\\s+").length > 6) {
      segs.remove(segs.size() - 1);
    }
    String section = segs.isEmpty() ? null : segs.get(segs.size() - 1);
    return new Parsed(section, titleFollows);
  }

  /** "Home Middle East New ISIS offensive…": the tail that starts the next paragraph is the title. */
  private static Parsed parseRunTogether(String crumb, String next) {
    if (next == null) {
      return null;
    }
    String lower = crumb.toLowerCase(Locale.ROOT);
    String rest = null;
    for (String h : HOME) {
      if (lower.startsWith(h + " ")) {
        rest = crumb.substring(h.length()).strip();
        break;
      }
    }
    if (rest == null) {
      return null;
    }
    // Earliest word boundary whose tail starts the headline: the words before it are sections.
    int i = 0;
    while (i < rest.length()) {
      String tail = rest.substring(i);
      if (isTitlePrefix(tail, next)) {
        String section = rest.substring(0, i).strip();
        return new Parsed(section.isEmpty() ? null : section, true);
      }
      int sp = rest.indexOf(' ', i);
      if (sp < 0) {
        break;
      }
      i = sp + 1;
    }
    return null;
  }

  /** True when {@code candidate} (maybe cut with "…") is the beginning of {@code title}. */
  static boolean isTitlePrefix(String candidate, String title) {
    String c = norm(ELLIPSIS.matcher(candidate).replaceAll(""));
    String t = norm(title);
    return c.length() >= 12 && c.split(" ").length >= 3 && t.startsWith(c)
        && title.length() <= MAX_LENGTH;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
