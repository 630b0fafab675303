package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.bench.ExtractBench;
import org.sitrep.bench.NearCopies;
import org.sitrep.core.Flow;
import org.sitrep.core.Ingest;
import org.sitrep.core.IngestCounts;
import org.sitrep.core.IngestListener;
import org.sitrep.core.Input;
import org.sitrep.core.PageSource;
import org.sitrep.core.source.Sources;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.source.PageReader;
import org.sitrep.model.Pipeline;
import org.sitrep.model.RawPage;
import org.sitrep.nlp.Annotator;
import org.sitrep.store.Hit;
import org.sitrep.store.SearchRequest;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench ingest DIR}: pages/s of ingest without and with NLP into fresh stores, and
 * the index size per 1,000 pages; with {@code --scale N}, an ingest of N syndicated near-copies of
 * the pages, its rate per quarter of the run (does it hold as the store grows?) and whether
 * {@code --dedup} finds every story.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Pages/s of ingest (extract + index) without and with NLP, all cores, into",
        "fresh temporary stores, and index size per 1,000 pages. --scale N ingests N",
        "near-copies instead and reports the rate per quarter and the --dedup story counts."})
final class IngestBench implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Pages or folders.")
  List<Path> inputs;

  @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-nlp-only", description = "Skip the run with NLP.")
  boolean noNlpOnly;

  @Option(names = "--scale", paramLabel = "N",
      description = "Ingest N syndicated near-copies of the pages (new URL, a changed word, a serial line), without NLP.")
  int scale;

  @Option(names = "--keep", paramLabel = "DIR",
      description = "With --scale: ingest into this store and keep it (default: a temporary one).")
  Path keep;

  @Option(names = "--query", description = "With --scale: the query of the --dedup check (default: ${DEFAULT-VALUE}).")
  String query = "president";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    return scale > 0 ? scaled(out) : plain(out);
  }

  private int plain(PrintWriter out) throws Exception {
    out.printf("%d threads; each ingest into a fresh store; no-nlp: 2 warm-up + 5 measured "
        + "runs, with-nlp: 1 + 1; the median run and the range%n", threads);
    out.flush();
    for (boolean nlp : noNlpOnly ? new boolean[] {false} : new boolean[] {false, true}) {
      Pipeline pipeline = nlp ? Annotator.pipeline() : null;
      Flow flow = new Flow(new Extractor(), pipeline);
      Ingest.Options options = new Ingest.Options(threads, true, 200, Duration.ofSeconds(10));
      List<Double> rates = new ArrayList<>();
      long pages = 0;
      long bytes = 0;
      int warmup = nlp ? 1 : 2;
      int runs = warmup + (nlp ? 1 : 5);
      for (int round = 0; round < runs; round++) {
        Path dir = Files.createTempDirectory("sitrep-bench-store");
        try (Store s = Store.open(dir);
             Sources src = Sources.ofPaths(inputs, PageReader.DEFAULT_MAX_BYTES)) {
          long start = System.nanoTime();
          IngestCounts c = new Ingest(s, flow, options, null).run(src);
          double seconds = (System.nanoTime() - start) / 1e9;
          if (round >= warmup) {
            rates.add(c.stored() / seconds);
          }
          pages = s.count();
          bytes = s.sizeOnDisk();
        } finally {
          deleteTree(dir);
        }
      }
      rates.sort(null);
      out.printf(Locale.ROOT, "%-8s %7.1f pages/s (runs %.1f–%.1f)  %d pages  index %.1f MB per "
              + "1,000 pages%n", nlp ? "with-nlp" : "no-nlp", rates.get(rates.size() / 2),
          rates.get(0), rates.get(rates.size() - 1), pages,
          bytes / 1048576.0 * 1000 / Math.max(1, pages));
      out.flush();
    }
    return Main.OK;
  }

  private int scaled(PrintWriter out) throws Exception {
    List<RawPage> pages = ExtractBench.load(inputs);
    NearCopies copies = new NearCopies(pages, scale);
    out.printf("%d near-copies of %d pages (%d stories), %d threads, no NLP, one store%n", scale,
        pages.size(), copies.stories(), threads);
    out.flush();
    Path dir = keep != null ? keep : Files.createTempDirectory("sitrep-bench-scale");
    Quarters quarters = new Quarters(scale);
    try (Store s = Store.open(dir); PageSource src = source(copies)) {
      Flow flow = new Flow(new Extractor(), null);
      IngestCounts c = new Ingest(s, flow, new Ingest.Options(threads, true, 200,
          Duration.ofSeconds(10)), quarters).run(src);
      for (int q = 0; q < 4; q++) {
        out.printf(Locale.ROOT, "quarter %d  %7.1f docs/s%n", q + 1, quarters.rate(q));
      }
      out.printf(Locale.ROOT, "last / first quarter  %.2f%n", quarters.rate(3) / quarters.rate(0));
      long stored = s.count();
      out.printf(Locale.ROOT, "%d stored, %d updated, %d replaced, %d duplicate, %d failed; index "
              + "%.1f MB per 1,000 pages%n", c.stored(), c.updated(), c.replaced(), c.duplicate(),
          c.failed(), s.sizeOnDisk() / 1048576.0 * 1000 / Math.max(1, stored));
      Store.Results all = s.searchCounted(new SearchRequest(query, null, null, null, null, null,
          null, null, null, null, false, 10_000));
      Set<String> stories = new HashSet<>();
      for (Hit h : all.hits()) {
        stories.add(h.story());
      }
      Store.Results dedup = s.searchCounted(new SearchRequest(query, null, null, null, null,
          null, null, null, null, null, true, 50));
      out.printf("search %s: %d articles in %d stories; --dedup --limit 50 gives %d hits of %d "
              + "stories%n", query, all.total(), stories.size(), dedup.hits().size(),
          dedup.total());
    } finally {
      if (keep == null) {
        deleteTree(dir);
      }
    }
    out.flush();
    return Main.OK;
  }

  static PageSource source(NearCopies copies) {
    return new PageSource() {
      @Override
      public Iterator<Input> iterator() {
        Iterator<RawPage> it = copies.iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Input next() {
            return Input.of(it.next(), null);
          }
        };
      }

      @Override
      public void close() {}
    };
  }

  /** When each quarter of the run ended, from the ingest's own counts. */
  static final class Quarters implements IngestListener {
    private final long total;
    private final long[] ends = new long[5];
    private int next = 1;

    Quarters(long total) {
      this.total = total;
    }

    @Override
    public void started(long expected) {
      ends[0] = System.nanoTime();
    }

    @Override
    public void processed(IngestCounts c) {
      while (next <= 4 && c.done() >= total * next / 4) {
        ends[next++] = System.nanoTime();
      }
    }

    double rate(int q) {
      double seconds = (ends[q + 1] - ends[q]) / 1e9;
      return seconds <= 0 ? 0 : (total / 4.0) / seconds;
    }
  }

  /** Deletes {@code dir} and all under it; nothing when it does not exist. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
