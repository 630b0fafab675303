package org.sitrep.model;

import java.time.Instant;

/**
 * Bytes as a source delivered them, before any decoding: where they came from, the URL when known,
 * the declared content type (HTTP header or archive record) and when they were fetched.
 */
public record RawPage(String source, String url, byte[] content, String contentType,
                      Instant fetched) {
  public RawPage {
    if (source == null) {
      throw new IllegalArgumentException("source is required");
    }
    content = content == null ? new byte[0] : content;
  }

  public static RawPage ofBytes(String source, byte[] content) {
    return new RawPage(source, null, content, null, null);
  }
}
