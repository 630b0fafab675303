package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Failure;

/** Counts what a run did, failures by kind, and prints the closing summary. */
final class RunReport {
  private int ok;
  private int failed;
  private int skippedDocs;
  private final Map<String, Integer> byKind = new TreeMap<>();
  private final Map<String, Long> skipped = new TreeMap<>();

  void ok() {
    ok++;
  }

  void failed(Failure f) {
    failed++;
    byKind.merge(f.kind(), 1, Integer::sum);
  }

  /** What the sources passed over (WARC records that are not pages, feed items stored before). */
  void skipped(Map<String, Long> bySource) {
    bySource.forEach((k, n) -> skipped.merge(k, n, Long::sum));
  }

  /** A document that is not an article: counted apart, not a failure. */
  void skipped(org.sitrep.model.Skipped s) {
    skippedDocs++;
    skipped.merge(s.skipped(), 1L, Long::sum);
  }

  int failures() {
    return failed;
  }

  int exitCode() {
    return failed == 0 ? Main.OK : Main.SOME_FAILED;
  }

  /** Only what was skipped (an ingest prints its counts through its progress). */
  void print(PrintWriter err) {
    skipped.forEach((k, n) -> err.printf("  %5d  skipped: %s%n", n, k));
    err.flush();
  }

  void print(PrintWriter err, String verb) {
    int docs = ok + failed + skippedDocs;
    err.printf("sitrep: %d document%s, %d %s, %d failed%s%n", docs, docs == 1 ? "" : "s", ok, verb,
        failed, skippedDocs == 0 ? "" : ", " + skippedDocs + " skipped (not articles)");
    byKind.forEach((k, n) -> err.printf("  %5d  %s%n", n, k));
    print(err);
  }
}
