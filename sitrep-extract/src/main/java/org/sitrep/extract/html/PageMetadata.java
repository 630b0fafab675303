package org.sitrep.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;

/**
 * Metadata read from a page before its content is cleaned. Each field is set once, by the first
 * (most trusted) source that has it, and {@link #provenance} remembers which source that was.
 */
public final class PageMetadata {
  String title;
  String site;
  String url;
  String section;
  final List<String> byline = new ArrayList<>();
  String published;
  String language;
  String credit;
  /** The page's own summary (JSON-LD, og:, twitter: or meta description), when it has one. */
  String description;
  /** The lead image's absolute URL, when the page names one. */
  String image;
  /** JSON-LD's image URL as written (the lead image if no OpenGraph or Twitter one). */
  String jsonLdImage;
  /** JSON-LD articleBody: a strong hint of what the body is, when the page carries it. */
  String articleBody;
  final Map<String, String> provenance = new LinkedHashMap<>();
  /** The first URL the page gave itself that is not http(s) ("javascript:…"), ignored. */
  String rejectedUrl;

  boolean set(String field, String value, String source) {
    if (value == null || value.isBlank() || provenance.containsKey(field)) {
      return false;
    }
    String v = clean(value);
    if (field.equals("url") && !webAddress(v)) {
      // Only a web address may become the article's URL; the next source may still give one.
      if (rejectedUrl == null) {
        rejectedUrl = v;
      }
      return false;
    }
    switch (field) {
      case "title" -> title = v;
      case "site" -> site = v;
      case "url" -> url = v;
      case "section" -> section = v;
      case "published" -> published = v;
      case "language" -> language = v;
      case "credit" -> credit = v;
      case "description" -> description = v;
      default -> throw new IllegalArgumentException(field);
    }
    provenance.put(field, source);
    return true;
  }

  private static final java.util.regex.Pattern SCHEME =
      java.util.regex.Pattern.compile("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");

  /** An http(s) URL, or one without a scheme (relative); "javascript:", "data:" are not. */
  static boolean webAddress(String v) {
    java.util.regex.Matcher s = SCHEME.matcher(v);
    return !s.find() || s.group(1).equalsIgnoreCase("http") || s.group(1).equalsIgnoreCase("https");
  }

  boolean setByline(List<String> names, String source) {
    if (names.isEmpty() || provenance.containsKey("byline")) {
      return false;
    }
    byline.addAll(names); // split by Bylines, which resolves entities
    provenance.put("byline", source);
    return true;
  }

  /**
   * A field's text as readers see it: HTML entities resolved once ("&amp;#8220;" in the source,
   * "&#8220;" in the attribute, a quotation mark here; "&amp;amp;" becomes "&amp;"), spaces
   * (no-break spaces too) collapsed.
   */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value;
    return v.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
  }

  public String title() {
    return title;
  }

  public String site() {
    return site;
  }

  /** A URL the page named for itself that was not http(s), or null. */
  public String rejectedUrl() {
    return rejectedUrl;
  }

  public String url() {
    return url;
  }

  public String section() {
    return section;
  }

  public List<String> byline() {
    return byline;
  }

  public String published() {
    return published;
  }

  public String language() {
    return language;
  }

  public String credit() {
    return credit;
  }

  /**
   * Sets the lead image once, from the first source that names an http(s) image: {@code ref}
   * resolved against {@code base} (the page's URL; a relative reference without one is dropped).
   */
  boolean setImage(String ref, String base, String source) {
    if (ref == null || ref.isBlank() || provenance.containsKey("image")) {
      return false;
    }
    String abs = absolute(ref.strip(), base);
    if (abs == null) {
      return false;
    }
    image = abs;
    provenance.put("image", source);
    return true;
  }

  /** {@code ref} as an absolute http(s) URL, or null when it cannot be one. */
  static String absolute(String ref, String base) {
    try {
      java.net.URI uri = new java.net.URI(ref.replace(" ", "%20"));
      if (!uri.isAbsolute()) {
        if (base == null || base.isBlank()) {
          return null;
        }
        uri = new java.net.URI(base.replace(" ", "%20")).resolve(uri);
      }
      String scheme = uri.getScheme();
      return scheme != null && scheme.matches("(?i)https?") && uri.getHost() != null
          ? uri.toString() : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  public String description() {
    return description;
  }

  public String image() {
    return image;
  }

  public String articleBody() {
    return articleBody;
  }

  public Map<String, String> provenance() {
    return provenance;
  }
}
