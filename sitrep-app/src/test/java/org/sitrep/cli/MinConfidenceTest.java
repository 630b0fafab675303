package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.model.Span;
import org.sitrep.store.Store;

/**
 * {@code --min-confidence X} of {@code events}, {@code search} and {@code export}, over a
 * hand-made store (no NLP): a sure protest in one article, an unsure assault in another.
 */
class MinConfidenceTest {
  @TempDir
  Path tmp;

  static Event event(String type, double confidence, String text) {
    return new Event("e1", type, null, null, List.of(), List.of(), null, null, List.of(),
        List.of(new Event.Evidence(new Span(0, text.length()), new Span(0, 5), "x")), List.of(),
        "happened", confidence);
  }

  static Article article(String id, String title, String text, Event e) {
    return new Article(Article.SCHEMA_VERSION, id, id + ".txt", null, "example.com", title,
        "World", List.of(), null, null, null, "en", text, List.of(), Map.of(),
        Layers.EMPTY.withEvents(List.of(e)));
  }

  /** Two articles of different stories: PROTEST at 0.9, ASSAULT at 0.4. */
  static Path store(Path dir) throws Exception {
    String t1 = "Protesters marched through the city centre of Aleppo on Monday afternoon.";
    String t2 = "Gunmen attacked a checkpoint near the northern border crossing at dawn today.";
    try (Store s = Store.open(dir)) {
      s.put(article("a1", "March in the city", t1, event("PROTEST", 0.9, t1)), "1:1");
      s.put(article("a2", "Checkpoint attack", t2, event("ASSAULT", 0.4, t2)), "2:2");
      s.commit();
    }
    return dir;
  }

  /**
   * Defect: events --store with no store there was exit 3 "internal error:
   * NoSuchFileException", and events --store S FILE printed the store, ignoring FILE.
   */
  @Test
  void eventsWithAMissingStoreOrWithPagesBesideTheStoreIsAUsageError() throws Exception {
    ExtractCommandTest.Run none = ExtractCommandTest.run("events", "--store",
        tmp.resolve("nostore").toString());
    assertEquals(2, none.code(), none.err());
    assertTrue(none.err().contains("no store at"), none.err());
    assertTrue(none.lines().isEmpty(), none.lines().toString());
    Path store = store(tmp.resolve("store"));
    Path page = Files.writeString(tmp.resolve("page.txt"), "Protesters marched in Aleppo.");
    ExtractCommandTest.Run both = ExtractCommandTest.run("events", "--store", store.toString(),
        page.toString());
    assertEquals(2, both.code(), both.err());
    assertTrue(both.err().contains("not both"), both.err());
    assertTrue(both.lines().isEmpty(), both.lines().toString());
  }

  @Test
  void eventsFromStoreKeepOnlyEventsOfAtLeastMinConfidence() throws Exception {
    Path store = store(tmp.resolve("store"));
    ExtractCommandTest.Run all = ExtractCommandTest.run("events", "--store", store.toString());
    assertEquals(0, all.code(), all.err());
    assertEquals(2, all.lines().size(), all.lines().toString());
    ExtractCommandTest.Run sure = ExtractCommandTest.run("events", "--store", store.toString(),
        "--min-confidence", "0.8");
    assertEquals(0, sure.code(), sure.err());
    assertEquals(1, sure.lines().size(), sure.lines().toString());
    assertEquals("PROTEST", sure.lines().get(0).path("event").path("type").asText());
    String[] csv = ExtractCommandTest.runText("events", "--store", store.toString(), "--csv",
        "--min-confidence", "0.95");
    assertEquals("0", csv[0], csv[2]);
    assertEquals(1, csv[1].strip().lines().count(), "only the header: " + csv[1]);
  }

