package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.table.Tables;

/** {@code sitrep export}: the store's tables as Parquet and CSV files other tools open. */
class ExportCommandTest {
  @TempDir
  Path tmp;

  @Test
  void parquetAndCsvHoldTheDocumentedTables() throws Exception {
    Path store = tmp.resolve("store");
    assertEquals(0, ExtractCommandTest.run("ingest", "--store", store.toString(),
        Path.of("..", "examples", "palmyra-scraped.txt").toString(),
        Path.of("..", "examples", "nbcnews-hitler-house.html").toString()).code());
    Path parquet = tmp.resolve("parquet");
    ExtractCommandTest.Run r = ExtractCommandTest.run("export", "--store", store.toString(),
        "--parquet", parquet.toString());
    assertEquals(0, r.code(), r.err());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = db.createStatement()) {
      for (Tables.Table t : Tables.ALL) {
        Path file = parquet.resolve(t.name() + ".parquet");
        assertTrue(Files.isRegularFile(file), file.toString());
        try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file
            + "')")) {
          List<String> columns = new ArrayList<>();
          while (rs.next()) {
            columns.add(rs.getString(1));
          }
          assertEquals(t.columnNames(), columns, t.name());
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT story) FROM "
          + "read_parquet('" + parquet.resolve("articles.parquet") + "')")) {
        rs.next();
        assertEquals(2, rs.getLong(1));
        assertEquals(2, rs.getLong(2));
      }
      try (ResultSet rs = st.executeQuery("SELECT e.plover_type, e.location, e.country, "
          + "array_to_string(e.claimed_by, '; '), a.title FROM read_parquet('" + parquet.resolve("events.parquet")
          + "') e JOIN read_parquet('" + parquet.resolve("articles.parquet") + "') a ON "
          + "a.id = e.article_id WHERE e.plover_type = 'ASSAULT'")) {
        assertTrue(rs.next(), "the seed's assault");
        assertEquals("Tadmur", rs.getString(2));
        assertEquals("Syria", rs.getString(3));
        assertTrue(rs.getString(4).contains("Konashenkov"), rs.getString(4));
        assertTrue(rs.getString(5).startsWith("New ISIS offensive on Palmyra"));
      }
      try (ResultSet rs = st.executeQuery("SELECT speaker FROM read_parquet('"
          + parquet.resolve("quotes.parquet") + "') WHERE text LIKE 'Seizing on%'")) {
        assertTrue(rs.next());
        assertEquals("Igor Konashenkov", rs.getString(1));
      }
    }
    Path csv = tmp.resolve("csv");
    assertEquals(0, ExtractCommandTest.run("export", "--store", store.toString(), "--csv",
        csv.toString()).code());
    try (Reader in = Files.newBufferedReader(csv.resolve("places.csv"));
         CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
             .parse(in)) {
      assertEquals(Tables.PLACES.columnNames(), p.getHeaderNames());
      assertTrue(p.getRecords().stream().anyMatch(rec -> rec.get("name").equals("Palmyra")
          && rec.get("resolved").equals("Tadmur") && rec.get("country_code").equals("SY")));
    }
    ExtractCommandTest.Run none = ExtractCommandTest.run("export", "--store",
        tmp.resolve("nothing").toString(), "--csv", csv.toString());
    assertEquals(Main.USAGE, none.code());
    assertEquals(Main.USAGE, ExtractCommandTest.run("export", "--store", store.toString())
        .code(), "a format is required");
  }
}
