package org.sitrep.core;

/** What an ingest has done so far: stored, unchanged (skipped), failed, and how many are durable. */
public final class IngestCounts {
  long stored;
  long unchanged;
  long failed;
  long committed;

  IngestCounts() {}

  /** Counts as given (for listeners' tests and for reports built elsewhere). */
  public static IngestCounts of(long stored, long unchanged, long failed, long committed) {
    IngestCounts c = new IngestCounts();
    c.stored = stored;
    c.unchanged = unchanged;
    c.failed = failed;
    c.committed = committed;
    return c;
  }

  public long stored() {
    return stored;
  }

  public long unchanged() {
    return unchanged;
  }

  public long failed() {
    return failed;
  }

  /** Documents (of any outcome) covered by the last commit. */
  public long committed() {
    return committed;
  }

  public long done() {
    return stored + unchanged + failed;
  }
}