  @Test
  @Tag("corenlp")
  void eventsOfPagesKeepOnlyEventsOfAtLeastMinConfidence() throws Exception {
    String page = java.nio.file.Path.of("..", "examples", "palmyra-scraped.txt").toString();
    ExtractCommandTest.Run all = ExtractCommandTest.run("events", page);
    assertEquals(0, all.code(), all.err());
    List<Double> confidences = all.lines().stream()
        .map(l -> l.path("event").path("confidence").asDouble()).sorted().toList();
    assertTrue(confidences.size() >= 2, all.lines().toString());
    assertTrue(confidences.stream().allMatch(c -> c > 0 && c < 1), confidences.toString());
    double t = confidences.get(confidences.size() - 1); // the surest event's
    ExtractCommandTest.Run sure = ExtractCommandTest.run("events", "--min-confidence",
        String.valueOf(t), page);
    assertEquals(0, sure.code(), sure.err());
    assertEquals(confidences.stream().filter(c -> c >= t).count(), sure.lines().size());
    assertTrue(sure.lines().size() < all.lines().size() || confidences.get(0) >= t);
  }

  @Test
  void searchEventWithMinConfidenceKeepsOnlyArticlesWithSuchAnEventThatSure() throws Exception {
    Path store = store(tmp.resolve("store"));
    assertEquals(1, hits(store, "--event", "ASSAULT"));
    assertEquals(0, hits(store, "--event", "ASSAULT", "--min-confidence", "0.5"));
    assertEquals(1, hits(store, "--event", "ASSAULT", "--min-confidence", "0.4"),
        "the bound is inclusive");
    assertEquals(1, hits(store, "--event", "protest", "--min-confidence", "0.9"));
    assertEquals(0, hits(store, "--event", "PROTEST", "--min-confidence", "0.901"));
    assertEquals(2, hits(store, "--min-confidence", "0"));
    assertEquals(1, hits(store, "--min-confidence", "0.5"), "any type at >= 0.5: the protest");
  }

  private static int hits(Path store, String... filters) {
    String[] args = new String[filters.length + 4];
    args[0] = "search";
    args[1] = "--store";
    args[2] = store.toString();
    args[3] = "--json";
    System.arraycopy(filters, 0, args, 4, filters.length);
    String[] r = ExtractCommandTest.runText(args);
    assertEquals("0", r[0], r[2]);
    return (int) r[1].lines().filter(l -> !l.isBlank()).count();
  }

  @Test
  void exportMinConfidenceFiltersTheEventsTableOnly() throws Exception {
    Path store = store(tmp.resolve("store"));
    Path csv = tmp.resolve("csv");
    ExtractCommandTest.Run r = ExtractCommandTest.run("export", "--store", store.toString(),
        "--csv", csv.toString(), "--min-confidence", "0.5");
    assertEquals(0, r.code(), r.err());
    try (Reader in = Files.newBufferedReader(csv.resolve("events.csv"));
         CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
             .parse(in)) {
      List<CSVRecord> rows = p.getRecords();
      assertEquals(1, rows.size());
      assertEquals("PROTEST", rows.get(0).get("plover_type"));
    }
    try (Reader in = Files.newBufferedReader(csv.resolve("articles.csv"));
         CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
             .parse(in)) {
      assertEquals(2, p.getRecords().size(), "articles are not filtered");
    }
  }

  @Test
  void minConfidenceOutsideZeroToOneExitsTwoWithOneLine() throws Exception {
    Path store = store(tmp.resolve("store"));
    List<List<String>> commands = List.of(
        List.of("events", "--store", store.toString()),
        List.of("events", tmp.resolve("no-such-page.txt").toString()),
        List.of("search", "--store", store.toString(), "--event", "PROTEST"),
        List.of("export", "--store", store.toString(), "--csv", tmp.resolve("out").toString()));
    for (List<String> c : commands) {
      for (String bad : List.of("1.5", "-0.1", "NaN")) {
        String[] args = new String[c.size() + 2];
        c.toArray(args);
        args[c.size()] = "--min-confidence";
        args[c.size() + 1] = bad;
        String[] r = ExtractCommandTest.runText(args);
        assertEquals(String.valueOf(Main.USAGE), r[0], c + " " + bad + ": " + r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].startsWith("sitrep: --min-confidence must be between 0 and 1"), r[2]);
        assertEquals("", r[1].strip(), "nothing written: " + r[1]);
      }
    }
    assertTrue(Files.notExists(tmp.resolve("out")), "export refused before writing");
  }
}
