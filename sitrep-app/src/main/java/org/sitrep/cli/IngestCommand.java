package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sitrep.core.Flow;
import org.sitrep.core.Ingest;
import org.sitrep.core.IngestCounts;
import org.sitrep.core.source.Sources;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Pipeline;
import org.sitrep.nlp.Annotator;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest INPUT…}: extracts, annotates and stores pages, on all cores, with progress;
 * a thin command over {@link Ingest}. With {@code --watch} it polls the feeds and sitemaps it was
 * given until stopped; Ctrl-C ends any ingest cleanly after the documents in flight, with a
 * final commit.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extracts, annotates and stores pages in the embedded store.",
        "Re-running skips files already stored unchanged (and URLs already fetched); failures",
        "are stored, listed by 'sitrep failures' and retried by the next run."})
public final class IngestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions in = new InputOptions();

  @Option(names = "--store", description = "Store folder (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("sitrep-data");

  @Option(names = "--no-nlp", description = "Extract and index only; no annotation layers.")
  boolean noNlp;

  @Option(names = "--commit-every", description = "Commit after this many documents (default: ${DEFAULT-VALUE}).")
  int commitEvery = 200;

  @Option(names = "--commit-seconds", description = "Commit at least this often (default: ${DEFAULT-VALUE}).")
  int commitSeconds = 10;

  @Option(names = "--force", description = "Re-process inputs even when stored unchanged.")
  boolean force;

  @Option(names = "--watch", paramLabel = "MINUTES",
      description = "After the first pass, poll the feeds and sitemaps among the inputs every MINUTES and store the items not stored yet, until Ctrl-C.")
  double watchMinutes;

  @Mixin
  PlaceHintOptions hints = new PlaceHintOptions();

  @Override
  public Integer call() throws IOException {
    in.requireInputs();
    OptionValues.atLeast(spec, "--commit-every", commitEvery, 1);
    OptionValues.atLeast(spec, "--commit-seconds", commitSeconds, 1);
    OptionValues.atLeast(spec, "--watch", watchMinutes, 0);
    PrintWriter err = spec.commandLine().getErr();
    org.sitrep.nlp.geo.PlaceOptions placeOptions = hints.placeOptions(false);
    org.sitrep.nlp.geo.SiteHomes homes = hints.homes(new org.sitrep.nlp.geo.SiteHomes());
    Pipeline pipeline = noNlp ? null : Annotator.pipeline(homes, placeOptions);
    Flow flow = new Flow(new Extractor(), pipeline, in.budget());
    RunReport report = new RunReport();
    long failed = 0;
    CountDownLatch finished = new CountDownLatch(1);
    try (Store s = Store.open(store); Sources sources = in.sources(null)) {
      int before = s.count();
      if (pipeline != null) {
        // Homes come from what the store held when the run began, and stay so during the run:
        // an article's places never depend on which worker finished first.
        seedHomes(s, homes);
        homes.freeze();
      }
      Progress progress = new Progress(err, System.console() != null, Duration.ofSeconds(2),
          System::nanoTime);
      Ingest ingest = new Ingest(s, flow, options(), progress);
      Thread hook = new Thread(() -> {
        ingest.stop();
        try {
          finished.await(120, TimeUnit.SECONDS); // the run's final commit
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "sitrep-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        IngestCounts c = ingest.run(sources);
        failed += c.failed();
        report.skipped(sources.skipped());
        if (watchMinutes > 0) {
          failed += watch(s, ingest, sources, err, report);
        }
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // shutting down already: the hook waits for us
        }
      }
      int after = s.count();
      err.printf("sitrep: store %s holds %d articles (%+d) and %d failures%n", store, after,
          after - before, s.failureCount());
      report.print(err);
    } finally {
      finished.countDown();
    }
    return failed == 0 ? Main.OK : Main.SOME_FAILED;
  }

  /**
   * Sites' homes as the stored articles show them, so that a local paper's first new article
   * already resolves its "Alexandria" near the paper.
   */
  static void seedHomes(Store s, org.sitrep.nlp.geo.SiteHomes homes) throws IOException {
    s.articlesWith(org.sitrep.model.Layer.PLACES, false, st -> {
      try {
        org.sitrep.model.Article a = st.article();
        homes.record(org.sitrep.nlp.geo.SiteHomes.key(a.url(), a.site()), a.layers().places());
      } catch (RuntimeException e) {
        // an article whose places do not read votes for nothing
      }
    });
  }

  private long watch(Store s, Ingest ingest, Sources sources, PrintWriter err, RunReport report)
      throws IOException {
    if (sources.feeds().isEmpty()) {
      err.println("sitrep: --watch: no feed or sitemap among the inputs; nothing to poll");
      return 0;
    }
    long failed = 0;
    long period = (long) (watchMinutes * 60_000);
    while (!ingest.stopRequested()) {
      err.printf("sitrep: watching %d feed%s; next poll in %s (Ctrl-C to stop)%n",
          sources.feeds().size(), sources.feeds().size() == 1 ? "" : "s",
          Progress.format(Duration.ofMillis(period)));
      err.flush();
      long until = System.currentTimeMillis() + period;
      while (!ingest.stopRequested() && System.currentTimeMillis() < until) {
        try {
          Thread.sleep(Math.min(500, Math.max(1, until - System.currentTimeMillis())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return failed;
        }
      }
      if (ingest.stopRequested()) {
        break;
      }
      try (Sources again = sources.feedsAgain(url -> hasSource(s, url))) {
        failed += ingest.run(again).failed();
        report.skipped(again.skipped());
      }
    }
    return failed;
  }

  private static boolean hasSource(Store s, String url) {
    try {
      return s.hasSource(url);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Ingest.Options options() {
    return new Ingest.Options(in.threads, force, commitEvery, Duration.ofSeconds(commitSeconds));
  }
}
