package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Layers;
import org.sitrep.store.Store;

/** {@code sitrep search} refusing what it cannot or should not answer. */
class SearchRefusalsTest {
  @TempDir
  Path tmp;

  static Path store(Path dir) throws Exception {
    try (Store s = Store.open(dir)) {
      s.put(new Article(Article.SCHEMA_VERSION, "a1", "a1.txt", null, "example.com",
          "Floods in the valley", "World", List.of(), null, null, null, "en",
          "Rescue teams reached the flooded villages of the valley.", List.of(), Map.of(),
          Layers.EMPTY), "1:1");
      s.commit();
    }
    return dir;
  }

  /** Defect: 1,000 fuzzy terms ran for seconds, then exited 3 with an internal error. */
  @Test
  void expensiveQueryOfAThousandFuzzyTermsExitsTwoWithOneLine() throws Exception {
    Path store = store(tmp.resolve("store"));
    String q = IntStream.range(0, 1000).mapToObj(i -> "flood" + i + "~")
        .collect(Collectors.joining(" "));
    String[] r = ExtractCommandTest.runText("search", "--store", store.toString(), q);
    assertEquals(String.valueOf(Main.USAGE), r[0], r[2]);
    assertEquals(1, r[2].strip().lines().count(), r[2]);
    assertTrue(r[2].startsWith("sitrep: query too expensive: "), r[2]);
    assertTrue(r[2].contains("fuzzy"), r[2]);
  }

  /** Defect: a long a*b*c*… wildcard exited 3 with an internal error. */
  @Test
  void expensiveQueryOfALongWildcardExitsTwoWithOneLine() throws Exception {
    Path store = store(tmp.resolve("store"));
    String q = IntStream.range(0, 26).mapToObj(i -> String.valueOf((char) ('a' + i)))
        .collect(Collectors.joining("*"));
    String[] r = ExtractCommandTest.runText("search", "--store", store.toString(), q);
    assertEquals(String.valueOf(Main.USAGE), r[0], r[2]);
    assertEquals(1, r[2].strip().lines().count(), r[2]);
    assertTrue(r[2].contains("wildcards"), r[2]);
    assertFalse(r[2].contains("Exception"), r[2]);
  }

  /** Defect: an unknown --event type answered "no hits", as if there were no such events. */
  @Test
  void searchUnknownEventTypeSaidNoHits() throws Exception {
    Path store = store(tmp.resolve("store"));
    String[] r = ExtractCommandTest.runText("search", "--store", store.toString(), "--event",
        "BOMBING");
    assertEquals(String.valueOf(Main.USAGE), r[0], r[2]);
    assertEquals(1, r[2].strip().lines().count(), r[2]);
    assertTrue(r[2].startsWith("sitrep: --event BOMBING is no event type"), r[2]);
    assertTrue(r[2].contains("ASSAULT") && r[2].contains("Armed clash")
        && r[2].contains("Peaceful protest"), r[2]);
    assertFalse(r[1].contains("no hits"), r[1]);
    for (String known : List.of("assault", "Armed clash", "PROTEST")) {
      String[] ok = ExtractCommandTest.runText("search", "--store", store.toString(),
          "--event", known);
      assertEquals("0", ok[0], known + ": " + ok[2]);
    }
  }

  /** Defect: --since 2024-13-01 printed Java's "class java.time.LocalDate … DateTimeParseException". */
  @Test
  void searchSinceNotADayPrintedJavaText_nowOneLineNamingTheOption() throws Exception {
    Path store = store(tmp.resolve("store"));
    for (String option : List.of("--since", "--until")) {
      for (String value : List.of("2024-13-01", "2024-02-30", "yesterday")) {
        String[] r = ExtractCommandTest.runText("search", "--store", store.toString(), option,
            value, "flood");
        assertEquals(String.valueOf(Main.USAGE), r[0], r[2]);
        assertEquals("sitrep: " + option + ": not a date (YYYY-MM-DD): " + value,
            r[2].lines().findFirst().orElse(""), r[2]);
        assertFalse(r[2].contains("java."), r[2]);
      }
    }
    String[] ok = ExtractCommandTest.runText("search", "--store", store.toString(), "--since",
        "2024-02-29", "flood");
    assertEquals("0", ok[0], ok[2]);
  }
}
