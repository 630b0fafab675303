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
        BenchCommand.Ingest.class, BenchCommand.Geo.class})
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

    @Option(names = "--rounds", description = "Measured rounds; the best counts (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      List<RawPage> pages = ExtractBench.load(inputs);
      if (pages.isEmpty()) {
        spec.commandLine().getErr().println("sitrep: no HTML pages under " + inputs);
        return Main.USAGE;
      }
      out.printf("%d pages, %d warm-up + %d measured rounds, one thread each%n", pages.size(),
          warmup, rounds);
      out.flush();
      List<Throughput.Result> results = ExtractBench.run(pages, warmup, rounds);
      double baseline = results.get(0).pagesPerSecond();
      for (Throughput.Result r : results) {
        out.printf("%-11s %8.1f pages/s  %5.2fx boilerpipe%s%n", r.name(), r.pagesPerSecond(),
            r.pagesPerSecond() / baseline, r.failures() == 0 ? "" : "  (" + r.failures() + " failed)");
      }
      out.flush();
      return Main.OK;
    }
  }

  /** {@code sitrep bench annotate DIR}. */
  @Command(name = "annotate", mixinStandardHelpOptions = true,
      description = {"Articles/s, words/s and peak heap of Sitrep's annotation and of plain",
          "CoreNLP (tokenize..ner, defaults) on the same English articles, same JVM, all cores."})
  static final class Annotate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Pages or folders.")
    List<Path> inputs;

    @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", description = "Measured rounds after one warm-up; the best counts (default: ${DEFAULT-VALUE}).")
    int rounds = 2;

    @Option(names = "--limit", description = "Use at most N articles (default: ${DEFAULT-VALUE}).")
    int limit = 60;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      List<org.sitrep.model.Article> articles = org.sitrep.bench.AnnotateBench.articles(
          ExtractBench.load(inputs).stream().limit(limit).toList());
      if (articles.isEmpty()) {
        spec.commandLine().getErr().println("sitrep: no English articles under " + inputs);
        return Main.USAGE;
      }
      out.printf("%d English articles, %d threads, 1 warm-up + %d measured rounds, heap limit %d MB%n",
          articles.size(), threads, rounds, Runtime.getRuntime().maxMemory() >> 20);
      out.flush();
      var results = org.sitrep.bench.AnnotateBench.run(articles, threads, rounds);
      double base = results.get(0).articlesPerSecond();
      for (var r : results) {
        out.printf("%-8s %6.2f articles/s  %7.0f words/s  %6.2f seed-sized articles/s  "
            + "peak heap %5d MB  %5.2fx corenlp%n", r.name(), r.articlesPerSecond(),
            r.wordsPerSecond(), r.seedArticlesPerSecond(), r.peakHeapBytes() >> 20,
            r.articlesPerSecond() / base);
      }
      out.flush();
      return Main.OK;
    }
  }

  /** {@code sitrep bench ingest DIR}. */
  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = {"Pages/s of ingest (extract + index) without and with NLP, all cores, into",
          "fresh temporary stores, and index size per 1,000 pages."})
  static final class Ingest implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Pages or folders.")
    List<Path> inputs;

    @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-nlp-only", description = "Skip the run with NLP.")
    boolean noNlpOnly;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%d threads; each ingest into a fresh store; no-nlp: 3 warm-up + 3 measured "
          + "runs, with-nlp: 1 + 1; the best measured run counts%n", threads);
      out.flush();
      for (boolean nlp : noNlpOnly ? new boolean[] {false} : new boolean[] {false, true}) {
        org.sitrep.model.Pipeline pipeline = nlp ? org.sitrep.nlp.Annotator.pipeline() : null;
        org.sitrep.core.Flow flow = new org.sitrep.core.Flow(
            new org.sitrep.extract.Extractor(), pipeline);
        org.sitrep.core.Ingest.Options options = new org.sitrep.core.Ingest.Options(threads, true,
            200, java.time.Duration.ofSeconds(10));
        double rate = 0;
        long pages = 0;
        long bytes = 0;
        int warmup = nlp ? 1 : 3;
        int runs = warmup + (nlp ? 1 : 3);
        for (int round = 0; round < runs; round++) {
          Path dir = java.nio.file.Files.createTempDirectory("sitrep-bench-store");
          try (org.sitrep.store.Store s = org.sitrep.store.Store.open(dir);
               org.sitrep.core.source.Sources src =
                   org.sitrep.core.source.Sources.ofPaths(inputs, PageReader.DEFAULT_MAX_BYTES)) {
            long start = System.nanoTime();
            org.sitrep.core.IngestCounts c =
                new org.sitrep.core.Ingest(s, flow, options, null).run(src);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (round >= warmup) {
              rate = Math.max(rate, c.stored() / seconds);
            }
            pages = s.count();
            bytes = s.sizeOnDisk();
          } finally {
            deleteTree(dir);
          }
        }
        out.printf("%-8s %7.1f pages/s  %d pages  index %.1f MB per 1,000 pages%n",
            nlp ? "with-nlp" : "no-nlp", rate, pages, bytes / 1048576.0 * 1000 / Math.max(1, pages));
        out.flush();
      }
      return Main.OK;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
      try (var walk = java.nio.file.Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.deleteIfExists(p);
        }
      }
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
