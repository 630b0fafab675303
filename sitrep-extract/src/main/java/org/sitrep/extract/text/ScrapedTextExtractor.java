package org.sitrep.extract.text;

import java.util.List;

/**
 * Turns scraped plain text (what a scraper saved after stripping tags) into a clean {@link Draft}
 * by running the general cleaning rules in order: leaked errors first, so they cannot pass for a
 * headline; then the breadcrumb, which may name the headline; then the header; quotes last.
 */
public final class ScrapedTextExtractor {
  private final List<CleaningRule> lineRules = List.of(new ServerErrorRule());
  private final List<CleaningRule> paragraphRules =
      List.of(new BreadcrumbRule(), new HeaderRule(), new QuoteRepairRule());

  public Draft extract(String text) {
    Draft d = Draft.of(text);
    lineRules.forEach(r -> r.apply(d));
    d.joinLines();
    paragraphRules.forEach(r -> r.apply(d));
    return d;
  }

  public static String body(Draft d) {
    return String.join("\n\n", d.paragraphs());
  }
}
