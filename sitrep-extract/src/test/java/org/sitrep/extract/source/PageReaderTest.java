package org.sitrep.extract.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.ExtractionException;

class PageReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsGzippedPages() throws Exception {
    byte[] html = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(html);
    }
    Path f = dir.resolve("page.html.gz");
    Files.write(f, bos.toByteArray());
    assertArrayEquals(html, new PageReader(1 << 20).read(f).content());
  }

  @Test
  void truncatedGzipIsAClearError() throws Exception {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(new byte[100_000]);
    }
    byte[] all = bos.toByteArray();
    Path f = dir.resolve("cut.gz");
    Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> new PageReader(1 << 20).read(f));
    assertTrue(e.reason().startsWith("corrupt or truncated gzip"), e.reason());
  }

  @Test
  void hugeFilesAreRefusedBeforeReading() throws IOException {
    Path f = dir.resolve("huge.html");
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(200L * 1024 * 1024); // sparse: nothing is written
    }
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> new PageReader(PageReader.DEFAULT_MAX_BYTES).read(f));
    assertEquals("read", e.stage());
    assertTrue(e.reason().startsWith("file too large (200.0 MB"), e.reason());
  }

  @Test
  void missingFileIsAClearError() {
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> new PageReader(100).read(dir.resolve("nope.html")));
    assertEquals("no such file", e.reason());
  }
}
