package org.sitrep.model;

/**
 * What processing one document gives: an {@link Article}, a {@link Failure}, or {@link Skipped}
 * for input that is not an article at all; never an exception.
 */
public sealed interface Result permits Article, Failure, Skipped {
  String id();

  String source();
}
