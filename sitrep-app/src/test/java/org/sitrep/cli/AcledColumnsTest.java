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
import java.util.HashMap;
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
import org.sitrep.model.Published;
import org.sitrep.model.Span;
import org.sitrep.store.Store;

/**
 * Defects: {@code events --csv} and the events table of {@code export} had two column sets,
 * neither ACLED's ({@code inter1} a sector word, {@code country} an alpha-3 code); Parquet held
 * dates as text and lists as '; '-joined text.
 */
class AcledColumnsTest {
  static final String TEXT = "Soldiers and police killed 12 villagers in Palmyra on Sunday.";

  @TempDir
  Path tmp;

  private Path store() throws Exception {
    Path dir = tmp.resolve("store");
    Event e = new Event("e1", "ASSAULT", null,
        new Event.Acled("Violence against civilians", "Attack"),
        List.of(new Event.Actor(null, "soldiers", null, "SYR", "MIL"),
            new Event.Actor(null, "police", null, "SYR", "COP")),
        List.of(new Event.Actor(null, "villagers", null, null, "CVL")),
        new Event.Where("Palmyra", "Tadmur", "SYR", "Homs", 34.56, 38.28, 163808L, null,
            "sentence"),
        new Event.When("2016-03-27", "Sunday", null, "sentence"),
        List.of(new Event.Count("dead", 12.0, 12.0, "12", null, null)),
        List.of(new Event.Evidence(new Span(0, TEXT.length()), new Span(21, 27), "killed")),
        List.of(new Event.Claimant(null, "the ministry", null)), "happened", 0.9);
    Article a = new Article(Article.SCHEMA_VERSION, "a1", "a1.txt", null, "example.com", "T",
        "World", List.of("A", "B"), null, Published.parse("2016-03-27T23:30:00-05:00"),
        "2016-03-28T05:00:00Z",
        "en", TEXT, List.of(), Map.of(), Layers.EMPTY.withEvents(List.of(e)));
    try (Store s = Store.open(dir)) {
      s.put(a, "1:1");
      s.commit();
    }
    return dir;
  }

  private static List<CSVRecord> csv(Reader in, List<String> header) throws Exception {
    try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(in)) {
      header.addAll(p.getHeaderNames());
      return p.getRecords();
    }
  }

  @Test
  void eventsCsvAndExportHadTwoColumnSetsNeitherAcleds() throws Exception {
    Path store = store();
    String[] events = ExtractCommandTest.runText("events", "--store", store.toString(), "--csv");
    assertEquals("0", events[0], events[2]);
    List<String> eventsHeader = new java.util.ArrayList<>();
    CSVRecord row = csv(new StringReader(events[1]), eventsHeader).get(0);
    Path out = tmp.resolve("csv");
    assertEquals(0, ExtractCommandTest.run("export", "--store", store.toString(), "--csv",
        out.toString()).code());
    List<String> exportHeader = new java.util.ArrayList<>();
    CSVRecord exported;
    try (Reader in = Files.newBufferedReader(out.resolve("events.csv"))) {
      exported = csv(in, exportHeader).get(0);
    }
    assertEquals(Tables.EVENTS.columnNames(), eventsHeader);
    assertEquals(Tables.EVENTS.columnNames(), exportHeader);
    for (CSVRecord r : List.of(row, exported)) {
      assertEquals("2016-03-27", r.get("event_date"));
      assertEquals("2016", r.get("year"));
      assertEquals("1", r.get("inter1"), "soldiers: state forces, not MIL");
      assertEquals("7", r.get("inter2"));
      assertEquals("17", r.get("interaction"));
      assertEquals("Civilian targeting", r.get("civilian_targeting"));
      assertEquals("Syria", r.get("country"));
      assertEquals("760", r.get("iso"));
      assertEquals("police", r.get("assoc_actor_1"));
      assertEquals("12", r.get("fatalities"));
      assertEquals("Political violence", r.get("disorder_type"));
      assertEquals("a1", r.get("sources"));
      assertEquals("1459141200", r.get("timestamp"), "when it was read, in Unix seconds");
    }
  }

  @Test
  void parquetHeldDatesAndListsAsText() throws Exception {
    Path store = store();
    Path out = tmp.resolve("parquet");
    ExtractCommandTest.Run r = ExtractCommandTest.run("export", "--store", store.toString(),
        "--parquet", out.toString());
    assertEquals(0, r.code(), r.err());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = db.createStatement()) {
      Map<String, String> types = new HashMap<>();
      for (String t : List.of("events", "articles")) {
        try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('"
            + out.resolve(t + ".parquet") + "')")) {
          while (rs.next()) {
            types.put(t + "." + rs.getString(1), rs.getString(2));
          }
        }
      }
      assertEquals("DATE", types.get("events.event_date"));
      assertEquals("BIGINT", types.get("events.inter1"));
      assertEquals("BIGINT", types.get("events.fatalities"));
      assertEquals("DOUBLE", types.get("events.latitude"));
      assertEquals("VARCHAR[]", types.get("events.assoc_actor_1"));
      assertEquals("VARCHAR[]", types.get("events.sources"));
      assertEquals("VARCHAR[]", types.get("articles.byline"));
      assertEquals("DATE", types.get("articles.published_day"));
      assertTrue(types.get("articles.published").startsWith("TIMESTAMP"),
          types.get("articles.published"));
      try (ResultSet rs = st.executeQuery("SELECT event_date, len(assoc_actor_1),"
          + " assoc_actor_1[1], claimed_by[1], tags FROM read_parquet('"
          + out.resolve("events.parquet") + "')")) {
        assertTrue(rs.next());
        assertEquals(java.sql.Date.valueOf("2016-03-27"), rs.getDate(1));
        assertEquals(1, rs.getInt(2));
        assertEquals("police", rs.getString(3));
        assertEquals("the ministry", rs.getString(4));
        rs.getObject(5);
        assertTrue(rs.wasNull(), "no tags: null, not an empty string");
      }
      try (ResultSet rs = st.executeQuery("SELECT byline, published_day, epoch(published)"
          + " FROM read_parquet('" + out.resolve("articles.parquet") + "')")) {
        assertTrue(rs.next());
        assertEquals("[A, B]", rs.getString(1));
        assertEquals(java.sql.Date.valueOf("2016-03-27"), rs.getDate(2));
        assertEquals(1459139400L, rs.getLong(3));
      }
    }
  }
}
