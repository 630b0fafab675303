package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

class WideCharsetsTest {
  private static final String PAGE = new String(Fixtures.bytes("pages/"
      + "5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e.html"),
      StandardCharsets.UTF_8);

  private static byte[] encode(String s, String charset, byte[] bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(s.getBytes(Charset.forName(charset)));
    return out.toByteArray();
  }

  private static void sameAsUtf8(String charset, byte[] bom) throws Exception {
    Extractor x = new Extractor();
    Article utf8 = x.extract(RawPage.ofBytes("p.html", PAGE.getBytes(StandardCharsets.UTF_8)));
    Article wide = x.extract(RawPage.ofBytes("p.html", encode(PAGE, charset, bom)));
    assertEquals(utf8.title(), wide.title(), charset);
    assertEquals(utf8.text(), wide.text(), charset);
  }

  @Test
  void utf16WithAndWithoutBom() throws Exception {
    sameAsUtf8("UTF-16LE", new byte[] {(byte) 0xff, (byte) 0xfe});
    sameAsUtf8("UTF-16BE", new byte[] {(byte) 0xfe, (byte) 0xff});
    sameAsUtf8("UTF-16LE", new byte[0]);
    sameAsUtf8("UTF-16BE", new byte[0]);
  }

  @Test
  void utf32WithAndWithoutBom() throws Exception {
    sameAsUtf8("UTF-32LE", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
    sameAsUtf8("UTF-32BE", new byte[] {0, 0, (byte) 0xfe, (byte) 0xff});
    sameAsUtf8("UTF-32LE", new byte[0]);
    sameAsUtf8("UTF-32BE", new byte[0]);
  }

  @Test
  void scrapedTextInUtf16() throws Exception {
    String seed = new String(Fixtures.bytes("palmyra-scraped.txt"), StandardCharsets.UTF_8);
    Article a = new Extractor().extract(RawPage.ofBytes("s.txt",
        encode(seed, "UTF-16LE", new byte[] {(byte) 0xff, (byte) 0xfe})));
    assertEquals("New ISIS offensive on Palmyra proves terrorists should not be given chance to "
        + "regroup", a.title());
  }

  @Test
  void asciiCompatibleTextIsNotWide() {
    assertNull(WideCharsets.detect(PAGE.getBytes(StandardCharsets.UTF_8)));
    assertNull(WideCharsets.detect(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
  }
}
