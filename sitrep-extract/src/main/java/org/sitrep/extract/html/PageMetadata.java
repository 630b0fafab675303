package org.sitrep.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    String v = value.strip().replaceAll("\\s+", " ");
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
    byline.addAll(names);
    provenance.put("byline", source);
    return true;
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
