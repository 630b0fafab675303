package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentKindTest {
  private static ContentKind of(String s) {
    return ContentKind.of(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void recognisesByContentNotName() {
    assertEquals(ContentKind.HTML, of("<!DOCTYPE html><html><body><p>x</p></body></html>"));
    assertEquals(ContentKind.HTML, of("\n\n  <html lang=en><head><title>t</title>"));
    assertEquals(ContentKind.HTML, of("<div class=story><p>Text</p></div>"));
    assertEquals(ContentKind.TEXT, of("Home Middle East Headline\n\nBody text."));
    assertEquals(ContentKind.TEXT, of("Prices < 5 dollars > 3 dollars"));
    assertEquals(ContentKind.EMPTY, of(""));
    assertEquals(ContentKind.EMPTY, of(" \n\t \r\n"));
    assertEquals(ContentKind.HTML, ContentKind.of(Fixtures.bytes(
        "pages/42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc.html")));
  }

  @Test
  void binaryFormatsAreNamed() {
    assertEquals(ContentKind.BINARY, of("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
    assertEquals("PDF", ContentKind.binaryFormat("%PDF-1.4".getBytes(StandardCharsets.ISO_8859_1)));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertEquals(ContentKind.BINARY, ContentKind.of(png));
    assertEquals("PNG image", ContentKind.binaryFormat(png));
    byte[] random = new byte[4096];
    new java.util.Random(7).nextBytes(random);
    assertEquals(ContentKind.BINARY, ContentKind.of(random));
  }

  @Test
  void utf16WithBomIsText() {
    byte[] s = "\uFEFFHello world".getBytes(StandardCharsets.UTF_16LE);
    assertEquals(ContentKind.TEXT, ContentKind.of(s));
  }
}
