package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.bench.ExtractBench;
import org.sitrep.bench.Throughput;
import org.sitrep.extract.source.PageReader;
import org.sitrep.model.RawPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep bench …}: speed against a baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures speed against a baseline run in the same JVM on the same inputs.",
    subcommands = {BenchCommand.Extract.class, BenchCommand.Annotate.class,
        IngestBench.class, BenchCommand.Geo.class, ServeBench.class})
public final class BenchCommand {

  /** {@code sitrep bench extract DIR}. */
  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = {"Pages/s of Sitrep's extractor and of boilerpipe's ArticleExtractor,",
          "one thread each, after warm-up, on the HTML pages under the given paths."})
  static final class Extract implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "HTML pages or folders.")
    List<Path> inputs;

    @Option(names = "--warmup", description = "Warm-up rounds over all pages (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--rounds", description = "Measured rounds, in alternating order; the median counts (default: ${DEFAULT-VALUE}).")
    int rounds = 9;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      OptionValues.atLeast(spec, "--warmup", warmup, 0);
      OptionValues.atLeast(spec, "--rounds", rounds, 1);
      List<RawPage> pages = ExtractBench.load(inputs);
      if (pages.isEmpty()) {
        spec.commandLine().getErr().println("sitrep: no HTML pages under " + inputs);
        return Main.USAGE;
      }
      out.printf("%d pages, %d warm-up + %d measured rounds in alternating order, one thread "
          + "each; medians, with the range of the rounds%n", pages.size(), warmup, rounds);
      out.flush();
      List<Throughput.Result> results = ExtractBench.run(pages, warmup, rounds);
      for (Throughput.Result r : results) {
        out.printf(java.util.Locale.ROOT, "%-11s %8.1f pages/s (%.1f–%.1f)  %5.2fx boilerpipe "
                + "(rounds %.2f–%.2f)%s%n", r.name(), r.pagesPerSecond(), r.slowest(), r.fastest(),
            r.ratio(), r.ratioLow(), r.ratioHigh(),
            r.failures() == 0 ? "" : "  (" + r.failures() + " failed)");
      }
      out.flush();
      return Main.OK;
    }
  }

  /** {@code sitrep bench annotate DIR}. */
  @Command(name = "annotate", mixinStandardHelpOptions = true,
      description = {"Articles/s, words/s and peak heap of Sitrep's annotation and of CoreNLP",
          "(tokenize..ner: a fixed fair baseline, and the defaults) on the same English articles,",
          "same JVM, all cores; ratios to the fair baseline."})
  static final class Annotate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Pages or folders.")
    List<Path> inputs;

    @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", description = "Measured rounds after the warm-up; the median counts (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--warmup", description = {"Warm-up rounds of each contender at least, alternating like the measured ones (default: ${DEFAULT-VALUE});",
        "more, up to " + org.sitrep.bench.AnnotateBench.MAX_WARMUP + ", while the JIT still compiles over 10%% of a core."})
    int warmup = org.sitrep.bench.AnnotateBench.WARMUP;

    @Option(names = "--limit", description = "Use at most N articles (default: ${DEFAULT-VALUE}).")
    int limit = 60;

    @Option(names = "--no-defaults", description = "Skip the (slow) CoreNLP-defaults baseline.")
    boolean noDefaults;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      OptionValues.atLeast(spec, "--threads", threads, 1);
      OptionValues.atLeast(spec, "--warmup", warmup, 0);
      OptionValues.atLeast(spec, "--rounds", rounds, 1);
      OptionValues.atLeast(spec, "--limit", limit, 1);
      List<org.sitrep.model.Article> articles = org.sitrep.bench.AnnotateBench.articles(
          ExtractBench.load(inputs).stream().limit(limit).toList());
      if (articles.isEmpty()) {
        spec.commandLine().getErr().println("sitrep: no English articles under " + inputs);
        return Main.USAGE;
      }
      out.printf("%d English articles, %d threads, at least %d warm-up + %d measured rounds, heap limit %d MB%n",
          articles.size(), threads, warmup, rounds, Runtime.getRuntime().maxMemory() >> 20);
      out.flush();
      var report = org.sitrep.bench.AnnotateBench.run(articles, threads, warmup, rounds,
          !noDefaults);
      var results = report.results();
      out.printf(java.util.Locale.ROOT, "warm-up: %d rounds of each (JIT compiling %.0f%% of a "
              + "core in the last; %.0f%% during the measured rounds)%n", report.warmupRounds(),
          report.warmupJit() * 100, report.measuredJit() * 100);
      for (var r : results) {
        out.printf(java.util.Locale.ROOT, "%-16s %6.2f articles/s  %7.0f words/s  %6.2f "
                + "seed-sized articles/s  peak heap %5d MB  busy %.2f  %5.2fx corenlp-fair "
                + "(rounds %.2f–%.2f)%n",
            r.name(), r.articlesPerSecond(), r.wordsPerSecond(), r.seedArticlesPerSecond(),
            r.peakHeapBytes() >> 20, r.busy(), r.ratio(), r.ratioLow(), r.ratioHigh());
      }
      double with = results.stream().filter(r -> r.name().equals("sitrep")).findFirst()
          .orElseThrow().articlesPerSecond();
      double without = results.stream().filter(r -> r.name().equals("sitrep-no-events"))
          .findFirst().orElseThrow().articlesPerSecond();
      out.printf(java.util.Locale.ROOT, "events layer     %+.1f%% annotation time (sitrep-no-events"
          + " %.2f articles/s, sitrep %.2f)%n", (without / with - 1) * 100, without, with);
      out.println("(corenlp-fair, sitrep and sitrep-no-events run in alternating rounds and share one "
          + "heap figure; corenlp-defaults runs alone after them; busy: the worker threads' CPU "
          + "time over wall time × threads, below 1 when the JIT compiler or the collector shared "
          + "their cores)");
      out.flush();
      return Main.OK;
    }
  }

  /** {@code sitrep bench geo DIR}. */
  @Command(name = "geo", mixinStandardHelpOptions = true,
      description = {"Gazetteer load time and heap, and toponyms resolved per second, on",
          "GeoWebNews-style <id>.json articles (tokens and entities computed beforehand)."})
  static final class Geo implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of <id>.json articles.")
    Path dir;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      var r = org.sitrep.bench.GeoBench.run(dir, 3);
      out.printf("gazetteer  load %.2f s, heap %d MB%n", r.loadSeconds(), r.heapBytes() >> 20);
      out.printf("places     %d articles, %d toponyms, %.0f toponyms/s (one thread, best of 3 after warm-up)%n",
          r.articles(), r.toponyms(), r.toponymsPerSecond());
      out.flush();
      return Main.OK;
    }
  }
}
