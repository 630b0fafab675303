package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/**
 * Crash safety with a real child process and a real kill -9: no page the progress output
 * reported as committed is lost, and a restarted ingest completes without duplicates.
 */
class KillTest {
  private static final Pattern COMMITTED = Pattern.compile("committed (\\d+)");
  private static final int PAGES = 2000;

  @TempDir
  Path tmp;

  @Test
  void killMidIngestLosesNothingCommitted() throws Exception {
    Path pages = tmp.resolve("pages");
    Files.createDirectories(pages);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      Path p = pages.resolve(String.format("page-%05d.html", i));
      Files.writeString(p, "<html><head><title>Report number " + i + "</title></head><body>"
          + "<article><p>Report " + i + " from the field: the council of district " + i
          + " met on Tuesday to discuss the water supply, the state of the roads and the "
          + "schools, and agreed to meet again next month.</p><p>Residents of district " + i
          + " said they expected repairs before winter.</p></article></body></html>");
      files.add(p);
    }
    Path store = tmp.resolve("store");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "org.sitrep.cli.Main", "ingest", "--no-nlp", "--threads", "2", "--commit-every", "50",
        "--store", store.toString(), pages.toString());
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process child = pb.start();
    int reported = 0;
    try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = err.readLine()) != null; ) {
        Matcher m = COMMITTED.matcher(line);
        if (m.find()) {
          reported = Integer.parseInt(m.group(1));
          if (reported >= 200) {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no final commit
            break;
          }
        }
      }
    }
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertTrue(reported >= 200 && reported < PAGES, "killed mid-way, after " + reported);

    try (Store s = Store.open(store)) {
      assertTrue(s.count() >= reported, s.count() + " stored, " + reported + " reported");
      // Documents are stored in input order, so the first `reported` files are all there.
      for (int i = 0; i < reported; i++) {
        assertTrue(s.hadAtOpen(files.get(i).toString(), org.sitrep.core.source.Sources.stamp(files.get(i))),
            "committed page lost: " + files.get(i));
      }
    }
    ExtractCommandTest.Run resumed = ExtractCommandTest.run("ingest", "--no-nlp", "--store",
        store.toString(), pages.toString());
    assertEquals(0, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("unchanged"), resumed.err());
    try (Store s = Store.open(store)) {
      assertEquals(PAGES, s.count(), "every page once, none twice");
    }
  }
}
