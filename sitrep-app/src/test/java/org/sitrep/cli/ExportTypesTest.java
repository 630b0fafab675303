package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.table.Tables;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Json;
import org.sitrep.store.Store;

/**
 * {@code sitrep export --parquet}: every column read back by DuckDB is of the type
 * {@link Tables} declares (and the README documents), and holds the value {@link Tables#rows}
 * gives it, over a hand-made store (no NLP) with a row in every table and a value in every
 * column Sitrep fills.
 */
class ExportTypesTest {
  @TempDir
  Path tmp;

  static final String ARTICLE = """
      {"id": "a1", "source": "x.html", "url": "https://news.example/a1",
       "fetchedUrl": "https://news.example/a1?x=1", "site": "news.example", "title": "T",
       "section": "World", "byline": ["A", "B"], "credit": "C",
       "published": "2016-03-27T23:30:00-05:00", "fetched": "2016-03-28T06:00:00Z",
       "language": "en", "text": "Hello Palmyra. He said so. Officials said it fell.",
       "warnings": [{"code": "quote-repaired", "message": "m"}],
       "layers": {
         "done": ["text", "entities", "places", "quotes", "claims", "events"],
         "entities": [{"id": 0, "type": "LOCATION", "name": "Palmyra", "aliases": ["Palmyra", "Tadmur"],
                       "role": "r", "organization": "o", "mentions": [0, 1]}],
         "places": [{"span": {"start": 6, "end": 13}, "name": "Palmyra", "resolved": "Tadmur",
                     "geonameId": 163808, "lat": 34.56, "lon": 38.28, "countryCode": "SY",
                     "admin1": "Homs", "featureCode": "PPL", "confidence": 0.9, "kind": "toponym"}],
         "quotes": [{"span": {"start": 15, "end": 26}, "text": "He said so.", "speaker": 0,
                     "speakerName": "X", "via": "nominal"}],
         "claims": [{"span": {"start": 27, "end": 50}, "content": "it fell", "claimant": 0,
                     "claimantName": "Officials"}],
         "events": [{"id": "e1", "type": "ASSAULT", "mode": "suicide-attack",
                     "acled": {"eventType": "Riots", "subEventType": "Mob violence"},
                     "actors": [{"name": "IS", "sector": "REB"}, {"name": "gunmen"}],
                     "recipients": [{"name": "villagers", "sector": "CVL"}, {"name": "farmers"}],
                     "place": {"name": "Palmyra", "resolved": "Tadmur", "countryCode": "SYR",
                               "admin1": "Homs", "lat": 34.56, "lon": 38.28, "geonameId": 163808,
                               "precision": "sentence"},
                     "date": {"value": "2016-03-27", "precision": "sentence"},
                     "counts": [{"kind": "dead", "low": 12}, {"kind": "size", "text": "hundreds of villagers"}],
                     "evidence": [{"sentence": {"start": 0, "end": 14}, "trigger": {"start": 0, "end": 5},
                                   "triggerText": "Hello"}],
                     "claimedBy": [{"name": "X"}], "status": "happened", "confidence": 0.8}]}}
      """;

  /** The type DuckDB reads a column of this declared type as. */
  static String duckdb(Tables.Type t) {
    return switch (t) {
      case STRING -> "VARCHAR";
      case LONG -> "BIGINT";
      case DOUBLE -> "DOUBLE";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
      case LIST -> "VARCHAR[]";
    };
  }

  /** A cell read back as the Java value {@link Tables#rows} gives. */
  static Object value(ResultSet rs, int column, Tables.Type t) throws Exception {
    if (rs.getObject(column) == null) {
      return null;
    }
    return switch (t) {
      case STRING -> rs.getString(column);
      case LONG -> rs.getLong(column);
      case DOUBLE -> rs.getDouble(column);
      case DATE -> rs.getObject(column, LocalDate.class);
      case TIMESTAMP -> rs.getObject(column, OffsetDateTime.class).toInstant();
      case LIST -> Arrays.stream((Object[]) rs.getArray(column).getArray())
          .map(String::valueOf).toList();
    };
  }

  @Test
  void parquetColumnsAreOfTheirDeclaredTypesAndValues() throws Exception {
    Path store = tmp.resolve("store");
    Article a = Json.read(ARTICLE, Article.class);
    String story;
    try (Store s = Store.open(store)) {
      story = s.put(a, "1:1");
      s.putFailure(Failure.of("f1", "broken.html", "extract", "no article text"), "2:2");
      s.commit();
    }
    Map<Tables.Table, List<Object[]>> expected = new java.util.LinkedHashMap<>(
        Tables.rows(a, story));
    expected.put(Tables.FAILURES, List.<Object[]>of(Tables.failure(
        Failure.of("f1", "broken.html", "extract", "no article text"))));
    Path parquet = tmp.resolve("parquet");
    ExtractCommandTest.Run r = ExtractCommandTest.run("export", "--store", store.toString(),
        "--parquet", parquet.toString());
    assertEquals(0, r.code(), r.err());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = db.createStatement()) {
      for (Tables.Table t : Tables.ALL) {
        String file = "read_parquet('" + parquet.resolve(t.name() + ".parquet") + "')";
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + file)) {
          while (rs.next()) {
            names.add(rs.getString("column_name"));
            types.add(rs.getString("column_type"));
          }
        }
        assertEquals(t.columnNames(), names, t.name());
        assertEquals(t.columns().stream().map(c -> duckdb(c.type())).toList(), types, t.name());
        List<Object[]> rows = expected.get(t);
        assertEquals(1, rows.size(), t.name() + ": one row each");
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + file)) {
          assertFalse(!rs.next(), t.name());
          for (int i = 0; i < t.columns().size(); i++) {
            Tables.Column c = t.columns().get(i);
            Object want = rows.get(0)[i];
            assertEquals(want, value(rs, i + 1, c.type()), t.name() + "." + c.name());
          }
          assertFalse(rs.next(), t.name());
        }
      }
      // Every column Sitrep can fill was filled here, so each value above was compared.
      for (Tables.Table t : Tables.ALL) {
        Object[] row = expected.get(t).get(0);
        for (int i = 0; i < row.length; i++) {
          String c = t.columns().get(i).name();
          if (!List.of("region", "admin2", "admin3", "source_scale").contains(c)) {
            assertNotNull(row[i], t.name() + "." + c);
          }
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT published FROM read_parquet('"
          + parquet.resolve("articles.parquet") + "')")) {
        rs.next();
        assertEquals(Instant.parse("2016-03-28T04:30:00Z"),
            rs.getObject(1, OffsetDateTime.class).toInstant(), "the instant, in UTC");
      }
    }
  }
}
