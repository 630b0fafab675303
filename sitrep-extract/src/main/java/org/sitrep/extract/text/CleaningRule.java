package org.sitrep.extract.text;

/**
 * One general cleaning rule for scraped text. A rule never knows a site: it recognises a kind of
 * debris (breadcrumb, credit line, leaked error, broken quotes) by its shape.
 */
public interface CleaningRule {
  String name();

  void apply(Draft draft);
}
