package org.sitrep.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bytes as a source delivered them, before any decoding: where they came from, the URL when known,
 * the declared content type (HTTP header or archive record), the HTTP response headers (names in
 * lower case; empty for files) and when they were fetched or crawled.
 */
public record RawPage(String source, String url, byte[] content, String contentType,
                      Instant fetched, Map<String, String> headers) {
  public RawPage {
    if (source == null) {
      throw new IllegalArgumentException("source is required");
    }
    content = content == null ? new byte[0] : content;
    if (headers == null || headers.isEmpty()) {
      headers = Map.of();
    } else {
      Map<String, String> h = new TreeMap<>();
      headers.forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v));
      headers = Map.copyOf(h);
    }
  }

  public RawPage(String source, String url, byte[] content, String contentType, Instant fetched) {
    this(source, url, content, contentType, fetched, Map.of());
  }

  public static RawPage ofBytes(String source, byte[] content) {
    return new RawPage(source, null, content, null, null, Map.of());
  }

  /** The same page with other bytes (after decompression). */
  public RawPage withContent(byte[] b) {
    return new RawPage(source, url, b, contentType, fetched, headers);
  }
}
