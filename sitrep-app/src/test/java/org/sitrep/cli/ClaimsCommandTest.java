package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/**
 * {@code sitrep claims} over a store of the seed page and its near-copy from another site,
 * ingested with the whole pipeline once.
 */
class ClaimsCommandTest {
  @TempDir
  static Path tmp;
  static Path store;

  @BeforeAll
  static void ingestTheSeedAndItsCopy() throws Exception {
    Path pages = tmp.resolve("pages");
    Files.createDirectories(pages);
    Files.copy(Path.of("../sitrep-extract/src/test/resources/palmyra-scraped.txt"),
        pages.resolve("palmyra-scraped.txt"));
    Files.write(pages.resolve("palmyra-copy.txt"),
        ClaimsCommandTest.class.getResourceAsStream("/stories/palmyra-copy.txt").readAllBytes());
    store = tmp.resolve("store");
    ExtractCommandTest.Run r = ExtractCommandTest.run("ingest", "--store", store.toString(),
        pages.toString());
    assertEquals(0, r.code(), r.err());
  }

  /** The count rows whose text holds {@code words}. */
  private static List<JsonNode> counts(List<JsonNode> rows, String words) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode r : rows) {
      if (r.path("kind").asText().equals("count") && r.path("text").asText().contains(words)) {
        out.add(r);
      }
    }
    return out;
  }

  private static String claimant(JsonNode row) {
    return row.path("claimant").asText() + " / " + row.path("organization").asText();
  }

  @Test
  void theSeedsStoryListsBothFiguresWithTheirClaimantsAndBothOutlets() throws Exception {
    ExtractCommandTest.Run all = ExtractCommandTest.run("claims", "--store", store.toString());
    assertEquals(0, all.code(), all.err());
    assertTrue(all.err().contains("from 1 story"), "seed and copy are one story: " + all.err());
    List<JsonNode> rows = all.lines();
    String story = rows.get(0).path("story").asText();
    ExtractCommandTest.Run one = ExtractCommandTest.run("claims", "--store", store.toString(),
        "--story", story);
    assertEquals(rows, one.lines(), "--story gives that story's ledger");
    // a story's id is its first-stored copy's: any copy's article id finds the story too
    for (JsonNode id : rows.get(0).path("article_ids")) {
      ExtractCommandTest.Run byArticle = ExtractCommandTest.run("claims", "--store",
          store.toString(), "--story", id.asText());
      assertEquals(rows, byArticle.lines(), "--story " + id.asText() + ": " + byArticle.err());
    }
    List<JsonNode> some = counts(rows, "4,000 terrorists");
    List<JsonNode> more = counts(rows, "5,000 militants");
    assertEquals(1, some.size(), "the same figure from both copies is one row: " + rows);
    assertEquals(1, more.size(), "the same figure from both copies is one row: " + rows);
    for (JsonNode r : List.of(some.get(0), more.get(0))) {
      assertTrue(claimant(r).matches("(?i).*(ministry|konashenkov).*"), r.toString());
      List<String> outlets = new ArrayList<>();
      r.path("outlets").forEach(o -> outlets.add(o.asText()));
      assertEquals(2, outlets.size(), "the seed's outlet and the copy's: " + r);
      assertEquals(2, r.path("article_ids").size(), r.toString());
      assertNotNull(r.path("figure_group").textValue(), r.toString());
    }
    assertEquals(4000.0, some.get(0).path("value").asDouble());
    assertEquals(5000.0, more.get(0).path("value").asDouble());
  }

  @Test
  void aQueryChoosesTheStoriesOfItsMatches() throws Exception {
    ExtractCommandTest.Run hit = ExtractCommandTest.run("claims", "--store", store.toString(),
        "Konashenkov");
    assertEquals(0, hit.code(), hit.err());
    assertTrue(!hit.lines().isEmpty(), hit.err());
    ExtractCommandTest.Run miss = ExtractCommandTest.run("claims", "--store", store.toString(),
        "Springfield");
    assertEquals(0, miss.code(), miss.err());
    assertEquals(List.of(), miss.lines());
  }

  @Test
  void csvHasTheLedgersColumnsAndOneRecordPerRow() throws Exception {
    String[] json = ExtractCommandTest.runText("claims", "--store", store.toString());
    String[] csv = ExtractCommandTest.runText("claims", "--store", store.toString(), "--csv");
    assertEquals("0", csv[0], csv[2]);
    try (var parser = org.apache.commons.csv.CSVParser.parse(csv[1],
        org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
            .setSkipHeaderRecord(true).get())) {
      assertEquals(org.sitrep.core.table.Ledger.LEDGER.columnNames(), parser.getHeaderNames());
      List<org.apache.commons.csv.CSVRecord> records = parser.getRecords();
      assertEquals(json[1].lines().count(), records.size());
      assertTrue(records.stream().anyMatch(r -> r.get("text").contains("5,000 militants")
          && r.get("outlets").contains("; ")), csv[1]);
    }
  }

  @Test
  void anUnknownStoryIsAClearMessageAndExitCode2() throws Exception {
    ExtractCommandTest.Run r = ExtractCommandTest.run("claims", "--store", store.toString(),
        "--story", "no-such-story");
    assertEquals(2, r.code());
    assertEquals(List.of(), r.lines());
    assertTrue(r.err().contains("no story no-such-story"), r.err());
  }

  @Test
  void anEmptyStoreIsAnEmptyLedgerAndExitCode0() throws Exception {
    Path empty = tmp.resolve("empty");
    Store.open(empty).close();
    String[] r = ExtractCommandTest.runText("claims", "--store", empty.toString());
    assertEquals("0", r[0], r[2]);
    assertEquals("", r[1]);
  }

  @Test
  void storyAndQueryTogetherAreRefused() throws Exception {
    ExtractCommandTest.Run r = ExtractCommandTest.run("claims", "--store", store.toString(),
        "--story", "x", "Palmyra");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("not both"), r.err());
  }
}
