package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Flow;
import org.sitrep.core.Input;
import org.sitrep.core.source.Sources;
import org.sitrep.core.source.WarcPagesTest;
import org.sitrep.core.table.Tables;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Result;
import org.sitrep.nlp.Annotator;

/**
 * The job in local mode over a WARC.gz of the example pages and the story pair, plus JSON Lines
 * with a bad line: the same articles as {@code sitrep annotate} gives for the same archive,
 * the near-copy in the seed's story, the documented columns.
 */
class JobTest {
  static Path dir;
  static Path warc;
  static SparkSession spark;
  static Job.Summary summary;
  static Path out;
  static Path truncated;
  static List<String> inputs;

  @BeforeAll
  static void runTheJob() throws Exception {
    dir = Files.createTempDirectory("sitrep-spark");
    List<Path> pages = new ArrayList<>(WarcPagesTest.examples());
    for (String f : new String[] {"palmyra-copy.txt", "palmyra-ruins.txt"}) {
      Path p = dir.resolve(f);
      Files.write(p, JobTest.class.getResourceAsStream("/pages/" + f).readAllBytes());
      pages.add(p);
    }
    warc = dir.resolve("crawl.warc.gz");
    WarcPagesTest.writeWarc(warc, pages);
    Path jsonl = dir.resolve("raw.jsonl");
    Files.writeString(jsonl, "{\"url\": \"https://local.example/bridge\", \"html\": \"<html>"
        + "<head><title>Bridge to close</title></head><body><article><h1>Bridge to close</h1><p>"
        + ("The city council of Springfield voted on Tuesday to close the old bridge over the "
        + "river for repairs after engineers warned that its steel frame had corroded. ").repeat(4)
        + "</p></article></body></html>\"}\nthis line is not JSON\n");
    // A crawl cut short: its complete records (the same pages again) and one failure.
    byte[] whole = Files.readAllBytes(warc);
    truncated = dir.resolve("cut.warc.gz");
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
    spark = SparkSession.builder().master("local[2]").appName("sitrep-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    out = dir.resolve("out");
    inputs = List.of(warc.toString(), jsonl.toString(), truncated.toString());
    summary = Job.run(spark, inputs, out.toString(), Job.Options.defaults());
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Dataset<Row> table(Tables.Table t) {
    return spark.read().parquet(out.resolve(t.name()).toString());
  }

  @Test
  void everyPageGivesWhatAnnotateGivesForTheSameArchive() {
    // What `sitrep annotate crawl.warc.gz` does: the same sources, the same flow.
    Flow flow = new Flow(new Extractor(), Annotator.pipeline());
    Map<String, Article> annotated = new HashMap<>();
    try (Sources src = Sources.ofPaths(List.of(warc), 50L << 20)) {
      for (Input in : src) {
        Result r = flow.run(in);
        if (r instanceof Article a) {
          annotated.put(a.id(), a);
        }
      }
    }
    assertEquals(5, annotated.size());
    Map<String, Row> rows = new HashMap<>();
    for (Row r : table(Tables.ARTICLES).collectAsList()) {
      rows.put(r.getAs("id"), r);
    }
    assertEquals(6, rows.size(), "five pages of the archive and the JSON line");
    Map<String, TreeSet<String>> entities = new HashMap<>();
    for (Row r : table(Tables.ENTITIES).collectAsList()) {
      entities.computeIfAbsent(r.getAs("article_id"), k -> new TreeSet<>()).add(r.getAs("name"));
    }
    for (Article a : annotated.values()) {
      Row r = rows.get(a.id());
      assertNotNull(r, "the job has " + a.source());
      assertEquals(a.title(), r.getAs("title"));
      assertEquals(a.text(), r.getAs("text"));
      TreeSet<String> names = new TreeSet<>();
      for (Entity e : a.layers().entities()) {
        names.add(e.name());
      }
      assertEquals(names, entities.getOrDefault(a.id(), new TreeSet<>()), a.source());
    }
    assertEquals(6, summary.articles(), "a page read twice is one article");
    assertEquals(2, summary.failures(), "the bad JSON line and the cut archive");
  }

  @Test
  void aRerunWritesTheSameRows() {
    Path again = dir.resolve("again");
    Job.Summary s = Job.run(spark, inputs, again.toString(), Job.Options.defaults());
    assertEquals(summary, s);
    for (Tables.Table t : Tables.ALL) {
      List<String> cols = List.of("id", "story", "title", "article_id", "name", "start", "type",
          "source", "stage");
      String[] keep = List.of(table(t).columns()).stream().filter(cols::contains)
          .toArray(String[]::new);
      Dataset<Row> first = table(t).selectExpr(keep);
      Dataset<Row> second = spark.read().parquet(again.resolve(t.name()).toString())
          .selectExpr(keep);
      assertEquals(first.count(), second.count(), t.name());
      assertEquals(0, first.except(second).count(), t.name());
    }
  }

  @Test
  void theNearCopyIsInTheSeedsStoryAndTheOtherPalmyraArticleIsNot() {
    Map<String, String> storyBySource = new HashMap<>();
    for (Row r : table(Tables.ARTICLES).collectAsList()) {
      String src = r.getAs("source");
      storyBySource.put(src.replaceAll("^.*/", "").replaceAll("#.*", ""), r.getAs("story"));
    }
    String seed = null;
    String copy = null;
    String ruins = null;
    for (Row r : table(Tables.ARTICLES).collectAsList()) {
      String url = r.getAs("url");
      if (url == null) {
        continue;
      }
      if (url.endsWith("palmyra-scraped.txt")) {
        seed = r.getAs("story");
      } else if (url.endsWith("palmyra-copy.txt")) {
        copy = r.getAs("story");
      } else if (url.endsWith("palmyra-ruins.txt")) {
        ruins = r.getAs("story");
      }
    }
    assertNotNull(seed, storyBySource.toString());
    assertEquals(seed, copy);
    assertNotEquals(seed, ruins);
    assertEquals(5, summary.stories(), "six articles, the seed and its copy one story");
  }

  @Test
  void theTablesHaveTheDocumentedColumnsAndTheLayers() {
    for (Tables.Table t : Tables.ALL) {
      assertEquals(t.columnNames(), List.of(table(t).columns()), t.name());
    }
    List<Row> assault = table(Tables.EVENTS).where("plover_type = 'ASSAULT' AND location = "
        + "'Tadmur'").collectAsList();
    assertTrue(!assault.isEmpty(), "the seed's assault on Palmyra");
    assertEquals("Syria", assault.get(0).getAs("country"));
    assertEquals(760L, (Long) assault.get(0).getAs("iso"));
    // Typed as the export types them: a date, a number, a list.
    org.apache.spark.sql.types.StructType events = table(Tables.EVENTS).schema();
    assertEquals(org.apache.spark.sql.types.DataTypes.DateType,
        events.apply("event_date").dataType());
    assertEquals(org.apache.spark.sql.types.DataTypes.LongType,
        events.apply("fatalities").dataType());
    assertTrue(events.apply("sources").dataType()
        instanceof org.apache.spark.sql.types.ArrayType, events.toString());
    List<Row> tadmur = table(Tables.PLACES).where("name = 'Palmyra' AND country_code = 'SY'")
        .collectAsList();
    assertTrue(tadmur.size() >= 2, "Palmyra in the seed and its copy");
    Map<String, String> failures = new HashMap<>();
    for (Row f : table(Tables.FAILURES).collectAsList()) {
      assertEquals("read", f.getAs("stage"));
      failures.put(((String) f.getAs("source")).replaceAll("^.*/", ""), f.getAs("reason"));
    }
    assertTrue(failures.containsKey("raw.jsonl#line2"), failures.toString());
    assertTrue(failures.get("cut.warc.gz").startsWith("truncated or corrupt WARC at offset"),
        failures.toString());
    JsonNode layers = org.sitrep.model.Json.read(table(Tables.ARTICLES)
        .where("title LIKE 'New ISIS offensive%'").first().getAs("layers"), JsonNode.class);
    assertTrue(layers.path("quotes").size() >= 2, layers.path("quotes").toString());
  }
}
