package org.sitrep.model;

/**
 * What processing one document gives: an {@link Article} or a {@link Failure}, never an
 * exception. Callers switch over the two cases.
 */
public sealed interface Result permits Article, Failure {
  String id();

  String source();
}
