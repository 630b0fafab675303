package org.sitrep.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep-spark}: the job's command line, for {@code spark-submit --class
 * org.sitrep.spark.SitrepSpark} on a cluster and for {@code scripts/sitrep-spark} locally.
 */
@Command(name = "sitrep-spark", mixinStandardHelpOptions = true,
    subcommands = {SitrepSpark.Run.class, SparkBench.class},
    description = "Sitrep's pipeline as an Apache Spark job.")
public final class SitrepSpark implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SitrepSpark()).execute(args));
  }

  /** A Spark session: the given master, or spark-submit's, or all local cores. */
  static SparkSession session(String master, String app) {
    SparkSession.Builder b = SparkSession.builder().appName(app)
        .config("spark.ui.showConsoleProgress", "false");
    if (master != null) {
      b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    loopback(master != null ? master : System.getProperty("spark.master", "local[*]"))
        .forEach(b::config);
    return b.getOrCreate();
  }

  /**
   * For a local master, the driver's host and bind address: loopback, unless set by the user
   * (Spark would otherwise pick the machine's first network address, and its block manager and
   * RPC traffic would leave loopback). Empty for a cluster master.
   */
  static java.util.Map<String, String> loopback(String master) {
    java.util.Map<String, String> conf = new java.util.LinkedHashMap<>();
    if (master.startsWith("local")) {
      if (System.getProperty("spark.driver.host") == null) {
        conf.put("spark.driver.host", "localhost");
      }
      if (System.getProperty("spark.driver.bindAddress") == null) {
        conf.put("spark.driver.bindAddress", "127.0.0.1");
      }
    }
    return conf;
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = {"Extracts and annotates pages and writes the tables as Parquet:",
          "OUT/articles, entities, places, quotes, claims, events, failures (one folder each)."})
  static final class Run implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
        description = "WARC/WARC.gz files, folders or globs (local, hdfs://, s3a://), or JSON Lines of raw pages ({\"url\", \"html\"}).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (any Hadoop path).")
    String out;

    @Option(names = "--master", description = "Spark master (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--no-nlp", description = "Extraction only (no annotation layers).")
    boolean noNlp;

    @Option(names = "--partitions", description = "Partitions to spread the pages over (default: at least twice the cores).")
    int partitions;

    @Option(names = "--format", description = "auto (by name: .jsonl/.ndjson/.json are JSON Lines, the rest WARC), warc or jsonl (default: ${DEFAULT-VALUE}).")
    String format = "auto";

    @Option(names = "--max-bytes", description = "Largest page read, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = 50L << 20;

    @Override
    public Integer call() throws Exception {
      long t0 = System.nanoTime();
      try (SparkSession spark = session(master, "sitrep")) {
        Job.Summary s = Job.run(spark, inputs, out, new Job.Options(!noNlp, partitions, format,
            maxBytes));
        System.err.printf("sitrep-spark: %,d articles in %,d stories, %,d failures, %,d "
            + "skipped (not articles) in %.1f s; tables under %s%n", s.articles(), s.stories(),
            s.failures(), s.skipped(), (System.nanoTime() - t0) / 1e9, out);
        return s.failures() > 0 ? 1 : 0;
      }
    }
  }
}
