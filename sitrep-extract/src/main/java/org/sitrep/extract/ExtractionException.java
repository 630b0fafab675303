package org.sitrep.extract;

/** A document that cannot be turned into an article; {@code stage} says which step gave up. */
public class ExtractionException extends Exception {
  private final String stage;

  public ExtractionException(String stage, String reason) {
    super(reason);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }

  public String reason() {
    return getMessage();
  }
}
