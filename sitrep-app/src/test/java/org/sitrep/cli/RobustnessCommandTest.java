package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** The robustness issue's bar, through the command as a user runs it. */
class RobustnessCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir
  Path tmp;

  private static String page(String title, String body) {
    return "<html><head><meta charset=utf-8><title>" + title + "</title></head><body><article>"
        + ("<p>" + body + "</p>").repeat(3) + "</article></body></html>";
  }

  @Test
  void aFolderOfBadInputsEndsWithEveryEntryAccountedFor() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String f : new String[] {"palmyra-scraped.txt", "aljazeera-nasa-moon.html",
        "nbcnews-hitler-house.html"}) {
      Files.copy(EXAMPLES.resolve(f), in.resolve(f));
    }
    Files.writeString(in.resolve("quotes.txt"), "\"".repeat(5_000_000));
    StringBuilder big = new StringBuilder("A very long report\n\n");
    String para = "The commission said on Tuesday that the flood defences along the river had "
        + "failed in 14 places, and that \"more than 2,000 homes\" were damaged in the region. ";
    for (int i = 0; big.length() < 10_000_000; i++) {
      big.append(para).append("Section ").append(i).append(" of the report.\n\n");
    }
    Files.writeString(in.resolve("report.txt"), big);
    Files.createDirectories(in.resolve("loop1"));
    Files.createSymbolicLink(in.resolve("loop1/up"), in);
    Files.createDirectories(in.resolve("loop2/inner"));
    Files.createSymbolicLink(in.resolve("loop2/inner/back"), in.resolve("loop2"));
    Process mk = new ProcessBuilder("mkfifo", in.resolve("pipe").toString()).start();
    boolean fifo = mk.waitFor() == 0;
    byte[] utf16 = page("Wörter über Brücken", "The bridge over the Danube at Linz will close "
        + "for repairs in March, the city council said, and ferries will run instead.")
        .getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xff;
    withBom[1] = (byte) 0xfe;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    Files.write(in.resolve("utf16.html"), withBom);
    Files.writeString(in.resolve("data.json"), "{\"items\": [" + "{\"a\": 1},".repeat(50000)
        + "{\"a\": 2}]}");

    Path store = tmp.resolve("store");
    ExtractCommandTest.Run r = ExtractCommandTest.run("ingest", "--store", store.toString(),
        in.toString());
    assertEquals(1, r.code(), r.err());
    // ingest: 10 documents, 5 stored, 0 unchanged, 1 skipped, 4 failed, ...
    Matcher m = Pattern.compile("ingest: (\\d+)(?:/\\d+)? documents, (\\d+) stored(.*)")
        .matcher(lastProgress(r.err()));
    assertTrue(m.find(), r.err());
    int documents = Integer.parseInt(m.group(1));
    int sum = 0;
    Matcher part = Pattern.compile("(\\d+) (stored|updated|replaced|duplicate|unchanged|skipped|"
        + "failed)").matcher(m.group(0));
    while (part.find()) {
      sum += Integer.parseInt(part.group(1));
    }
    assertEquals(documents, sum, "the counts add up: " + m.group(0));
    assertEquals(fifo ? 10 : 9, documents, r.err());
    try (Store s = Store.openReadOnly(store)) {
      assertEquals(5, s.count(), "three good pages, the long report and the UTF-16 page");
      List<org.sitrep.model.Failure> failures = s.failures();
      assertEquals(fifo ? 4 : 3, failures.size(), failures.toString());
      String all = failures.toString();
      assertTrue(all.contains("hardly any letters"), all);
      assertTrue(all.contains("symbolic link loop"), all);
      assertTrue(!fifo || all.contains("FIFO"), all);
    }
    assertTrue(r.err().contains("skipped: " + in.resolve("data.json") + " (JSON data)"), r.err());
    ExtractCommandTest.Run search = ExtractCommandTest.run("search", "--store", store.toString(),
        "--json", "Danube");
    assertEquals("Wörter über Brücken", search.lines().get(0).get("title").asText());
    ExtractCommandTest.Run report = ExtractCommandTest.run("search", "--store", store.toString(),
        "--json", "commission");
    assertFalse(report.lines().isEmpty());
  }

  private static String lastProgress(String err) {
    String last = "";
    for (String l : err.split("[\r\n]")) {
      if (l.contains("ingest: ")) {
        last = l.substring(l.indexOf("ingest: "));
      }
    }
    return last;
  }

  @Test
  void environmentFaultsExit4WithOneLine() throws Exception {
    Path store = tmp.resolve("store");
    try (Store held = Store.open(store)) {
      ExtractCommandTest.Run locked = ExtractCommandTest.run("ingest", "--no-nlp", "--store",
          store.toString(), EXAMPLES.toString());
      assertEquals(4, locked.code(), locked.err());
      assertTrue(locked.err().startsWith("sitrep: store " + store + " is locked by another "
          + "ingest (pid " + ProcessHandle.current().pid() + ")"), locked.err());
      assertEquals(1, locked.err().strip().lines().count(), locked.err());
    }
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    ExtractCommandTest.Run isFile = ExtractCommandTest.run("ingest", "--no-nlp", "--store",
        file.toString(), EXAMPLES.toString());
    assertEquals(4, isFile.code());
    assertEquals("sitrep: store path " + file + " is a file, not a folder; pass --store a folder "
        + "(it is created when missing)", isFile.err().strip());

    Path ro = Files.createDirectories(tmp.resolve("ro"));
    assumeTrue(Files.getFileStore(ro).supportsFileAttributeView("posix"));
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      ExtractCommandTest.Run readOnly = ExtractCommandTest.run("ingest", "--no-nlp", "--store",
          ro.toString(), EXAMPLES.toString());
      assertEquals(4, readOnly.code(), readOnly.err());
      assertTrue(readOnly.err().contains("is read-only"), readOnly.err());
      assertFalse(readOnly.err().contains("Exception"), readOnly.err());
    } finally {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void searchFoldsAccentsMatchesHostsAndSaysWhatIsWrong() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("p.html"), page("Premier speaks", "Prime Minister Édouard "
        + "Philippe said on Monday that the pension reform would go ahead despite the strikes.")
        .replace("<title>", "<link rel=canonical href=\"https://www.lemonde.example/p\"><title>"));
    Path store = tmp.resolve("store");
    assertEquals(0, ExtractCommandTest.run("ingest", "--no-nlp", "--store", store.toString(),
        in.toString()).code());
    ExtractCommandTest.Run e = ExtractCommandTest.run("search", "--store", store.toString(),
        "--json", "Edouard");
    assertEquals(1, e.lines().size(), e.err());
    assertEquals(1, ExtractCommandTest.run("search", "--store", store.toString(), "--json",
        "--site", "lemonde.example", "pension").lines().size());
    assertTrue(e.err().contains("1 of 1 matching articles"), e.err());

    ExtractCommandTest.Run bad = ExtractCommandTest.run("search", "--store", store.toString(),
        "\"unclosed");
    assertEquals(2, bad.code());
    assertEquals(1, bad.err().strip().lines().count(), bad.err());
    assertTrue(bad.err().contains("column"), bad.err());
    assertEquals(2, ExtractCommandTest.run("search", "--store", store.toString(), "--limit",
        "-1", "x").code());
  }
}
