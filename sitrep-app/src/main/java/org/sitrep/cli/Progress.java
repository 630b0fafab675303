package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a long run as a metric: documents in, stored, unchanged, failed, committed, rate
 * and ETA. On a terminal it redraws one bar line; otherwise (a log, CI, a pipe) it writes a line
 * per interval and one per commit, so a supervisor can tell what is durable.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean terminal;
  private final long total;
  private final long startNanos;
  private final long intervalNanos;
  private long lastPrint;
  long stored;
  long unchanged;
  long failed;
  long committed;

  Progress(PrintWriter err, boolean terminal, long total, Duration interval, long nowNanos) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
    this.startNanos = nowNanos;
    this.intervalNanos = interval.toNanos();
    this.lastPrint = nowNanos;
  }

  long done() {
    return stored + unchanged + failed;
  }

  /** Documents per second since the start. */
  double rate(long nowNanos) {
    double seconds = (nowNanos - startNanos) / 1e9;
    return seconds <= 0 ? 0 : done() / seconds;
  }

  /** Time left at the rate so far; null while nothing is done yet. */
  Duration eta(long nowNanos) {
    double rate = rate(nowNanos);
    if (rate <= 0) {
      return null;
    }
    long remaining = Math.max(0, total - done());
    return Duration.ofMillis((long) Math.ceil(remaining / rate * 1000));
  }

  String line(long nowNanos) {
    Duration eta = eta(nowNanos);
    return String.format(Locale.ROOT,
        "ingest: %d/%d documents, %d stored, %d unchanged, %d failed, committed %d, %.1f docs/s, ETA %s",
        done(), total, stored, unchanged, failed, committed, rate(nowNanos),
        eta == null ? "?" : format(eta));
  }

  static String format(Duration d) {
    long s = d.toSeconds();
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** After each document: redraw on a terminal, or log once per interval. */
  void tick(long nowNanos) {
    if (nowNanos - lastPrint < (terminal ? 200_000_000L : intervalNanos)) {
      return;
    }
    print(nowNanos);
  }

  void committed(long count, long nowNanos) {
    committed = count;
    if (!terminal) {
      print(nowNanos);
    }
  }

  /** The last state: a final redraw on a terminal (a log already has it from the last commit). */
  void finish(long nowNanos) {
    if (terminal) {
      print(nowNanos);
      err.println();
    }
    err.flush();
  }

  private void print(long nowNanos) {
    lastPrint = nowNanos;
    if (terminal) {
      err.print("\r" + bar() + " " + line(nowNanos) + "\u001b[K");
    } else {
      err.println(line(nowNanos));
    }
    err.flush();
  }

  private String bar() {
    int width = 20;
    int filled = total <= 0 ? 0 : (int) Math.min(width, done() * width / total);
    return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
  }
}
