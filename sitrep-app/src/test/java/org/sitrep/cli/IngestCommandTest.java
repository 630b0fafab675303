package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.core.table.Tables;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** The store issue's bar, through the command as a user runs it. */
class IngestCommandTest {
  @TempDir
  Path tmp;

  @Test
  void ingestTwiceSearchAndStories() throws Exception {
    Path examples = Path.of("..", "examples");
    Path store = tmp.resolve("store");
    ExtractCommandTest.Run first = ExtractCommandTest.run("ingest", "--store", store.toString(),
        examples.toString());
    assertEquals(0, first.code(), first.err());
    int count;
    try (Store s = Store.open(store)) {
      count = s.count();
      assertEquals(3, count);
    }
    ExtractCommandTest.Run again = ExtractCommandTest.run("ingest", "--store", store.toString(),
        "--force", examples.toString());
    assertEquals(0, again.code(), again.err());
    try (Store s = Store.open(store)) {
      assertEquals(count, s.count(), "re-ingesting adds nothing");
    }
    ExtractCommandTest.Run search = ExtractCommandTest.run("search", "--store", store.toString(),
        "--json", "Konashenkov");
    JsonNode top = search.lines().get(0);
    assertEquals("palmyra-scraped.txt", Path.of(top.get("source").asText()).getFileName().toString());

    Path pages = tmp.resolve("pages");
    Files.createDirectories(pages);
    for (String f : new String[] {"palmyra-copy.txt", "palmyra-ruins.txt"}) {
      Files.write(pages.resolve(f), getClass().getResourceAsStream("/stories/" + f).readAllBytes());
    }
    assertEquals(0, ExtractCommandTest.run("ingest", "--store", store.toString(),
        pages.toString()).code());
    // The near-copy shares the seed's story; the other Palmyra article does not.
    String seedStory = top.get("story").asText();
    String copyStory = null;
    String ruinsStory = null;
    for (JsonNode h : ExtractCommandTest.run("search", "--store", store.toString(), "--json",
        "Palmyra").lines()) {
      String src = Path.of(h.get("source").asText()).getFileName().toString();
      if (src.equals("palmyra-copy.txt")) {
        copyStory = h.get("story").asText();
      } else if (src.equals("palmyra-ruins.txt")) {
        ruinsStory = h.get("story").asText();
      }
    }
    assertEquals(seedStory, copyStory);
    assertNotEquals(seedStory, ruinsStory);
    ExtractCommandTest.Run dedup = ExtractCommandTest.run("search", "--store", store.toString(),
        "--json", "--dedup", "Palmyra");
    assertEquals(2, dedup.lines().size(), "seed and copy fold into one story");
    // Palmyra (Tadmur, 34.56 N 38.27 E): the seed is found near it, not 500 km away.
    ExtractCommandTest.Run near = ExtractCommandTest.run("search", "--store", store.toString(),
        "--json", "--near", "Palmyra", "--km", "100", "Konashenkov");
    assertTrue(sources(near).contains("palmyra-scraped.txt"), near.err());
    assertTrue(near.err().contains("Tadmur") || near.err().contains("Palmyra"), near.err());
    ExtractCommandTest.Run point = ExtractCommandTest.run("search", "--store", store.toString(),
        "--json", "--near", "34.9,38.0", "--km", "100", "Konashenkov");
    assertTrue(sources(point).contains("palmyra-scraped.txt"), point.err());
    ExtractCommandTest.Run far = ExtractCommandTest.run("search", "--store", store.toString(),
        "--json", "--near", "31.0,34.0", "--km", "100", "Konashenkov");
    assertEquals(0, far.lines().size(), "about 500 km from Palmyra");
    ExtractCommandTest.Run byEntity = ExtractCommandTest.run("search", "--store",
        store.toString(), "--json", "--entity", "ISIS");
    assertTrue(byEntity.lines().size() >= 1);

    // Events are searchable by PLOVER and ACLED type.
    assertTrue(sources(ExtractCommandTest.run("search", "--store", store.toString(), "--json",
        "--event", "ASSAULT", "Palmyra")).contains("palmyra-scraped.txt"));
    assertTrue(sources(ExtractCommandTest.run("search", "--store", store.toString(), "--json",
        "--event", "armed clash")).contains("palmyra-scraped.txt"));
    assertFalse(sources(ExtractCommandTest.run("search", "--store", store.toString(), "--json",
        "--event", "PROTEST")).contains("palmyra-scraped.txt"));

    // --dedup: one event per story: the near-copy adds a source to the seed's assault, not a
    // second one.
    String seedId = top.get("id").asText();
    ExtractCommandTest.Run events = ExtractCommandTest.run("events", "--store", store.toString(),
        "--dedup");
    assertEquals(0, events.code(), events.err());
    java.util.List<JsonNode> assaults = events.lines().stream()
        .filter(l -> l.path("sources").toString().contains("\"" + seedId + "\"")
            && l.path("event").path("type").asText().equals("ASSAULT")
            && l.path("event").path("status").asText().equals("happened")).toList();
    assertEquals(1, assaults.size(), events.lines().toString());
    assertEquals(2, assaults.get(0).path("sources").size(),
        "the seed and its near-copy: " + assaults.get(0).path("sources"));
    assertTrue(events.lines().stream().noneMatch(l -> l.path("source").asText()
        .endsWith("palmyra-ruins.txt") && l.path("sources").size() > 1),
        "the other Palmyra article is its own story");
    ExtractCommandTest.Run each = ExtractCommandTest.run("events", "--store", store.toString());
    assertTrue(each.lines().size() > events.lines().size(), "without --dedup, each article's");
    String[] csv = ExtractCommandTest.runText("events", "--csv", "--dedup", "--store",
        store.toString());
    assertEquals("0", csv[0], csv[2]);
    try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(csv[1],
        org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .get())) {
      java.util.List<org.apache.commons.csv.CSVRecord> rows = p.getRecords();
      assertEquals(events.lines().size(), rows.size(), "one row per event");
      assertEquals(Tables.EVENTS.columnNames(), p.getHeaderNames());
      assertTrue(rows.stream().anyMatch(r -> r.get("plover_type").equals("ASSAULT")
          && r.get("location").equals("Tadmur") && r.get("country").equals("Syria")
          && r.get("sources").split("; ").length == 2), rows.toString());
    }
  }

  private static java.util.List<String> sources(ExtractCommandTest.Run r) {
    return r.lines().stream()
        .map(h -> Path.of(h.get("source").asText()).getFileName().toString()).toList();
  }

  @Test
  void failuresAreStoredAndListed() throws Exception {
    Path pages = tmp.resolve("bad");
    Files.createDirectories(pages);
    Files.write(pages.resolve("x.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    Files.writeString(pages.resolve("empty.html"), "");
    Path store = tmp.resolve("store2");
    ExtractCommandTest.Run r = ExtractCommandTest.run("ingest", "--no-nlp", "--store",
        store.toString(), pages.toString());
    assertEquals(1, r.code());
    ExtractCommandTest.Run f = ExtractCommandTest.run("failures", "--json", "--store",
        store.toString());
    assertEquals(2, f.lines().size());
  }

  @Test
  void ingestPrintsEachFailedDocumentAsItFailsWithItsKindAndName() throws Exception {
    Path pages = tmp.resolve("failing");
    Files.createDirectories(pages);
    byte[] png = new byte[4096];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0,
        8);
    Files.write(pages.resolve("x.bin"), png);
    Files.writeString(pages.resolve("empty.html"), "");
    ExtractCommandTest.Run r = ExtractCommandTest.run("ingest", "--no-nlp", "--store",
        tmp.resolve("store3").toString(), pages.toString());
    assertEquals(1, r.code(), r.err());
    java.util.List<String> failed = r.err().lines().filter(l -> l.startsWith("failed: "))
        .toList();
    assertEquals(2, failed.size(), r.err());
    assertTrue(failed.stream().anyMatch(l -> l.equals("failed: detect: empty document: "
        + pages.resolve("empty.html"))), r.err());
    assertTrue(failed.stream().anyMatch(l -> l.startsWith("failed: detect: binary")
        && l.endsWith(": " + pages.resolve("x.bin"))), r.err());
    // The closing summary is still printed after them.
    assertTrue(r.err().indexOf("holds 0 articles") > r.err().lastIndexOf("failed: "), r.err());
  }

  @Test
  void aStoreWithANonEnglishArticleAcceptsAnotherNlpIngest() throws Exception {
    Path fr = tmp.resolve("fr");
    Files.createDirectories(fr);
    Files.writeString(fr.resolve("conseil.html"), "<html lang=fr><head><title>Le conseil "
        + "municipal vote le budget</title><link rel=canonical href=\"https://www.journal.example"
        + "/politique/1\"></head><body><article>" + ("<p>Le conseil municipal a adopté lundi "
        + "soir le budget de la ville après une longue discussion avec les habitants, qui "
        + "demandaient davantage de moyens pour les écoles et les transports publics.</p>")
        .repeat(4) + "</article></body></html>");
    Path store = tmp.resolve("store3");
    ExtractCommandTest.Run first = ExtractCommandTest.run("ingest", "--store", store.toString(),
        fr.toString());
    assertEquals(0, first.code(), first.err());
    ExtractCommandTest.Run second = ExtractCommandTest.run("ingest", "--store", store.toString(),
        Path.of("..", "examples", "palmyra-scraped.txt").toString());
    assertEquals(0, second.code(), second.err()); // exited 3: NullPointerException, "places" is null
    try (Store s = Store.open(store)) {
      assertEquals(2, s.count());
      org.sitrep.model.Article seed =
          s.get(s.search(org.sitrep.store.SearchRequest.of("Konashenkov")).get(0).id());
      // the seed's five quotations (quoted single words are terms, another matter)
      java.util.List<org.sitrep.model.Quote> quotations = seed.layers().quotes().stream()
          .filter(q -> q.text().split(" ").length >= 3).toList();
      assertEquals(5, quotations.size(), quotations.toString());
      for (org.sitrep.model.Quote q : quotations) {
        assertEquals("Igor Konashenkov", q.speakerName(), q.toString());
      }
    }
  }
}
