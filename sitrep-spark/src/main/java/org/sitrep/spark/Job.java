package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.core.table.Tables;
import scala.Tuple2;

/**
 * The Spark job: pages → the library flow per partition → {@link Tables}' tables as Parquet
 * under {@code out/<table>/}, with each article's story from {@link StoryClusters}. Ids come
 * from the pages (URL, else body), stories are the smallest id of their component, so a rerun
 * over the same input writes the same rows.
 */
public final class Job {
  /** What to run. {@code partitions} 0: as many as the input gives, at least twice the cores. */
  public record Options(boolean nlp, int partitions, String format, long maxBytes) {
    public static Options defaults() {
      return new Options(true, 0, "auto", 50L << 20);
    }
  }

  /** What a run did. */
  public record Summary(long articles, long failures, long skipped, long stories) {}

  private Job() {}

  public static Summary run(SparkSession spark, List<String> inputs, String out, Options o) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Page> pages = Inputs.pages(sc, inputs, o.format(), o.maxBytes());
    int want = o.partitions() > 0 ? o.partitions() : 2 * sc.defaultParallelism();
    if (o.partitions() > 0 || pages.getNumPartitions() < want) {
      pages = pages.repartition(want);
    }
    boolean nlp = o.nlp();
    org.apache.spark.util.LongAccumulator skipped = sc.sc().longAccumulator("skipped");
    // One document per id (the same page in two archives is one article), kept in memory and
    // on disk: every table below reads it, and the flow must not run twice.
    JavaRDD<Doc> docs = pages.mapPartitions(it -> Worker.run(it, nlp))
        .filter(d -> {
          if (d.skipped) {
            skipped.add(1);
          }
          return !d.skipped;
        })
        .mapToPair(d -> new Tuple2<>(d.id, d))
        .reduceByKey((a, b) -> a.source.compareTo(b.source) <= 0 ? a : b)
        .values()
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<String, String> stories = StoryClusters.stories(
        docs.filter(Doc::article).mapToPair(d -> new Tuple2<>(d.id, d.signature)),
        org.sitrep.model.MinHash.SAME_STORY);
    int storyColumn = Tables.ARTICLES.columnNames().indexOf("story");
    JavaRDD<Object[]> articles = docs.filter(Doc::article)
        .mapToPair(d -> new Tuple2<>(d.id, d.rows.get(Tables.ARTICLES.name()).get(0)))
        .join(stories)
        .map(t -> {
          Object[] row = t._2()._1().clone();
          row[storyColumn] = t._2()._2();
          return row;
        });
    for (Tables.Table t : Tables.ALL) {
      String name = t.name();
      JavaRDD<Object[]> rows = t == Tables.ARTICLES ? articles
          : docs.flatMap(d -> d.rows.getOrDefault(name, List.of()).iterator());
      Dataset<Row> df = spark.createDataFrame(rows.map(Job::row), schema(t));
      df.write().mode(SaveMode.Overwrite).parquet(out + "/" + name);
    }
    long articleCount = docs.filter(Doc::article).count();
    long failureCount = docs.filter(d -> d.failure).count();
    long storyCount = stories.values().distinct().count();
    docs.unpersist();
    return new Summary(articleCount, failureCount, skipped.value(), storyCount);
  }

  /** A table's row as Spark takes it: a list cell (a Java List) as a Scala Seq. */
  static Row row(Object[] cells) {
    Object[] out = cells.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof java.util.List<?> l) {
        out[i] = scala.jdk.javaapi.CollectionConverters.asScala(l).toSeq();
      }
    }
    return RowFactory.create(out);
  }

  /** A table's Spark schema: its columns, all nullable. */
  static StructType schema(Tables.Table t) {
    List<StructField> fields = new ArrayList<>();
    for (Tables.Column c : t.columns()) {
      DataType type = switch (c.type()) {
        case STRING -> DataTypes.StringType;
        case LONG -> DataTypes.LongType;
        case DOUBLE -> DataTypes.DoubleType;
        case DATE -> DataTypes.DateType; // a LocalDate
        case TIMESTAMP -> DataTypes.TimestampType; // an Instant
        case LIST -> DataTypes.createArrayType(DataTypes.StringType, true); // a List<String>
      };
      fields.add(DataTypes.createStructField(c.name(), type, true));
    }
    return DataTypes.createStructType(fields);
  }
}
