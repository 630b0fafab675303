package org.sitrep.spark;

import org.sitrep.model.MinHash;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the flow made of one page: an article's rows in every table with its MinHash signature,
 * or a failure's row; {@code skipped} for a document that is not an article.
 */
final class Doc implements Serializable {
  private static final long serialVersionUID = 1L;

  final String id;
  final String source;
  /** Rows by table name ({@link org.sitrep.core.table.Tables}). */
  final Map<String, List<Object[]>> rows;
  final int[] signature;
  final boolean failure;
  final boolean skipped;

  Doc(String id, String source, Map<String, List<Object[]>> rows, int[] signature,
      boolean failure, boolean skipped) {
    this.id = id;
    this.source = source;
    this.rows = rows;
    this.signature = signature;
    this.failure = failure;
    this.skipped = skipped;
  }

  boolean article() {
    return !failure && !skipped;
  }
}
