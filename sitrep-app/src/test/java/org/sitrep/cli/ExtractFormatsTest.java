package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

/** {@code extract} as trafilatura's and news-please's users expect: stdin, -o DIR, --format. */
class ExtractFormatsTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path NBC = EXAMPLES.resolve("nbcnews-hitler-house.html");
  private static final Path PALMYRA = EXAMPLES.resolve("palmyra-scraped.txt");
  @TempDir
  Path dir;

  private static String[] withStdin(byte[] bytes, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(bytes));
    try {
      return ExtractCommandTest.runText(args);
    } finally {
      System.setIn(before);
    }
  }

  private Path pages() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.copy(NBC, pages.resolve("a-nbc.html"));
    Files.copy(PALMYRA, pages.resolve("b-palmyra.txt"));
    byte[] binary = new byte[2048];
    new java.util.Random(1).nextBytes(binary);
    Files.write(pages.resolve("c-binary.bin"), binary);
    return pages;
  }

  @Test
  void dashWasAMissingFile_itIsAnHtmlPageOnStandardInput() throws Exception {
    String[] r = withStdin(Files.readAllBytes(NBC), "extract", "-");
    assertEquals("0", r[0], r[2]);
    JsonNode a = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r[1].strip());
    assertTrue(a.get("source").asText().matches("stdin:[0-9a-f]{16}"), a.get("source").asText());
    assertTrue(a.get("title").asText().contains("Hitler"), a.toString());
    assertTrue(a.get("provenance").get("text").asText().matches("dom|json-ld"), "read as HTML");
  }

  @Test
  void dashWasAMissingFile_scrapedTextOnStandardInputIsReadAsText() throws Exception {
    String[] r = withStdin(Files.readAllBytes(PALMYRA), "extract", "--format", "text", "-");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].startsWith("New ISIS offensive on Palmyra proves terrorists should not be "
        + "given chance to regroup\n\nIslamic State militants used a break"), r[1]);
  }

  @Test
  void emptyStandardInputFailsAloneWithItsName() throws Exception {
    String[] r = withStdin(new byte[0], "extract", "-", PALMYRA.toString());
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("\"source\":\"stdin:") && r[1].contains("empty document"), r[1]);
    assertTrue(r[2].contains("2 documents, 1 extracted, 1 failed"), r[2]);
  }

  @Test
  void aSecondPagePipedIntoAStoreReplacedTheFirst_eachIsItsOwnDocument() throws Exception {
    String store = dir.resolve("store").toString();
    assertEquals("0", withStdin(Files.readAllBytes(PALMYRA), "ingest", "--no-nlp", "--store",
        store, "-")[0]);
    String[] second = withStdin(Files.readAllBytes(NBC), "ingest", "--no-nlp", "--store", store,
        "-");
    assertEquals("0", second[0], second[2]);
    assertTrue(second[2].contains("holds 2 articles"), second[2]);
    String[] again = withStdin(Files.readAllBytes(NBC), "ingest", "--no-nlp", "--store", store,
        "-");
    assertTrue(again[2].contains("holds 2 articles (+0)"), "the same page again: " + again[2]);
    String[] bad = withStdin(new byte[] {0, 1, 2, 3, 0, 0, 9, 0}, "ingest", "--no-nlp",
        "--store", store, "-");
    assertTrue(bad[2].contains("holds 2 articles (+0) and 1 failures"), bad[2]);
    String[] fine = withStdin(Files.readAllBytes(PALMYRA), "ingest", "--no-nlp", "--store",
        store, "-");
    assertTrue(fine[2].contains("and 1 failures"),
        "a good page piped later does not clear another page's failure: " + fine[2]);
  }

  @Test
  void outputDirWasIgnored_oneFilePerArticleNamedByItsId() throws Exception {
    Path out = dir.resolve("out");
    String[] json = ExtractCommandTest.runText("extract", pages().toString());
    String[] r = ExtractCommandTest.runText("extract", "-o", out.toString(), "--format",
        "markdown", dir.resolve("pages").toString());
    assertEquals("1", r[0], "one failed document: " + r[2]);
    assertEquals("", r[1], "nothing on stdout");
    assertTrue(r[2].contains("c-binary.bin: detect: binary content"), "failure named: " + r[2]);
    assertTrue(r[2].contains("3 documents, 2 extracted, 1 failed"), r[2]);
    List<String> ids = json[1].lines().filter(l -> !l.contains("\"error\""))
        .map(l -> org.sitrep.model.Json.read(l, Article.class).id() + ".md").sorted().toList();
    assertEquals(2, ids.size());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(ids, files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    String md = Files.readString(out.resolve(ids.get(0)));
    assertTrue(md.startsWith("# "), md);
    String again = ExtractCommandTest.runText("extract", "-o", out.toString(), "--format",
        "markdown", dir.resolve("pages").toString())[0];
    assertEquals("1", again);
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(2, files.count(), "a second run writes the same names, not new ones");
    }
  }

  @Test
  void markdownHadNoMetadata_titleSiteDateAuthorUrlAndImageLines() throws Exception {
    String[] r = ExtractCommandTest.runText("extract", "--format", "markdown", NBC.toString());
    assertEquals("0", r[0], r[2]);
    String md = r[1];
    assertTrue(md.startsWith("# "), md);
    assertTrue(md.contains("\n- Site: "), md);
    assertTrue(md.contains("\n- Date: 2019-11-2"), md);
    assertTrue(md.contains("\n- URL: <https://www.nbcnews.com/news/world/"), md);
    assertTrue(md.contains("\n- Image: <https://media"), md);
  }

  @Test
  void markdownRanTheTextAsMarkup_itIsEscaped() {
    assertEquals("a \\*b\\* \\<script\\> \\[x\\](y)", DocumentWriter.escape("a *b* <script> [x](y)"));
    assertEquals("\\# not a heading", DocumentWriter.escape("# not a heading"));
    assertEquals("1999\\. was a year", DocumentWriter.escape("1999. was a year"));
    assertEquals("\\- not a list", DocumentWriter.escape("- not a list"));
  }

  @Test
  void csvHadNoFormat_oneRowPerArticleWithFixedColumns() throws Exception {
    String[] r = ExtractCommandTest.runText("extract", "--format", "csv", pages().toString());
    assertEquals("1", r[0], r[2]);
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(r[1]))) {
      assertEquals(List.of("id", "url", "site", "title", "date", "author", "language", "section",
          "lead", "image", "text"), p.getHeaderNames());
      List<CSVRecord> rows = p.getRecords();
      assertEquals(2, rows.size(), "the binary file is not a row: " + r[1]);
      CSVRecord nbc = rows.get(0);
      assertTrue(nbc.get("url").startsWith("https://www.nbcnews.com/"), nbc.toString());
      assertTrue(nbc.get("image").startsWith("https://"), nbc.toString());
      assertFalse(nbc.get("lead").isBlank());
      assertEquals("Middle East", rows.get(1).get("section"));
    }
    assertTrue(r[2].contains("c-binary.bin: detect: binary content"), r[2]);
  }

  @Test
  void unknownFormatWasAccepted_itIsAUsageErrorNamingTheFormats() {
    String[] r = ExtractCommandTest.runText("extract", "--format", "xml", PALMYRA.toString());
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("json, text, markdown, csv"), r[2]);
    assertEquals("", r[1]);
  }

  @Test
  void negativeMaxBytesFailedEveryDocument_itIsAUsageError() {
    for (String bad : new String[] {"-5", "0"}) {
      String[] r = ExtractCommandTest.runText("extract", "--max-bytes", bad, PALMYRA.toString());
      assertEquals("2", r[0], r[2]);
      assertTrue(r[2].contains("--max-bytes must be at least 1"), r[2]);
      assertEquals("", r[1]);
    }
    String[] r = ExtractCommandTest.runText("extract", "--threads", "0", PALMYRA.toString());
    assertEquals("2", r[0], r[2]);
    assertTrue(r[2].contains("--threads must be at least 1"), r[2]);
  }

  @Test
  void jsonStaysTheDefault_withLeadAndImage() throws Exception {
    String[] r = ExtractCommandTest.runText("extract", NBC.toString());
    Article a = org.sitrep.model.Json.read(r[1].strip(), Article.class);
    assertTrue(a.image().startsWith("https://media"), a.image());
    assertFalse(a.lead().isBlank());
  }
}
