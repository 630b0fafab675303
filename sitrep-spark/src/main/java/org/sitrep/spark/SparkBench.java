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
 * round; the pages are read and cached in each session before the timed pass, so the figure is
 * the flow's, not the disk's. An untimed pass before the first round warms the JIT.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Pages/s of the extraction stage with local[1] and local[2] on the same pages.")
final class SparkBench implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Pages: files or folders (as sitrep extract reads them).")
  List<Path> inputs;

  @Option(names = "--pages", description = "Pages per pass: the input repeated up to this many (default: ${DEFAULT-VALUE}).")
  int pages = 3000;

  @Option(names = "--rounds", description = "Rounds (default: ${DEFAULT-VALUE}).")
  int rounds = 5;

  @Option(names = "--masters", split = ",", description = "Masters to compare, the first the baseline (default: ${DEFAULT-VALUE}).")
  List<String> masters = List.of("local[1]", "local[2]");

  @Override
  public Integer call() throws Exception {
    List<Page> one = new ArrayList<>();
    try (Sources src = Sources.ofPaths(inputs, 50L << 20)) {
      for (Input in : src) {
        Page p = Page.load(in);
        if (p.stage == null) {
          one.add(p);
        }
      }
    }
    if (one.isEmpty()) {
      System.err.println("sitrep-spark bench: no pages in " + inputs);
      return 2;
    }
    List<Page> all = new ArrayList<>();
    while (all.size() < pages) {
      all.addAll(one.subList(0, Math.min(one.size(), pages - all.size())));
    }
    System.out.printf(Locale.ROOT, "bench spark: %,d pages (%d distinct), extraction stage, %d "
        + "rounds, %s%n", all.size(), one.size(), rounds, masters);
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
  private static double pass(String master, List<Page> pages) throws java.io.IOException {
    try (SparkSession spark = SparkSession.builder().master(master).appName("sitrep-bench")
        .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()) {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      JavaRDD<Page> rdd = sc.parallelize(pages, 16).persist(StorageLevel.MEMORY_ONLY());
      rdd.count();
      rdd.mapPartitions(it -> List.of(extract(it)).iterator()).count(); // JIT and flow warm
      long t0 = System.nanoTime();
      long n = rdd.mapPartitions(it -> List.of(extract(it)).iterator())
          .reduce(Long::sum);
      double secs = (System.nanoTime() - t0) / 1e9;
      rdd.unpersist();
      return n / secs;
    }
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
