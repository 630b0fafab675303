package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect: {@code search} and {@code serve} on a store with a truncated segments_N or a deleted
 * .si file exited 3 with a raw CorruptIndexException. They exit 4 with one line saying which
 * file is damaged and what to do.
 */
class CorruptStoreCommandTest {
  @TempDir
  Path tmp;

  private Path damaged(String kind) throws Exception {
    Path d = SearchRefusalsTest.store(tmp.resolve(kind));
    try (var files = Files.list(d)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (kind.equals("segments") && n.startsWith("segments_")) {
          byte[] b = Files.readAllBytes(f);
          Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
        } else if (kind.equals("si") && n.endsWith(".si")) {
          Files.delete(f);
        }
      }
    }
    return d;
  }

  private static void exitsFourWithOneLine(String[] r, String what) {
    assertEquals(String.valueOf(Main.ENVIRONMENT), r[0], r[2]);
    assertEquals(1, r[2].strip().lines().count(), r[2]);
    assertTrue(r[2].startsWith("sitrep: store ") && r[2].contains("is damaged")
        && r[2].contains(what) && r[2].contains("backup"), r[2]);
    assertFalse(r[2].contains("Exception") || r[2].contains("\tat "), r[2]);
  }

  @Test
  void corruptStoreWithTruncatedSegmentsExitsFour() throws Exception {
    Path d = damaged("segments");
    for (String cmd : List.of("search", "serve")) {
      String[] r = cmd.equals("serve")
          ? ExtractCommandTest.runText(cmd, "--store", d.toString(), "--port", "0")
          : ExtractCommandTest.runText(cmd, "--store", d.toString());
      exitsFourWithOneLine(r, "segments_");
    }
  }

  @Test
  void corruptStoreWithADeletedSiExitsFour() throws Exception {
    Path d = damaged("si");
    for (String cmd : List.of("search", "serve")) {
      String[] r = cmd.equals("serve")
          ? ExtractCommandTest.runText(cmd, "--store", d.toString(), "--port", "0")
          : ExtractCommandTest.runText(cmd, "--store", d.toString());
      exitsFourWithOneLine(r, ".si is missing");
    }
  }
}
