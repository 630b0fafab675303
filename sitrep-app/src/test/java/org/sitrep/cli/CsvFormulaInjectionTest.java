package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.table.Tables;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.model.Span;
import org.sitrep.store.Store;

/**
 * Defect: CSV cells beginning with =, +, -, @, tab or CR were written verbatim, so a spreadsheet
 * opening {@code export --csv} or {@code events --csv} ran a headline or an actor's name as a
 * formula. String cells are now neutralised with a leading '; numbers, JSON and Parquet are not.
 */
class CsvFormulaInjectionTest {
  static final String TITLE = "=HYPERLINK(\"http://127.0.0.1/x\",\"click\")";
  static final String TEXT = "Protesters marched through the city centre on Monday.";

  @TempDir
  Path tmp;

  private Path store() throws Exception {
    Path dir = tmp.resolve("store");
    Event e = new Event("e1", "PROTEST", null, null,
        List.of(new Event.Actor(null, "@SUM(A1:A9)", null, null, null)),
        List.of(new Event.Actor(null, "-2+3", null, null, null)),
        new Event.Where("+city", "+city", "SYR", null, -34.5, 36.25, null, null, "sentence"),
        null, List.of(), List.of(new Event.Evidence(new Span(0, TEXT.length()), new Span(0, 10),
            "\tProtesters")), List.of(), "happened", 0.9);
    Article a = new Article(Article.SCHEMA_VERSION, "a1", "a1.txt", null, "example.com", TITLE,
        "World", List.of(), null, null, null, "en", TEXT, List.of(), Map.of(),
        Layers.EMPTY.withEvents(List.of(e)));
    try (Store s = Store.open(dir)) {
      s.put(a, "1:1");
      s.commit();
    }
    return dir;
  }

  @Test
  void csvFormulaInjectionInExportIsNeutralisedButParquetAndJsonKeepTheTitle() throws Exception {
    Path store = store();
    Path csv = tmp.resolve("csv");
    ExtractCommandTest.Run r = ExtractCommandTest.run("export", "--store", store.toString(),
        "--csv", csv.toString());
    assertEquals(0, r.code(), r.err());
    try (Reader in = Files.newBufferedReader(csv.resolve("articles.csv"));
         CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
             .parse(in)) {
      CSVRecord rec = p.getRecords().get(0);
      assertEquals("'" + TITLE, rec.get("title"));
      assertEquals("World", rec.get("section"));
    }
    try (Reader in = Files.newBufferedReader(csv.resolve("events.csv"));
         CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
             .parse(in)) {
      CSVRecord rec = p.getRecords().get(0);
      assertEquals("'@SUM(A1:A9)", rec.get("actor1"));
      assertEquals("'-2+3", rec.get("actor2"));
      assertEquals("-34.5000", rec.get("latitude"), "a number stays a number");
    }

    Path parquet = tmp.resolve("parquet");
    assertEquals(0, ExtractCommandTest.run("export", "--store", store.toString(), "--parquet",
        parquet.toString()).code());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT title FROM read_parquet('"
             + parquet.resolve("articles.parquet") + "')")) {
      assertTrue(rs.next());
      assertEquals(TITLE, rs.getString(1));
    }

    ExtractCommandTest.Run json = ExtractCommandTest.run("search", "--store", store.toString(),
        "--json", "protesters");
    assertEquals(0, json.code(), json.err());
    assertEquals(TITLE, json.lines().get(0).path("title").asText());
  }

  @Test
  void csvFormulaInjectionInEventsCsvIsNeutralisedButNumbersStay() throws Exception {
    Path store = store();
    String[] r = ExtractCommandTest.runText("events", "--store", store.toString(), "--csv");
    assertEquals("0", r[0], r[2]);
    try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(r[1]))) {
      CSVRecord rec = p.getRecords().get(0);
      assertEquals("'@SUM(A1:A9)", rec.get("actor1"));
      assertEquals("'-2+3", rec.get("actor2"));
      assertEquals("'+city", rec.get("location"));
      assertEquals("'\tProtesters", rec.get("evidence"));
      assertEquals("-34.5000", rec.get("latitude"));
      assertEquals("0", rec.get("fatalities"));
    }
    ExtractCommandTest.Run json = ExtractCommandTest.run("events", "--store", store.toString());
    assertEquals("@SUM(A1:A9)", json.lines().get(0).path("event").path("actors").path(0)
        .path("name").asText(), json.lines().toString());
  }

  @Test
  void csvFormulaInjectionCellRules() {
    for (String bad : List.of("=1", "+1", "-1", "@x", "\tx", "\rx")) {
      assertEquals("'" + bad, Tables.csvCell(bad));
    }
    assertEquals("Palmyra", Tables.csvCell("Palmyra"));
    assertEquals("", Tables.csvCell(""));
    assertEquals(-3L, Tables.csvCell(-3L));
    assertEquals(-1.5, Tables.csvCell(-1.5));
    assertEquals(null, Tables.csvCell(null));
  }
}
