package org.sitrep.core;

/**
 * What an ingest has done so far, each input counted once: stored (new pages: the store grew by
 * these), updated (a page of the same source written again), replaced (a page with the same id
 * from another source), duplicate (the same page already held from another source: not
 * written), unchanged (skipped unread), skipped (not an article), failed; how many are
 * durable; and how many of them were retried (had failed, or a stage of them had, before).
 */
public final class IngestCounts {
  long stored;
  long updated;
  long replaced;
  long duplicate;
  long unchanged;
  long skipped;
  long failed;
  long committed;
  long retried;

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

  public long updated() {
    return updated;
  }

  public long replaced() {
    return replaced;
  }

  public long duplicate() {
    return duplicate;
  }

  public long skipped() {
    return skipped;
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

  /** Inputs processed again because they had failed (or a stage of them had) before the run. */
  public long retried() {
    return retried;
  }

  public long done() {
    return stored + updated + replaced + duplicate + unchanged + skipped + failed;
  }
}
