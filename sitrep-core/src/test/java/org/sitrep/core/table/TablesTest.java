package org.sitrep.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Json;

class TablesTest {
  static final String ARTICLE = """
      {"id": "a1", "source": "x.html", "site": "news.example", "title": "T",
       "published": "2016-03-27T23:30:00-05:00", "byline": ["A", "B"], "text": "Hello Palmyra. He said so.",
       "warnings": [{"code": "quote-repaired", "message": "m"}],
       "layers": {
         "entities": [{"id": 0, "type": "LOCATION", "name": "Palmyra", "aliases": ["Palmyra", "Tadmur"], "mentions": [0, 1]}],
         "places": [{"span": {"start": 6, "end": 13}, "name": "Palmyra", "resolved": "Tadmur", "geonameId": 163808,
                     "lat": 34.56, "lon": 38.28, "countryCode": "SY", "confidence": 0.9, "kind": "toponym"}],
         "quotes": [{"span": {"start": 15, "end": 26}, "text": "He said so.", "speaker": 0, "speakerName": "X"}],
         "events": [{"id": "e1", "type": "ASSAULT", "actors": [{"name": "IS", "country": "SYR"}, {"name": "IS"}],
                     "evidence": [{"sentence": {"start": 0, "end": 14}}], "status": "happened"}]}}
      """;

  @Test
  void anArticleBecomesOneRowPerThingWithTheColumnsInOrder() throws Exception {
    Article a = Json.read(ARTICLE, Article.class);
    Map<Tables.Table, List<Object[]>> rows = Tables.rows(a, "s1");
    for (Map.Entry<Tables.Table, List<Object[]>> e : rows.entrySet()) {
      for (Object[] row : e.getValue()) {
        assertEquals(e.getKey().columns().size(), row.length, e.getKey().name());
      }
    }
    Object[] art = rows.get(Tables.ARTICLES).get(0);
    List<String> cols = Tables.ARTICLES.columnNames();
    assertEquals("s1", art[cols.indexOf("story")]);
    assertEquals("2016-03-27", art[cols.indexOf("published_day")], "the day where published");
    assertEquals("A; B", art[cols.indexOf("byline")]);
    assertTrue(((String) art[cols.indexOf("layers")]).contains("\"places\""));
    Object[] place = rows.get(Tables.PLACES).get(0);
    assertEquals(163808L, place[Tables.PLACES.columnNames().indexOf("geoname_id")]);
    assertEquals(6L, place[Tables.PLACES.columnNames().indexOf("start")]);
    assertNull(place[Tables.PLACES.columnNames().indexOf("admin1")]);
    Object[] entity = rows.get(Tables.ENTITIES).get(0);
    assertEquals("Tadmur", entity[Tables.ENTITIES.columnNames().indexOf("aliases")]);
    assertEquals(2L, entity[Tables.ENTITIES.columnNames().indexOf("mentions")]);
    Object[] event = rows.get(Tables.EVENTS).get(0);
    List<String> ev = Tables.EVENTS.columnNames();
    assertEquals("IS", event[ev.indexOf("actors")], "names once");
    assertEquals("SYR", event[ev.indexOf("actor_countries")]);
    assertEquals("Hello Palmyra.", event[ev.indexOf("sentence")]);
    assertEquals("X", rows.get(Tables.QUOTES).get(0)[Tables.QUOTES.columnNames()
        .indexOf("speaker")]);
    assertTrue(rows.get(Tables.CLAIMS).isEmpty());
  }

  @Test
  void theReadmeDocumentsEveryTableAndColumn() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("### Tables"));
    for (Tables.Table t : Tables.ALL) {
      String row = section.lines().filter(l -> l.startsWith("| `" + t.name() + "` |"))
          .findFirst().orElseThrow(() -> new AssertionError("README has no row for " + t.name()));
      for (Tables.Column c : t.columns()) {
        assertTrue(row.contains("`" + c.name() + "` (" + c.type().name().toLowerCase() + ")"),
            t.name() + "." + c.name());
      }
    }
  }
}
