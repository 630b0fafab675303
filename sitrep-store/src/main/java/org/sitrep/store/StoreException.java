package org.sitrep.store;

import java.io.IOException;

/**
 * A fault of the store's environment, not of Sitrep: the folder is locked by another ingest,
 * read-only, a file, damaged (an index file truncated, corrupt or missing), or the disk is
 * full. The message says what happened and what to do, in one line, without Java class names.
 */
public final class StoreException extends IOException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
