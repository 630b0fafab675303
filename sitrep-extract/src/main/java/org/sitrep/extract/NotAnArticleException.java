package org.sitrep.extract;

/**
 * Input that is a document of another kind (JSON data, XML, Markdown, a licence text, a special
 * file, a search index): not a fault, but nothing to extract. Reported as skipped, never
 * stored. Stage {@code detect}.
 */
public final class NotAnArticleException extends ExtractionException {
  public NotAnArticleException(String kind) {
    super("detect", kind);
  }

  /** What the input is, for people ("JSON data", "a licence text"). */
  public String kind() {
    return reason();
  }
}
