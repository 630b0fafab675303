package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --country-hint} and {@code --site-home} refuse what they cannot use, before any NLP. */
class PlaceHintOptionsTest {
  @TempDir
  Path dir;

  @Test
  void anInvalidCountryHintExitsWithUsage() {
    String[] r = ExtractCommandTest.runText("annotate", "--country-hint", "USA",
        dir.resolve("none.txt").toString());
    assertEquals(String.valueOf(Main.USAGE), r[0], r[2]);
    assertTrue(r[2].contains("--country-hint") && r[2].contains("'USA'"), r[2]);
    r = ExtractCommandTest.runText("ingest", "--store", dir.resolve("s").toString(),
        "--country-hint", "XX", dir.resolve("none.txt").toString());
    assertEquals(String.valueOf(Main.USAGE), r[0], r[2]);
    assertTrue(r[2].contains("'XX'"), r[2]);
  }

  @Test
  void anInvalidSiteHomeExitsWithUsage() {
    String[] r = ExtractCommandTest.runText("annotate", "--site-home", "example.com",
        dir.resolve("none.txt").toString());
    assertEquals(String.valueOf(Main.USAGE), r[0], r[2]);
    assertTrue(r[2].contains("HOST=AREA"), r[2]);
    r = ExtractCommandTest.runText("annotate", "--site-home", "example.com=US-QQ",
        dir.resolve("none.txt").toString());
    assertEquals(String.valueOf(Main.USAGE), r[0], r[2]);
    assertTrue(r[2].contains("US-QQ"), r[2]);
  }
}
