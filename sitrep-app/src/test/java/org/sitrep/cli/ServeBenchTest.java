package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** {@code sitrep bench serve} over a tiny store it reuses: the table's rows, not its figures. */
class ServeBenchTest {
  @TempDir
  Path tmp;

  @Test
  void benchServeOverAStoreItReusesPrintsEveryRouteTheCoverageAndTheServersMemory()
      throws Exception {
    Path store = tmp.resolve("store");
    try (Store s = Store.open(store)) {
      s.put(SearchEntityKeyTest.article("a1", "The president spoke in the garden on Monday.",
          "PERSON", "Trump"), "1:1");
      s.put(SearchEntityKeyTest.article("a2", "Rescue teams reached the flooded valley.",
          "PERSON", "Smith"), "2:2");
      s.commit();
    }
    String[] r = ExtractCommandTest.runText("bench", "serve", "--store", store.toString(),
        "--warmup", "1", "--requests", "2", "--clients", "2", "--rounds", "1");
    assertEquals(String.valueOf(Main.OK), r[0], r[2]);
    String out = r[1];
    assertTrue(out.contains("2 articles"), out);
    assertTrue(out.contains("counts 2 articles") && out.contains(": every article"), out);
    for (String route : new String[] {"/api/search?q=president", "/api/places",
        "/api/overview"}) {
      assertTrue(out.lines().anyMatch(l -> l.startsWith(route + " ")), route + "\n" + out);
    }
    assertTrue(out.contains("2 clients × 1 rounds of the 3 routes: 6 answers"), out);
    assertTrue(out.contains("server RSS peak"), out);
  }

  @Test
  void theBenchsServerHeapIsTheLaunchersForServe() throws Exception {
    String launcher = java.nio.file.Files.readString(Path.of("..", "sitrep"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "\\*\\) heap=(-Xmx\\w+); modules= ;; # searches and aggregates").matcher(launcher);
    assertTrue(m.find(), "the launcher's plain serve heap");
    assertEquals(m.group(1), ServeBench.HEAP);
  }
}
