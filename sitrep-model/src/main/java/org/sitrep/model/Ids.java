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
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
