package org.sitrep.model;

import java.util.Set;

/**
 * One step of annotation: reads the layers it {@link #requires()}, adds the ones it
 * {@link #produces()}, and returns a new article. Implementations hold no per-article state, so
 * one instance serves every thread.
 */
public interface Stage {
  String name();

  Set<Layer> requires();

  Set<Layer> produces();

  Article apply(Article article) throws StageException;

  /**
   * Loads what the stage needs (models, gazetteers) now, so that the first document's budget is
   * not spent on it. Idempotent.
   */
  default void warm() {}
}
