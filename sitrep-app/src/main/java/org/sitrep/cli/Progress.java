package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.sitrep.core.IngestCounts;
import org.sitrep.core.IngestListener;

/**
 * Progress of an ingest as a metric: documents done, stored, unchanged, failed, committed, rate
 * and ETA. On a terminal it redraws one bar line; otherwise (a log, CI, a pipe) it writes a line
 * per interval and one per commit, so a supervisor can tell what is durable.
 */
final class Progress implements IngestListener {
  private final PrintWriter err;
  private final boolean terminal;
  private final long intervalNanos;
  private final LongSupplier clock;
  private long total = -1;
  private long startNanos;
  private long lastPrint;
  private IngestCounts counts;

  Progress(PrintWriter err, boolean terminal, Duration interval, LongSupplier nanoClock) {
    this.err = err;
    this.terminal = terminal;
    this.intervalNanos = interval.toNanos();
    this.clock = nanoClock;
  }

  @Override
  public void started(long expected) {
    total = expected;
    startNanos = clock.getAsLong();
    lastPrint = startNanos;
  }

  long done() {
    return counts == null ? 0 : counts.done();
  }

  /** Documents per second since the start. */
  double rate(long nowNanos) {
    double seconds = (nowNanos - startNanos) / 1e9;
    return seconds <= 0 ? 0 : done() / seconds;
  }

  /** Time left at the rate so far; null while nothing is done or the total is unknown. */
  Duration eta(long nowNanos) {
    double rate = rate(nowNanos);
    if (rate <= 0 || total < 0) {
      return null;
    }
    long remaining = Math.max(0, total - done());
    return Duration.ofMillis((long) Math.ceil(remaining / rate * 1000));
  }

  String line(long nowNanos) {
    Duration eta = eta(nowNanos);
    IngestCounts c = counts == null ? IngestCounts.of(0, 0, 0, 0) : counts;
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "ingest: %d%s documents, %d stored",
        done(), total >= 0 ? "/" + total : "", c.stored()));
    part(b, c.updated(), "updated");
    part(b, c.replaced(), "replaced");
    part(b, c.duplicate(), "duplicate");
    b.append(String.format(Locale.ROOT, ", %d unchanged", c.unchanged()));
    part(b, c.skipped(), "skipped");
    part(b, c.retried(), "retried");
    b.append(String.format(Locale.ROOT, ", %d failed, committed %d, %.1f docs/s%s", c.failed(),
        c.committed(), rate(nowNanos), total < 0 ? "" : ", ETA " + (eta == null ? "?"
            : format(eta))));
    return b.toString();
  }

  private static void part(StringBuilder b, long n, String what) {
    if (n > 0) {
      b.append(", ").append(n).append(' ').append(what);
    }
  }

  /** Notes about single documents (collisions, skips): the first few in full, then a count. */
  private static final int NOTES = 20;
  private int notes;

  private void note(String line) {
    if (++notes > NOTES) {
      return;
    }
    line(notes == NOTES ? line + " (further notes left out; the counts include them)" : line);
  }

  /** A line of its own, above a terminal's progress line. */
  private void line(String line) {
    if (terminal) {
      err.print("\r\u001b[K");
    }
    err.println(line);
    err.flush();
  }

  /** Every failed document, as it fails: its kind and where it was read. */
  @Override
  public void failed(org.sitrep.model.Failure f) {
    line("failed: " + f.kind() + ": " + f.source());
  }

  /** Every stored page left unannotated (not English), as it is stored. */
  @Override
  public void notAnnotated(String source, org.sitrep.model.Warning why) {
    line("not annotated: " + why.code() + ": " + source + " (" + why.message() + ")");
  }

  @Override
  public void collided(String source, String other, boolean sameBody) {
    note(sameBody ? "duplicate: " + source + " is the same page as " + other + " (not stored again)"
        : "replaced: " + source + " has the same id as " + other + ", which it replaced");
  }

  @Override
  public void skipped(org.sitrep.model.Skipped s) {
    note("skipped: " + s.source() + " (" + s.skipped() + ")");
  }

  static String format(Duration d) {
    long s = d.toSeconds();
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** After each document: redraw on a terminal, or log once per interval. */
  @Override
  public void processed(IngestCounts c) {
    counts = c;
    long now = clock.getAsLong();
    if (now - lastPrint < (terminal ? 200_000_000L : intervalNanos)) {
      return;
    }
    print(now);
  }

  @Override
  public void committed(IngestCounts c) {
    counts = c;
    if (!terminal) {
      print(clock.getAsLong());
    }
  }

  /** The last state: a final redraw on a terminal (a log already has it from the last commit). */
  @Override
  public void finished(IngestCounts c) {
    counts = c;
    if (terminal) {
      print(clock.getAsLong());
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
