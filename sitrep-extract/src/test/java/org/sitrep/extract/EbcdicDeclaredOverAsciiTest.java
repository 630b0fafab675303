package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

/** A page declaring EBCDIC over plain-ASCII bytes came out as mojibake with no warning. */
class EbcdicDeclaredOverAsciiTest {
  private static final String BODY = "<p>The ferry service to the islands resumed on Friday after"
      + " three days of storms, the port authority said, and more sailings were added.</p>";

  private static Article extract(String html, String contentType) throws Exception {
    return new Extractor().extract(new RawPage("t", "http://localhost/ferry",
        html.getBytes(StandardCharsets.UTF_8), contentType, null, Map.of()));
  }

  @Test
  void ebcdicDeclaredOverAsciiBytesIsACharsetMismatch() throws Exception {
    for (String label : new String[] {"IBM037", "cp037", "ebcdic-cp-us"}) {
      String html = "<html><head><meta charset=\"" + label + "\"><title>Ferry</title></head>"
          + "<body><article>" + BODY + "</article></body></html>";
      Article a = extract(html, "text/html");
      assertTrue(a.text().contains("The ferry service to the islands resumed"), label + ": "
          + a.text());
      assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("charset-mismatch")
          && w.message().contains("IBM037") && w.message().contains("UTF-8")),
          label + ": " + a.warnings());
    }
  }

  @Test
  void ebcdicDeclaredInTheHeaderOverUtf8IsACharsetMismatch() throws Exception {
    Article a = extract("<html><body><article>" + BODY.replace("Friday", "Friday — café")
        + "</article></body></html>", "text/html; charset=IBM037");
    assertTrue(a.text().contains("Friday — café"), a.text());
    assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("charset-mismatch")));
  }

  @Test
  void asciiCompatibleCharsetsAreTold() {
    assertFalse(Charsets.asciiCompatible(Charset.forName("IBM037")));
    assertFalse(Charsets.asciiCompatible(StandardCharsets.UTF_16BE));
    assertTrue(Charsets.asciiCompatible(StandardCharsets.UTF_8));
    assertTrue(Charsets.asciiCompatible(Charset.forName("windows-1252")));
    assertTrue(Charsets.asciiCompatible(Charset.forName("Shift_JIS")));
  }

  @Test
  void anAsciiCompatibleDeclaredCharsetIsStillHonoured() throws Exception {
    Article a = extract("<html><head><meta charset=\"windows-1252\"></head><body><article>"
        + BODY + "</article></body></html>", "text/html");
    assertEquals(0, a.warnings().stream().filter(w -> w.code().equals("charset-mismatch"))
        .count());
  }
}
