package org.sitrep.extract.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {
  @TempDir
  Path dir;

  private List<String> walk(Path... roots) {
    List<String> seen = new ArrayList<>();
    for (FileSource.Entry e : new FileSource(List.of(roots))) {
      String tag = e.failure() != null ? " FAIL " + e.failure() : e.skip() != null
          ? " SKIP " + e.skip() : "";
      seen.add(dir.relativize(e.path()) + tag);
    }
    return seen;
  }

  @Test
  void walksDirectoriesInNameOrderSkippingHiddenFiles() throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.html"), "x");
    Files.writeString(dir.resolve("b/1.html"), "x");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve(".hidden"), "x");
    assertEquals(List.of("a.txt", "b/1.html", "b/2.html", "missing.html"),
        walk(dir, dir.resolve("missing.html")));
  }

  @Test
  void symlinkLoopsAreFailuresAndEachRealPathIsReadOnce() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(a.resolve("page.html"), "x");
    Files.createSymbolicLink(a.resolve("up"), dir);          // a/up -> . (an ancestor)
    Files.createSymbolicLink(a.resolve("to-b"), b);          // a/to-b -> b
    Files.createSymbolicLink(b.resolve("to-a"), a);          // b/to-a -> a (loop via b)
    Files.createSymbolicLink(dir.resolve("same.html"), a.resolve("page.html"));
    List<String> seen = walk(dir);
    assertEquals(5, seen.size(), seen.toString());
    assertEquals("a/page.html", seen.get(0));
    assertTrue(seen.get(1).startsWith("a/to-b/to-a FAIL symbolic link loop"), seen.toString());
    assertTrue(seen.get(2).startsWith("a/up FAIL symbolic link loop"), seen.toString());
    assertTrue(seen.get(3).startsWith("b SKIP a folder already read"), seen.toString());
    assertTrue(seen.get(4).startsWith("same.html SKIP a file already read"), seen.toString());
  }

  @Test
  void fifosAndStoresAreNotRead() throws Exception {
    Path fifo = dir.resolve("fifo");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is not available");
    Path store = Files.createDirectories(dir.resolve("store"));
    Files.writeString(store.resolve("segments_1"), "x");
    assertEquals(List.of("fifo FAIL not a regular file (a FIFO); not read",
        "store SKIP a search index (Sitrep store) folder"), walk(dir));
  }
}
