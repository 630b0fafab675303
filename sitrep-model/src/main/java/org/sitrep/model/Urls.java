package org.sitrep.model;

import java.net.URI;

/** What Sitrep reads off a URL. */
public final class Urls {
  private Urls() {}

  /** The host of {@code url} without a leading "www.", or null (no URL, no host, malformed). */
  public static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
