package org.sitrep.store;

import java.time.LocalDate;

/**
 * What to look for: a query in Lucene's syntax over title and text (may be empty), and filters
 * that must all hold. {@code dedup} keeps the best hit of each story.
 */
public record SearchRequest(String query, String entity, String place, String country,
                            LocalDate since, LocalDate until, String section, String site,
                            boolean dedup, int limit) {
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, false, 10);
  }
}
