package org.sitrep.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.core.Input;
import org.sitrep.core.source.Sources;
import org.sitrep.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep-spark bench DIR}: pages/s of the extraction stage under Spark with local[1] and
 * local[2] (or the masters given) on the same pages in one JVM, in alternating order round by
 * round. As in a real job, the driver hands out only file names: the executors read the files
 * (the same reader as {@code sitrep ingest}) and cache the pages before the timed pass, so the
 * figure is the flow's, not the disk's. An untimed pass before the first round warms the JIT.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Pages/s of the extraction stage with local[1] and local[2] on the same pages.")
final class SparkBench implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Pages: files or folders (as sitrep extract reads them).")
  List<Path> inputs;

  @Option(names = "--pages", description = "Pages per pass at least: the input files repeated until they hold this many (default: ${DEFAULT-VALUE}).")
  int pages = 3000;

  @Option(names = "--rounds", description = "Rounds (default: ${DEFAULT-VALUE}).")
  int rounds = 5;

  @Option(names = "--masters", split = ",", description = "Masters to compare, the first the baseline (default: ${DEFAULT-VALUE}).")
  List<String> masters = List.of("local[1]", "local[2]");

  @Override
  public Integer call() throws Exception {
    // The files as `sitrep ingest` walks them (skipping what it skips), by name only.
    List<String> files = new ArrayList<>();
    for (org.sitrep.extract.source.FileSource.Entry e
        : new org.sitrep.extract.source.FileSource(inputs)) {
      if (e.failure() == null && e.skip() == null) {
        files.add(e.path().toString());
      }
    }
    long distinct = files.isEmpty() ? 0 : countPages("local[1]", files);
    if (distinct == 0) {
      System.err.println("sitrep-spark bench: no pages in " + inputs);
      return 2;
    }
    // The file list repeated until it holds at least --pages pages.
    List<String> all = new ArrayList<>();
    for (long n = 0; n < pages; n += distinct) {
      all.addAll(files);
    }
    long total = distinct * (all.size() / files.size());
    System.out.printf(Locale.ROOT, "bench spark: %,d pages (%d documents in %d files, "
        + "repeated), extraction "
        + "stage, %d rounds, %s%n", total, distinct, files.size(), rounds, masters);
    // One untimed pass first: the JIT compiles the flow before any round counts.
    pass(masters.get(masters.size() - 1), all);
    List<List<Double>> rates = new ArrayList<>();
    masters.forEach(m -> rates.add(new ArrayList<>()));
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < masters.size(); k++) {
        int i = r % 2 == 0 ? k : masters.size() - 1 - k; // alternate who goes first
        double rate = pass(masters.get(i), all);
        rates.get(i).add(rate);
        System.out.printf(Locale.ROOT, "  round %d %-9s %8.1f pages/s%n", r + 1, masters.get(i),
            rate);
      }
    }
    for (int i = 0; i < masters.size(); i++) {
      System.out.printf(Locale.ROOT, "%-9s median %8.1f pages/s", masters.get(i),
          median(rates.get(i)));
      if (i > 0) {
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          ratios.add(rates.get(i).get(r) / rates.get(0).get(r));
        }
        Collections.sort(ratios);
        System.out.printf(Locale.ROOT, "   %.2f× %s (median of rounds; range %.2f–%.2f)",
            median(ratios), masters.get(0), ratios.get(0), ratios.get(ratios.size() - 1));
      }
      System.out.println();
    }
    return 0;
  }

  /** One timed pass in a fresh session: pages/s of the extraction flow. */
  private static double pass(String master, List<String> files) throws java.io.IOException {
    try (SparkSession spark = session(master)) {
      JavaRDD<Page> rdd = read(spark, files).persist(StorageLevel.MEMORY_ONLY());
      rdd.count();
      rdd.mapPartitions(it -> List.of(extract(it)).iterator()).count(); // JIT and flow warm
      long t0 = System.nanoTime();
      long n = rdd.mapPartitions(it -> List.of(extract(it)).iterator())
          .reduce(Long::sum);
      double secs = (System.nanoTime() - t0) / 1e9;
      rdd.unpersist(true);
      return n / secs;
    }
  }

  /** How many readable pages the files hold (read by the executors). */
  private static long countPages(String master, List<String> files)
      throws java.io.IOException {
    try (SparkSession spark = session(master)) {
      return read(spark, files).filter(p -> p.stage == null).count();
    }
  }

  private static SparkSession session(String master) {
    SparkSession.Builder b = SparkSession.builder().master(master).appName("sitrep-bench")
        .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false");
    SitrepSpark.loopback(master).forEach(b::config);
    return b.getOrCreate();
  }

  /** The pages of the files, read where the tasks run; unreadable documents left out. */
  private static JavaRDD<Page> read(SparkSession spark, List<String> files) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return sc.parallelize(files, 16).mapPartitions(names -> {
      List<Path> paths = new ArrayList<>();
      names.forEachRemaining(f -> paths.add(Path.of(f)));
      List<Page> out = new ArrayList<>();
      try (Sources src = Sources.ofPaths(paths, 50L << 20)) {
        for (Input in : src) {
          Page p = Page.load(in);
          if (p.stage == null) {
            out.add(p);
          }
        }
      }
      return out.iterator();
    });
  }

  private static long extract(java.util.Iterator<Page> it) {
    org.sitrep.core.Flow flow = Worker.flow(false);
    long n = 0;
    while (it.hasNext()) {
      if (flow.run(it.next().input()) instanceof Article) {
        n++;
      }
    }
    return n;
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    int m = s.size() / 2;
    return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
  }
}
