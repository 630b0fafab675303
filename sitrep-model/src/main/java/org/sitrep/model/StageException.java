package org.sitrep.model;

/** A stage could not process one article; the pipeline records it as that stage's
 * failure (a warning; the article keeps its other layers). */
public final class StageException extends Exception {
  public StageException(String reason) {
    super(reason);
  }

  public StageException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
