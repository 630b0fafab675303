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
  /** JSON-LD articleBody: a strong hint of what the body is, when the page carries it. */
  String articleBody;
  final Map<String, String> provenance = new LinkedHashMap<>();

  boolean set(String field, String value, String source) {
    if (value == null || value.isBlank() || provenance.containsKey(field)) {
      return false;
    }
    String v = clean(value);
    switch (field) {
      case "title" -> title = v;
      case "site" -> site = v;
      case "url" -> url = v;
      case "section" -> section = v;
      case "published" -> published = v;
      case "language" -> language = v;
      case "credit" -> credit = v;
      default -> throw new IllegalArgumentException(field);
    }
    provenance.put(field, source);
    return true;
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

  public String articleBody() {
    return articleBody;
  }

  public Map<String, String> provenance() {
    return provenance;
  }
}
