package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect: a store with a truncated segments_N or a deleted .si file failed with Lucene's raw
 * CorruptIndexException. Opening it now is a {@link StoreException}: one line naming the file
 * and saying what to do.
 */
class CorruptStoreTest {
  @TempDir
  Path dir;

  /** A store of one article, then {@code damage} done to each of its files. */
  static Path damaged(Path d, String kind) throws IOException {
    try (Store s = Store.open(d)) {
      s.put(StoreTest.article("a", "Floods", "Rain and rescue teams.", null, null, List.of()),
          "1:1");
      s.commit();
    }
    try (var files = Files.list(d)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (kind.equals("segments") && n.startsWith("segments_")) {
          byte[] b = Files.readAllBytes(f);
          Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
        } else if (kind.equals("no-segments") && n.startsWith("segments_")) {
          Files.delete(f);
        } else if (kind.equals("si") && n.endsWith(".si")) {
          Files.delete(f);
        }
      }
    }
    return d;
  }

  private static void oneLine(StoreException e, String what) {
    String m = e.getMessage();
    assertTrue(m.contains(what), m);
    assertTrue(m.contains("is damaged") && m.contains("backup"), m);
    assertFalse(m.contains("\n") || m.contains("Exception"), m);
  }

  @Test
  void corruptStoreWithTruncatedSegmentsIsAStoreException() throws Exception {
    Path d = damaged(dir.resolve("s"), "segments");
    oneLine(assertThrows(StoreException.class, () -> Store.openReadOnly(d)),
        "segments_");
    oneLine(assertThrows(StoreException.class, () -> Store.open(d)), "truncated or corrupt");
  }

  @Test
  void corruptStoreWithADeletedSiIsAStoreException() throws Exception {
    Path d = damaged(dir.resolve("si"), "si");
    oneLine(assertThrows(StoreException.class, () -> Store.openReadOnly(d)), ".si is missing");
    oneLine(assertThrows(StoreException.class, () -> Store.open(d)), ".si is missing");
  }

  @Test
  void aStoreWhoseSegmentsFileIsDeletedIsDamagedNotEmptyAndKeepsItsFiles() throws Exception {
    Path d = damaged(dir.resolve("gone"), "no-segments");
    List<String> before;
    try (var files = Files.list(d)) {
      before = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    oneLine(assertThrows(StoreException.class, () -> Store.exists(d)), "no segments_N");
    oneLine(assertThrows(StoreException.class, () -> Store.openReadOnly(d)), "no segments_N");
    oneLine(assertThrows(StoreException.class, () -> Store.open(d)), "no segments_N");
    try (var files = Files.list(d)) {
      assertEquals(before, files.map(f -> f.getFileName().toString()).sorted().toList(),
          "opening for writing would have deleted the orphaned segments");
    }
  }

  @Test
  void anEmptyFolderIsStillANewStore() throws Exception {
    Path d = Files.createDirectories(dir.resolve("empty"));
    assertFalse(Store.exists(d));
    try (Store s = Store.open(d)) {
      assertTrue(Store.exists(d));
    }
  }
}
