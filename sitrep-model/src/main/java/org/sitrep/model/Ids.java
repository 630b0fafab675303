package org.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-derived identifiers: the same canonical URL, or the same body when there is no URL,
 * always gives the same id, so re-ingesting is idempotent.
 */
public final class Ids {
  private Ids() {}

  public static String of(String canonicalUrl, String body) {
    String key = canonicalUrl != null && !canonicalUrl.isBlank()
        ? "url:" + canonicalUrl.strip()
        : "text:" + (body == null ? "" : body.strip());
    return sha256(key).substring(0, 20);
  }

  public static String sha256(String s) {
    return sha256(s.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of {@code bytes}, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
