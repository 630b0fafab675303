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

  /**
   * A page that took the place of another source's page with the same id ({@code sameBody}
   * false), or was not stored because another source's identical page is held (true).
   */
  default void collided(String source, String other, boolean sameBody) {}

  /** A document that failed (recorded in the store as a failure), as it fails. */
  default void failed(org.sitrep.model.Failure f) {}

  /**
   * A stored article whose annotation was skipped, with the warning that says why (a page not
   * in English: {@code TokenStage.ENGLISH_ONLY_SKIPPED}); its text is stored and searchable.
   */
  default void notAnnotated(String source, org.sitrep.model.Warning why) {}

  /** An input that is not an article (JSON, a licence, a folder read before). */
  default void skipped(org.sitrep.model.Skipped s) {}

  /** After each commit: everything counted so far is durable. */
  default void committed(IngestCounts counts) {}

  /** After the last commit. */
  default void finished(IngestCounts counts) {}

  IngestListener NONE = new IngestListener() {};
}
