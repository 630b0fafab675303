package org.sitrep.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Layer;
import org.sitrep.model.Result;
import org.sitrep.model.Skipped;
import org.sitrep.model.MinHash;
import org.sitrep.store.Store;

/**
 * The run loop of ingest, shared by the command, the server and the watcher: documents from a
 * {@link PageSource} go through the {@link Flow} on worker threads, and into the {@link Store}
 * in input order on the calling thread, with a commit every N documents or T seconds.
 *
 * <p>Policy: an input whose source and stamp were committed before the store was opened is
 * skipped unread (so a killed ingest resumes where its last commit ended), unless it failed or a
 * stage of it failed then: failures are always retried (and counted as such); pages are replaced
 * by id, so nothing is doubled; story signatures are computed on the workers.
 */
public final class Ingest {
  /** How to run: worker threads, re-process unchanged inputs, commit cadence. */
  public record Options(int threads, boolean force, int commitEvery, Duration commitInterval) {
    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), false, 200,
          Duration.ofSeconds(10));
    }
  }

  private final Store store;
  private final Flow flow;
  private final Options options;
  private final IngestListener listener;
  private volatile boolean stopRequested;

  public Ingest(Store store, Flow flow, Options options, IngestListener listener) {
    this.store = store;
    this.flow = flow;
    this.options = options;
    this.listener = listener == null ? IngestListener.NONE : listener;
  }

  /** Asks a running ingest to end after the documents in flight; it then commits and returns. */
  public void stop() {
    stopRequested = true;
  }

  public boolean stopRequested() {
    return stopRequested;
  }

  /** What a worker made of one input: a result, or null when it is stored unchanged. */
  private record Outcome(Input input, Result result, int[] signature, Store.StoryMatch story,
      boolean retried) {}

  /** Runs every input of {@code source}; returns the counts after the final commit. */
  public IngestCounts run(PageSource source) throws IOException {
    IngestCounts counts = new IngestCounts();
    listener.started(source.estimate());
    long[] sinceCommit = {0, System.nanoTime()};
    try (OrderedRunner<Input, Outcome> runner = new OrderedRunner<>(options.threads(),
        this::process, o -> {
          try {
            store(o, counts);
            listener.processed(counts);
            sinceCommit[0]++;
            long now = System.nanoTime();
            if (sinceCommit[0] >= options.commitEvery()
                || now - sinceCommit[1] >= options.commitInterval().toNanos()) {
              commit(counts);
              sinceCommit[0] = 0;
              sinceCommit[1] = now;
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })) {
      for (Input in : source) {
        if (stopRequested) {
          break;
        }
        runner.submit(in);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    commit(counts);
    listener.finished(counts);
    return counts;
  }

  private void commit(IngestCounts counts) throws IOException {
    store.commit();
    counts.committed = counts.done();
    listener.committed(counts);
  }

  private Outcome process(Input in) {
    boolean retried;
    try {
      if (!options.force() && in.stamp() != null && store.hadAtOpen(in.source(), in.stamp(),
          flow.annotates() ? Layer.ENTITIES : null)) {
        return new Outcome(in, null, null, null, false);
      }
      retried = store.failedAtOpen(in.source());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Result r = flow.run(in);
    // The signature and the story lookup in the committed store are the costly part of storing:
    // they run here, in parallel; the storing thread only checks the pages since the last commit.
    if (!(r instanceof Article a)) {
      return new Outcome(in, r, null, null, retried);
    }
    int[] sig = MinHash.signature(a.text());
    try {
      return new Outcome(in, r, sig, store.findStory(a.id(), sig), retried);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void store(Outcome o, IngestCounts counts) throws IOException {
    if (o.result() == null) {
      counts.unchanged++;
      return;
    }
    if (o.retried()) {
      counts.retried++;
    }
    if (o.result() instanceof Article a) {
      Store.Put p = store.putPage(a, o.input().stamp(), o.signature(), o.story());
      switch (p.kind()) {
        case STORED -> counts.stored++;
        case UPDATED -> counts.updated++;
        case REPLACED -> {
          counts.replaced++;
          listener.collided(a.source(), p.other(), false);
        }
        case DUPLICATE -> {
          counts.duplicate++;
          listener.collided(a.source(), p.other(), true);
        }
      }
      if (p.kind() != Store.Put.Kind.DUPLICATE) {
        a.warnings().stream().filter(w -> w.code().equals(org.sitrep.nlp.tokens.TokenStage.ENGLISH_ONLY_SKIPPED)).findFirst()
            .ifPresent(w -> listener.notAnnotated(a.source(), w));
      }
    } else if (o.result() instanceof Failure f) {
      store.putFailure(f, o.input().stamp());
      counts.failed++;
      listener.failed(f);
    } else {
      counts.skipped++;
      listener.skipped((Skipped) o.result());
    }
  }
}
