package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A clean news article: metadata plus the body in {@code text}, paragraphs separated by blank
 * lines. Immutable; later stages add layers that point into {@code text} by offsets.
 *
 * <p>{@code layers} holds the stand-off annotations (mentions, entities, quotes, ...) that stages
 * add; it is empty right after extraction.
 *
 * <p>{@code fetched} is when the page was fetched or crawled (ISO-8601 instant), when a source
 * said so (a WARC record's date, a fetch); {@code fetchedUrl} is the URL it was fetched or
 * crawled from (a WARC record's target URI, the URL fetched), when known. {@code url} is the
 * canonical URL the page states, else the fetched one; JSON without {@code fetchedUrl} (written
 * before it existed) reads as null.
 *
 * <p>{@code lead} is the article's lead paragraph: the page's description when it is a real
 * summary of this text, else the first body paragraph. {@code image} is the absolute URL of the
 * lead image (og:image, twitter:image, JSON-LD image, else the first image in the article).
 * JSON without them (written before they existed) reads them as null.
 *
 * <p>{@code provenance} maps each metadata field to where its value came from (json-ld, opengraph,
 * meta, byline, url, breadcrumb, text, ...), so a user can judge it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"schemaVersion", "id", "source", "url", "fetchedUrl", "site", "title",
    "section", "byline", "credit", "lead", "image", "published", "fetched", "language", "text", "warnings",
    "provenance", "layers"})
public record Article(
    int schemaVersion,
    String id,
    String source,
    String url,
    String fetchedUrl,
    String site,
    String title,
    String section,
    List<String> byline,
    String credit,
    String lead,
    String image,
    Published published,
    String fetched,
    String language,
    String text,
    List<Warning> warnings,
    Map<String, String> provenance,
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Layers.NoneFilter.class)
    Layers layers) implements Result {

  /** Bumped whenever a field changes meaning or shape. */
  public static final int SCHEMA_VERSION = 1;

  public Article {
    byline = byline == null ? List.of() : List.copyOf(byline);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    layers = layers == null ? Layers.EMPTY : layers;
  }

  /** An article without a lead paragraph or lead image (scraped texts, tests). */
  public Article(int schemaVersion, String id, String source, String url, String fetchedUrl,
                 String site, String title, String section, List<String> byline, String credit,
                 Published published, String fetched, String language, String text,
                 List<Warning> warnings, Map<String, String> provenance, Layers layers) {
    this(schemaVersion, id, source, url, fetchedUrl, site, title, section, byline, credit, null,
        null, published, fetched, language, text, warnings, provenance, layers);
  }

  /** An article whose page's fetched URL is not known (texts, tests). */
  public Article(int schemaVersion, String id, String source, String url, String site,
                 String title, String section, List<String> byline, String credit,
                 Published published, String fetched, String language, String text,
                 List<Warning> warnings, Map<String, String> provenance, Layers layers) {
    this(schemaVersion, id, source, url, null, site, title, section, byline, credit, published,
        fetched, language, text, warnings, provenance, layers);
  }

  /** An article that is only a text (evaluation corpora, tests): no metadata, no layers. */
  public static Article ofText(String id, String source, String text, String language) {
    return new Article(SCHEMA_VERSION, id, source, null, null, null, null, List.of(), null, null,
        null, language, text, List.of(), Map.of(), null);
  }

  /**
   * Fills what the page left out from what a feed said about it (title, date, authors), with
   * provenance {@code feed}; what the page states wins.
   */
  public Article withFeedHints(String feedTitle, Published feedDate, List<String> feedAuthors) {
    Map<String, String> prov = new java.util.LinkedHashMap<>(provenance);
    String t = title;
    if ((t == null || t.isBlank()) && feedTitle != null && !feedTitle.isBlank()) {
      t = feedTitle.strip();
      prov.put("title", "feed");
    }
    Published p = published;
    if (p == null && feedDate != null) {
      p = feedDate;
      prov.put("published", "feed");
    }
    List<String> b = byline;
    if (b.isEmpty() && feedAuthors != null && !feedAuthors.isEmpty()) {
      b = feedAuthors;
      prov.put("byline", "feed");
    }
    return new Article(schemaVersion, id, source, url, fetchedUrl, site, t, section, b, credit, lead,
        image, p, fetched, language, text, warnings, prov, layers);
  }

  /**
   * The same article with what a benchmark file or a caller knows of its page (URL, site,
   * title, date of publication), for running a bare text as the page it came from.
   */
  public Article withPage(String pageUrl, String pageSite, String pageTitle,
                          Published pagePublished) {
    return new Article(schemaVersion, id, source, pageUrl, fetchedUrl, pageSite, pageTitle,
        section, byline, credit, lead, image, pagePublished, fetched, language, text, warnings,
        provenance, layers);
  }

  /** The same article without its body (for storing the body once, elsewhere). */
  public Article withoutText() {
    return new Article(schemaVersion, id, source, url, fetchedUrl, site, title, section, byline,
        credit, lead, image, published, fetched, language, "", warnings, provenance, layers);
  }

  /** The same article with this body (the store puts back the body it keeps apart). */
  public Article withText(String body) {
    return new Article(schemaVersion, id, source, url, fetchedUrl, site, title, section, byline,
        credit, lead, image, published, fetched, language, body, warnings, provenance, layers);
  }

  public Article withLayers(Layers l) {
    return new Article(schemaVersion, id, source, url, fetchedUrl, site, title, section, byline,
        credit, lead, image, published, fetched, language, text, warnings, provenance, l);
  }

  /**
   * The same article with at most {@code perCode} warnings of each code; the rest of a code are
   * summed up in one more warning of that code ("… and 340 more"), so a pathological page does
   * not carry thousands.
   */
  public Article withWarningsBounded(int perCode) {
    Map<String, Integer> seen = new java.util.LinkedHashMap<>();
    List<Warning> kept = new java.util.ArrayList<>();
    for (Warning w : warnings) {
      if (seen.merge(w.code(), 1, Integer::sum) <= perCode) {
        kept.add(w);
      }
    }
    if (kept.size() == warnings.size()) {
      return this;
    }
    seen.forEach((code, n) -> {
      if (n > perCode) {
        kept.add(new Warning(code, "… and " + (n - perCode) + " more"));
      }
    });
    return new Article(schemaVersion, id, source, url, fetchedUrl, site, title, section, byline,
        credit, lead, image, published, fetched, language, text, kept, provenance, layers);
  }

  /** The same article with one more warning (a stage that skipped or truncated something). */
  public Article withWarning(Warning w) {
    List<Warning> ws = new java.util.ArrayList<>(warnings);
    ws.add(w);
    return new Article(schemaVersion, id, source, url, fetchedUrl, site, title, section, byline,
        credit, lead, image, published, fetched, language, text, ws, provenance, layers);
  }
}
