package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {
  private static final String HEAD = "<html><head><meta charset=\"%s\"></head><body><p>%s</p>";

  @Test
  void declaredMetaCharsetIsHonoured() {
    Charset koi8 = Charset.forName("KOI8-R");
    byte[] b = String.format(HEAD, "koi8-r", "Привет, мир").getBytes(koi8);
    Charsets.Decoded d = Charsets.decode(b, null, true);
    assertEquals("meta", d.rule());
    assertEquals(true, d.text().contains("Привет, мир"));
  }

  @Test
  void httpEquivAndLatin1LabelMeanWindows1252() {
    String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        + "<p>Café – “quoted”</p>";
    byte[] b = html.getBytes(Charset.forName("windows-1252"));
    Charsets.Decoded d = Charsets.decode(b, null, true);
    assertEquals("windows-1252", d.charset().name());
    assertEquals(true, d.text().contains("Café – “quoted”"));
  }

  @Test
  void bomBeatsTheDeclaration() {
    byte[] body = String.format(HEAD, "windows-1252", "Zürich").getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[body.length + 3];
    b[0] = (byte) 0xef;
    b[1] = (byte) 0xbb;
    b[2] = (byte) 0xbf;
    System.arraycopy(body, 0, b, 3, body.length);
    Charsets.Decoded d = Charsets.decode(b, null, true);
    assertEquals("bom", d.rule());
    assertEquals(true, d.text().contains("Zürich"));
  }

  @Test
  void headerBeatsMetaAndDetectionFallsBackToWindows1252() {
    byte[] b = String.format(HEAD, "utf-8", "Zürich").getBytes(StandardCharsets.UTF_8);
    assertEquals("header", Charsets.decode(b, "text/html; charset=utf-8", true).rule());
    byte[] latin = "Gr\u00fc\u00dfe aus M\u00fcnchen".getBytes(StandardCharsets.ISO_8859_1);
    Charsets.Decoded d = Charsets.decode(latin, null, false);
    assertEquals("detected", d.rule());
    assertEquals("Grüße aus München", d.text());
    assertEquals("UTF-8", Charsets.decode("Grüße".getBytes(StandardCharsets.UTF_8), null, false)
        .charset().name());
  }

  @Test
  void aPageThatLiesAboutItsCharsetIsReadAsItsBytesSayWithAWarning() throws Exception {
    String html = "<html><head><meta charset=\"utf-8\"><title>Café</title></head><body><article>"
        + "<p>" + "Le café de la gare a rouvert ses portes après les travaux, a dit le maire. "
        .repeat(4) + "</p></article></body></html>";
    byte[] latin1 = html.getBytes(Charset.forName("windows-1252"));
    org.sitrep.model.Article a = new Extractor().extract(
        org.sitrep.model.RawPage.ofBytes("lying.html", latin1));
    assertEquals(true, a.text().contains("Le café de la gare"), a.text());
    assertEquals(true, a.warnings().stream().anyMatch(w -> w.code().equals("charset-mismatch")));
  }
}
