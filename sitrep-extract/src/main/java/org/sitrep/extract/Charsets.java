package org.sitrep.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes the way browsers and jsoup do: byte-order mark first, then the charset the
 * transport declared, then {@code <meta charset>} / http-equiv, then detection (strict UTF-8, else
 * Windows-1252, which browsers use for "ISO-8859-1" too).
 */
public final class Charsets {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET = Pattern.compile(
      "charset\\s*=\\s*[\"']?([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Charsets() {}

  /** The decoded text and the charset with the rule that chose it ("bom", "header", ...). */
  public record Decoded(String text, Charset charset, String rule) {}

  public static Decoded decode(byte[] b, String contentType, boolean html) {
    int bom = ContentKind.bomLength(b);
    if (bom == 3) {
      return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, "bom");
    }
    if (bom == 2) {
      Charset cs = (b[0] & 0xff) == 0xfe ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      return new Decoded(new String(b, 2, b.length - 2, cs), cs, "bom");
    }
    Charset declared = contentType == null ? null : find(HEADER_CHARSET, contentType);
    if (declared != null) {
      return new Decoded(new String(b, declared), declared, "header");
    }
    if (html) {
      String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
      Charset meta = find(META_CHARSET, head);
      if (meta != null) {
        return new Decoded(new String(b, meta), meta, "meta");
      }
    }
    return detect(b);
  }

  /** Strict UTF-8 when the bytes are valid UTF-8, else Windows-1252 (which decodes anything). */
  public static Decoded detect(byte[] b) {
    String utf8 = strictUtf8(b);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, "detected");
    }
    return new Decoded(new String(b, WINDOWS_1252), WINDOWS_1252, "detected");
  }

  private static Charset find(Pattern p, String s) {
    Matcher m = p.matcher(s);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // WHATWG: these labels mean windows-1252 on the web.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")
        || name.equals("ascii") || name.equals("iso8859-1")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null; // unknown or unsupported label: fall through to the next rule
    }
  }

  private static final String ASCII_PROBE = "<!doctype html><meta charset=\"utf-8\"> AZaz09\n";

  /**
   * True when {@code cs} reads ASCII bytes as ASCII, as every web encoding does; EBCDIC
   * (IBM037, cp500, ...) and the UTF-16/32 family do not.
   */
  static boolean asciiCompatible(Charset cs) {
    return new String(ASCII_PROBE.getBytes(StandardCharsets.US_ASCII), cs).equals(ASCII_PROBE);
  }

  static String strictUtf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
