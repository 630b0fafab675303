package org.sitrep.extract.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {
  @TempDir
  Path dir;

  @Test
  void walksDirectoriesInNameOrderSkippingHiddenFiles() throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.html"), "x");
    Files.writeString(dir.resolve("b/1.html"), "x");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve(".hidden"), "x");
    Path missing = dir.resolve("missing.html");
    List<String> seen = new ArrayList<>();
    for (Path p : new FileSource(List.of(dir, missing))) {
      seen.add(dir.relativize(p).toString());
    }
    assertEquals(List.of("a.txt", "b/1.html", "b/2.html", "missing.html"), seen);
  }
}
