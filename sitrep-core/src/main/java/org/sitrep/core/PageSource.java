package org.sitrep.core;

/**
 * A stream of documents to process: files and folders, WARC archives, URL lists, feeds. Sources
 * are iterated once, in order, and hold at most one archive record or one directory listing in
 * memory; close them when done (as jwarc's {@code WarcReader}).
 */
public interface PageSource extends Iterable<Input>, AutoCloseable {
  /** How many inputs this source will give, when known cheaply (for an ETA); else -1. */
  default long estimate() {
    return -1;
  }

  @Override
  void close();
}
