package org.sitrep.core.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sitrep.extract.ExtractionException;

/**
 * A response body as the HTTP client delivers it, read by the fetching thread with a deadline
 * for the whole response and a minimum transfer rate, so a server that sends its headers and then
 * stalls or trickles cannot hold a fetch forever. Chunks are asked for one at a time; reading
 * stops (and the transfer is cancelled) at the first limit crossed.
 */
final class Body implements HttpResponse.BodySubscriber<Body> {
  private static final Object END = new Object();

  private final BlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
  private Flow.Subscription subscription;
  private boolean cancelled;

  /**
   * The limits one read works within.
   *
   * @param maxBytes the largest body accepted
   * @param deadlineNanos the {@link System#nanoTime()} by which the whole response must be in
   * @param timeout the span that deadline was set from (for the reason)
   * @param minRate the slowest body accepted, in bytes per second (0: no minimum)
   * @param window the span each rate measurement covers
   * @param grace how long after the headers the rate is not measured (a slow start)
   */
  record Limits(long maxBytes, long deadlineNanos, Duration timeout, long minRate,
                Duration window, Duration grace) {}

  @Override
  public synchronized void onSubscribe(Flow.Subscription s) {
    if (cancelled) {
      s.cancel();
      return;
    }
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    chunks.add(item);
  }

  @Override
  public void onError(Throwable t) {
    chunks.add(t);
  }

  @Override
  public void onComplete() {
    chunks.add(END);
  }

  @Override
  public CompletionStage<Body> getBody() {
    return CompletableFuture.completedStage(this);
  }

  /** Stops the transfer; nothing more is read. */
  synchronized void cancel() {
    cancelled = true;
    if (subscription != null) {
      subscription.cancel();
    }
  }

  private synchronized void more() {
    if (!cancelled && subscription != null) {
      subscription.request(1);
    }
  }

  /**
   * The whole body, or a fetch failure naming the limit it crossed: the deadline for the whole
   * response, the minimum rate (measured over each {@code window} once the grace period after the
   * headers has passed; what arrives during the grace period does not count), or the size cap.
   */
  byte[] read(Limits limits) throws ExtractionException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long window = limits.minRate() > 0 ? limits.window().toNanos() : 0;
    long windowStart = System.nanoTime() + (window > 0 ? limits.grace().toNanos() : 0);
    long windowBytes = 0;
    boolean complete = false;
    try {
      while (true) {
        long now = System.nanoTime();
        if (now - limits.deadlineNanos() >= 0) {
          throw fail(deadlinePassed(limits.timeout()));
        }
        if (window > 0 && now - windowStart >= window) {
          double rate = windowBytes * 1e9 / (now - windowStart);
          if (rate < limits.minRate()) {
            throw fail("body slower than " + limits.minRate() + " bytes/s (" + windowBytes
                + " bytes in " + seconds(Duration.ofNanos(now - windowStart)) + ")");
          }
          windowStart = now;
          windowBytes = 0;
        }
        long wait = limits.deadlineNanos() - now;
        if (window > 0) {
          wait = Math.min(wait, windowStart + window - now);
        }
        Object o = chunks.poll(Math.max(wait, 1), TimeUnit.NANOSECONDS);
        if (o == null) {
          continue; // a limit is due: checked at the top
        }
        if (o == END) {
          complete = true;
          return out.toByteArray();
        }
        if (o instanceof Throwable t) {
          throw new IOException(t.getMessage(), t);
        }
        for (Object b : (List<?>) o) {
          ByteBuffer buf = (ByteBuffer) b;
          int n = buf.remaining();
          if (out.size() + (long) n > limits.maxBytes()) {
            throw fail(Fetcher.tooLarge(out.size() + (long) n, limits.maxBytes())
                + " (stopped reading)");
          }
          byte[] bytes = new byte[n];
          buf.get(bytes);
          out.write(bytes, 0, n);
          if (System.nanoTime() - windowStart >= 0) {
            windowBytes += n;
          }
        }
        more();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail("interrupted");
    } finally {
      if (!complete) {
        cancel();
      }
    }
  }

  /** The reason a response over its deadline fails with. */
  static String deadlinePassed(Duration timeout) {
    return "deadline of " + seconds(timeout) + " for the whole response passed";
  }

  /** "1.5 s", "30 s". */
  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s"
        : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static ExtractionException fail(String reason) {
    return new ExtractionException("fetch", reason);
  }
}
