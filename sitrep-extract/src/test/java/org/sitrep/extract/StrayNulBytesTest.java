package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

/** One NUL byte made a whole page "binary content"; stray NULs are dropped with a warning. */
class StrayNulBytesTest {
  private static final String PAGE = "<html><head><title>Harbour</title></head><body><article>"
      + "<p>The harbour reopened on Monday after the storm, and the first ferries left at dawn"
      + " with cars, trucks and a few hundred passengers.</p>"
      + "<p>Officials said repairs to the pier would take another month.</p>"
      + "</article></body></html>";

  private static RawPage page(byte[] b) {
    return new RawPage("t", "http://localhost/harbour", b, "text/html; charset=utf-8", null,
        Map.of());
  }

  private static byte[] withNuls(String s, int... at) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int next = 0;
    for (int i = 0; i < b.length; i++) {
      if (next < at.length && at[next] == i) {
        out.write(0);
        next++;
      }
      out.write(b[i]);
    }
    return out.toByteArray();
  }

  @Test
  void oneNulByteMadeAPageBinary() throws Exception {
    int inText = PAGE.indexOf("reopened");
    byte[] b = withNuls(PAGE, inText);
    assertEquals(ContentKind.HTML, ContentKind.of(b));
    Article a = new Extractor().extract(page(b));
    assertTrue(a.text().contains("The harbour reopened on Monday"), a.text());
    assertFalse(a.text().contains("\u0000"));
    assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("nul-bytes")
        && w.message().contains("1 stray NUL byte ")), a.warnings().toString());
  }

  @Test
  void aFewNulBytesAreDroppedToo() throws Exception {
    byte[] b = withNuls(PAGE, 3, 60, PAGE.indexOf("ferries"));
    Article a = new Extractor().extract(page(b));
    assertTrue(a.text().contains("first ferries left"), a.text());
    assertTrue(a.warnings().stream().anyMatch(w -> w.message().contains("3 stray NUL bytes")));
  }

  @Test
  void binaryContentIsStillRefused() {
    byte[] random = new byte[20_000];
    new java.util.Random(11).nextBytes(random);
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> new Extractor().extract(page(random)));
    assertTrue(e.getMessage().contains("binary"), e.getMessage());

    // Text up front, then a body full of NULs (a database dump behind an HTML header).
    byte[] head = ("<html><body><p>" + "Plain words here. ".repeat(600) + "</p>")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] dump = new byte[head.length + 50_000];
    System.arraycopy(head, 0, dump, 0, head.length);
    for (int i = head.length; i < dump.length; i++) {
      dump[i] = (byte) (i % 3 == 0 ? 0 : 'a' + i % 26);
    }
    assertEquals(-1, ContentKind.strayNuls(dump));
    ExtractionException e2 = assertThrows(ExtractionException.class,
        () -> new Extractor().extract(page(dump)));
    assertTrue(e2.getMessage().contains("binary"), e2.getMessage());

    // NULs throughout the head.
    byte[] many = withNuls(PAGE, 1, 5, 9, 13, 17, 21, 25, 29, 33, 37);
    assertEquals(ContentKind.BINARY, ContentKind.of(many));
  }
}
