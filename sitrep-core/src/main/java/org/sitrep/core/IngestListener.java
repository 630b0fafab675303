package org.sitrep.core;

/**
 * Hears how an ingest goes, for progress bars, logs and servers. Called on the storing thread,
 * in input order; the counts are the ingest's own, read them, do not keep them.
 */
public interface IngestListener {
  /** Before the first document; {@code total} is -1 when the source cannot tell. */
  default void started(long total) {}

  /** After each document is stored, skipped as unchanged, or recorded as a failure. */
  default void processed(IngestCounts counts) {}

  /** After each commit: everything counted so far is durable. */
  default void committed(IngestCounts counts) {}

  /** After the last commit. */
  default void finished(IngestCounts counts) {}

  IngestListener NONE = new IngestListener() {};
}
