package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.source.FileSource;
import org.sitrep.extract.source.PageReader;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Pipeline;
import org.sitrep.nlp.Annotator;
import org.sitrep.store.MinHash;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest PATH…}: extracts, annotates and stores pages, on all cores, with progress.
 * Idempotent (pages are replaced by id; files already committed with the same size and time are
 * skipped) and crash-safe (a commit every {@code --commit-every} documents or
 * {@code --commit-seconds}; progress reports what is committed).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extracts, annotates and stores pages in the embedded store.",
        "Re-running skips files already stored unchanged; failures are stored and listed by",
        "'sitrep failures'."})
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

  @Option(names = "--force", description = "Re-process files even when stored unchanged.")
  boolean force;


  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = noNlp ? null : Annotator.pipeline();
    Progress progress;
    try (Store s = Store.open(store)) {
      progress = run(s, pipeline, err, System.console() != null);
      err.printf("sitrep: store %s holds %d articles and %d failures%n", store, s.count(),
          s.failureCount());
      err.flush();
    }
    return progress.failed == 0 ? Main.OK : Main.SOME_FAILED;
  }

  /** The ingest itself, also used by the benchmark: every input into {@code s}, with progress. */
  Progress run(Store s, Pipeline pipeline, PrintWriter err, boolean terminal) throws IOException {
    long total = 0;
    for (Path ignored : new FileSource(in.inputs)) {
      total++;
    }
    PageReader reader = new PageReader(in.maxBytes);
    Extractor extractor = new Extractor();
    Progress progress = new Progress(err, terminal, total, Duration.ofSeconds(2),
        System.nanoTime());
    long[] sinceCommit = {0, System.nanoTime()};
    try (OrderedRunner<Path, Outcome> runner = new OrderedRunner<>(in.threads,
        path -> process(s, reader, extractor, pipeline, path), r -> {
          try {
            store(s, r, progress);
            sinceCommit[0]++;
            long now = System.nanoTime();
            if (sinceCommit[0] >= commitEvery
                || now - sinceCommit[1] >= commitSeconds * 1_000_000_000L) {
              s.commit();
              progress.committed(progress.stored + progress.failed, now);
              sinceCommit[0] = 0;
              sinceCommit[1] = now;
            }
            progress.tick(now);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })) {
      for (Path p : new FileSource(in.inputs)) {
        runner.submit(p);
      }
    }
    s.commit();
    progress.committed(progress.stored + progress.failed, System.nanoTime());
    progress.finish(System.nanoTime());
    return progress;
  }

  /**
   * What a worker made of one file: an Article, a Failure, or null when the file is stored
   * unchanged; its stamp; and the article's story signature.
   */
  private record Outcome(Object result, String stamp, int[] signature) {}

  private Outcome process(Store s, PageReader reader, Extractor extractor, Pipeline pipeline,
                           Path path) {
    String stamp = stamp(path);
    try {
      if (!force && stamp != null && s.hadAtOpen(path.toString(), stamp)) {
        return new Outcome(null, stamp, null);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Object r = pipeline == null ? ExtractCommand.extractOne(reader, extractor, path)
        : AnnotateCommand.annotate(reader, extractor, pipeline, path);
    // The story signature is the costliest part of storing; it is computed here, in parallel.
    int[] sig = r instanceof Article a ? MinHash.signature(a.text()) : null;
    return new Outcome(r, stamp, sig);
  }

  private static void store(Store s, Outcome o, Progress progress) throws IOException {
    if (o.result() == null) {
      progress.unchanged++;
    } else if (o.result() instanceof Article a) {
      s.put(a, o.stamp(), o.signature());
      progress.stored++;
    } else {
      s.putFailure((Failure) o.result(), o.stamp());
      progress.failed++;
    }
  }

  /** Size and modification time: a file with both unchanged need not be read again. */
  static String stamp(Path p) {
    try {
      return Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return null;
    }
  }
}
