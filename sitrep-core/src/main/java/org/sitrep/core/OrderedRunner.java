package org.sitrep.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one job per input on a pool of threads and hands the results on in input order. At most
 * {@code 2 × threads} jobs are in flight, so a million inputs never sit in memory at once.
 */
public final class OrderedRunner<I, O> implements AutoCloseable {
  private final ExecutorService pool;
  private final int window;
  private final Function<I, O> job;
  private final Consumer<O> sink;
  private final Deque<Future<O>> inFlight = new ArrayDeque<>();

  public OrderedRunner(int threads, Function<I, O> job, Consumer<O> sink) {
    int n = Math.max(1, threads);
    this.pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "sitrep-worker");
      t.setDaemon(true);
      return t;
    });
    this.window = 2 * n;
    this.job = job;
    this.sink = sink;
  }

  public void submit(I input) {
    inFlight.add(pool.submit(() -> job.apply(input)));
    while (inFlight.size() >= window) {
      drainOne();
    }
  }

  private void drainOne() {
    try {
      sink.accept(inFlight.poll().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // Jobs turn their own errors into results; anything else is a bug.
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    while (!inFlight.isEmpty()) {
      drainOne();
    }
    pool.shutdown();
  }
}
