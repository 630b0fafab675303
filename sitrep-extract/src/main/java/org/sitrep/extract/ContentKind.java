package org.sitrep.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a byte sequence is, judged from its content rather than its file name: HTML, plain
 * (scraped) text, or something Sitrep cannot read. Binary formats are named when their magic
 * number is known, so the user learns what the file was.
 */
public enum ContentKind {
  HTML, TEXT, MARKDOWN, EMPTY, BINARY;

  private static final int SNIFF = 8192;
  private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6} \\S");
  private static final Pattern MD_LIST = Pattern.compile("(?m)^ {0,3}(?:[-*+]|\\d{1,3}\\.) \\S");
  private static final Pattern MD_FENCE = Pattern.compile("(?m)^ {0,3}(```|~~~)");
  /** Inline links and images, and reference definitions ("[1]: https://…"). */
  private static final Pattern MD_LINK = Pattern.compile(
      "\\[[^\\]\\n]{1,200}\\]\\((https?://|#|\\.{0,2}/)?[^)\\s]{1,300}\\)"
          + "|(?m)^ {0,3}\\[[^\\]\\n]{1,100}\\]: +\\S");
  private static final Pattern MD_TABLE = Pattern.compile("(?m)^\\|.*\\|[ \\t]*\\r?\\n\\|[ \\t]*:?-{3,}");
  private static final Pattern MD_CODE = Pattern.compile("`[^`\\n]{1,80}`");
  private static final Pattern MD_BOLD = Pattern.compile("\\*\\*[^*\\n]{1,80}\\*\\*|__[^_\\n]{1,80}__");
  /** NUL bytes in the sniffed head that still leave a page text (dropped, with a warning). */
  static final int MAX_STRAY_NULS = 8;

  public static ContentKind of(byte[] b) {
    int n = Math.min(b.length, SNIFF);
    int i = bomLength(b);
    while (i < n && isSpace(b[i])) {
      i++;
    }
    if (i >= b.length) {
      return EMPTY;
    }
    if (binaryFormat(b) != null || hasControlBytes(b, n)) {
      return BINARY;
    }
    String raw = new String(b, i, n - i, StandardCharsets.ISO_8859_1);
    String head = raw.substring(0, Math.min(raw.length(), 2048)).toLowerCase(Locale.ROOT);
    boolean page = head.startsWith("<!doctype") || head.startsWith("<html")
        || head.startsWith("<?xml") || head.startsWith("<head") || head.startsWith("<body");
    // A README may open with HTML (a centred logo, badges) and is still Markdown.
    if (!page && isMarkdown(raw)) {
      return MARKDOWN;
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
        && head.contains("<html") || head.startsWith("<") && containsTag(head)) {
      return HTML;
    }
    // Some scrapes start with text and carry markup later; decide on the density of tags.
    return containsTag(head) && head.contains("<p") ? HTML : TEXT;
  }

  /**
   * Markdown by its syntax. Headings and lists alone are weak signals (plain text has "# of
   * deaths" and dash lists too); Markdown needs two signals, at least one of them syntax that
   * prose never writes: fenced code, links, tables, inline code, bold.
   */
  static boolean isMarkdown(String head) {
    int weak = (MD_HEADING.matcher(head).find() ? 1 : 0) + (count(MD_LIST, head) >= 2 ? 1 : 0);
    int strong = (MD_FENCE.matcher(head).find() ? 1 : 0) + (count(MD_LINK, head) >= 2 ? 1 : 0)
        + (MD_TABLE.matcher(head).find() ? 1 : 0) + (count(MD_CODE, head) >= 2 ? 1 : 0)
        + (count(MD_BOLD, head) >= 2 ? 1 : 0);
    return strong >= 1 && weak + strong >= 2;
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (n < 5 && m.find()) {
      n++;
    }
    return n;
  }

  private static boolean containsTag(String head) {
    return head.contains("<html") || head.contains("<head") || head.contains("<body")
        || head.contains("<meta") || head.contains("<div") || head.contains("<title")
        || head.contains("<p>") || head.contains("<article");
  }

  /** A human name for a known binary format, or null. */
  public static String binaryFormat(byte[] b) {
    if (startsWith(b, "%PDF")) {
      return "PDF";
    }
    if (startsWith(b, "\u0089PNG")) {
      return "PNG image";
    }
    if (b.length > 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
      return "JPEG image";
    }
    if (startsWith(b, "GIF8")) {
      return "GIF image";
    }
    if (startsWith(b, "PK\u0003\u0004")) {
      return "ZIP archive (or Office document)";
    }
    if (startsWith(b, "\u007fELF")) {
      return "executable";
    }
    if (startsWith(b, "WARC/")) {
      return "WARC archive (use ingest)";
    }
    return null;
  }

  /**
   * NUL and most C0 controls never occur in text; UTF-16 without BOM shows up here too. A few
   * NULs in a text are stray bytes (a bad copy, a CMS bug), not a binary format: see
   * {@link #strayNuls}.
   */
  private static boolean hasControlBytes(byte[] b, int n) {
    if (bomLength(b) == 2) {
      return false; // UTF-16 with BOM: NULs are expected
    }
    int bad = 0;
    int nuls = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0 && ++nuls > MAX_STRAY_NULS) {
        return true;
      }
      if (c != 0 && c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
        bad++;
      }
    }
    return bad > Math.max(4, n / 100);
  }

  /**
   * How many NUL bytes {@code b} holds when they are few enough to be stray in a text (at most
   * {@link #MAX_STRAY_NULS} and one per {@value #SNIFF} bytes beyond), 0 when it has none, -1
   * when there are too many: a document with that many NULs is binary even if its head is not.
   */
  public static int strayNuls(byte[] b) {
    int nuls = 0;
    int allowed = MAX_STRAY_NULS + b.length / SNIFF;
    for (byte c : b) {
      if (c == 0 && ++nuls > allowed) {
        return -1;
      }
    }
    return nuls;
  }

  /** {@code b} without its NUL bytes. */
  public static byte[] withoutNuls(byte[] b) {
    byte[] out = new byte[b.length];
    int n = 0;
    for (byte c : b) {
      if (c != 0) {
        out[n++] = c;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  static int bomLength(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return 3;
    }
    if (b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
        || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe)) {
      return 2;
    }
    return 0;
  }

  private static boolean startsWith(byte[] b, String magic) {
    if (b.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if ((b[i] & 0xff) != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
  }
}
