package org.sitrep.model;

/** A stage could not process one article; the pipeline turns it into a {@link Failure}. */
public final class StageException extends Exception {
  public StageException(String reason) {
    super(reason);
  }

  public StageException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
