package org.sitrep.store;

import java.time.LocalDate;

/**
 * What to look for: a query in Lucene's syntax over title and text (may be empty), and filters
 * that must all hold. {@code since}/{@code until} compare the day of publication where the page
 * was published ({@link org.sitrep.model.Published#day()}). {@code near} keeps articles with a
 * resolved place within a distance of a point, {@code box} those with a place inside a
 * latitude/longitude box. {@code dedup} keeps the best hit of each story (exactly, at any
 * size: grouped in the query). {@code offset} skips that many hits (or stories), for paging.
 * {@code event} keeps articles with an event of that PLOVER or ACLED type, {@code story} the
 * members of one story; {@code eventConfidence} above 0 keeps articles with an event that
 * happened (of that type, when {@code event} is set) of at least that confidence. {@code newest}
 * orders by publication (newest first, undated last, then by ingest) instead of by relevance.
 */
public record SearchRequest(String query, String entity, String place, String country,
                            LocalDate since, LocalDate until, String section, String site,
                            Near near, Box box, boolean dedup, int offset, int limit,
                            String event, String story, boolean newest,
                            double eventConfidence) {
  /** Any event's confidence. */
  public SearchRequest(String query, String entity, String place, String country,
                       LocalDate since, LocalDate until, String section, String site, Near near,
                       Box box, boolean dedup, int offset, int limit, String event, String story,
                       boolean newest) {
    this(query, entity, place, country, since, until, section, site, near, box, dedup, offset,
        limit, event, story, newest, 0);
  }

  /** Without event or story filter, by relevance. */
  public SearchRequest(String query, String entity, String place, String country,
                       LocalDate since, LocalDate until, String section, String site, Near near,
                       Box box, boolean dedup, int offset, int limit) {
    this(query, entity, place, country, since, until, section, site, near, box, dedup, offset,
        limit, null, null, false);
  }

  /** Without paging: the first {@code limit} hits. */
  public SearchRequest(String query, String entity, String place, String country,
                       LocalDate since, LocalDate until, String section, String site, Near near,
                       Box box, boolean dedup, int limit) {
    this(query, entity, place, country, since, until, section, site, near, box, dedup, 0, limit);
  }

  /** A circle on the globe: centre and radius in kilometres. */
  public record Near(double lat, double lon, double km) {
    private static final java.util.regex.Pattern LAT_LON = java.util.regex.Pattern.compile(
        "\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

    public Near {
      if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || !(km > 0)) {
        throw new IllegalArgumentException("bad point or radius: " + lat + "," + lon + " " + km
            + " km");
      }
    }

    /**
     * The circle around "latitude,longitude" ("34.56,38.27"), or null when {@code point} is not
     * written so (a place name, for instance).
     */
    public static Near ofLatLon(String point, double km) {
      java.util.regex.Matcher m = LAT_LON.matcher(point);
      return m.matches() ? new Near(Double.parseDouble(m.group(1)),
          Double.parseDouble(m.group(2)), km) : null;
    }
  }

  /** A latitude/longitude box (a map's viewport). */
  public record Box(double minLat, double maxLat, double minLon, double maxLon) {}

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, null, false,
        10);
  }

  /** This search for articles naming {@code p} as a place (null: any). */
  public SearchRequest withPlace(String p) {
    return new SearchRequest(query, entity, p, country, since, until, section, site, near, box,
        dedup, offset, limit, event, story, newest, eventConfidence);
  }

  public SearchRequest withNear(Near n) {
    return new SearchRequest(query, entity, place, country, since, until, section, site, n, box,
        dedup, offset, limit, event, story, newest, eventConfidence);
  }

  public SearchRequest withBox(Box b) {
    return new SearchRequest(query, entity, place, country, since, until, section, site, near, b,
        dedup, offset, limit, event, story, newest, eventConfidence);
  }

  public SearchRequest withDedup(boolean d, int from, int max) {
    return new SearchRequest(query, entity, place, country, since, until, section, site, near, box,
        d, from, max, event, story, newest, eventConfidence);
  }

  /**
   * Only articles with an event that happened of this PLOVER type ("ASSAULT") or ACLED
   * sub-event type ("Armed clash"), case-insensitive.
   */
  public SearchRequest withEvent(String e) {
    return withEvent(e, eventConfidence);
  }

  /**
   * Only articles with an event that happened of this type (as {@link #withEvent(String)}; null:
   * any type) at a confidence of at least {@code min} (0: any).
   */
  public SearchRequest withEvent(String e, double min) {
    return new SearchRequest(query, entity, place, country, since, until, section, site, near, box,
        dedup, offset, limit, e, story, newest, min);
  }

  public SearchRequest withDates(LocalDate from, LocalDate to) {
    return new SearchRequest(query, entity, place, country, from, to, section, site, near, box,
        dedup, offset, limit, event, story, newest, eventConfidence);
  }

  /** Only the members of this story. */
  public SearchRequest withStory(String s) {
    return new SearchRequest(query, entity, place, country, since, until, section, site, near, box,
        dedup, offset, limit, event, s, newest, eventConfidence);
  }

  /** Newest first (by publication, then by ingest) instead of by relevance. */
  public SearchRequest withNewestFirst(boolean n) {
    return new SearchRequest(query, entity, place, country, since, until, section, site, near, box,
        dedup, offset, limit, event, story, n, eventConfidence);
  }
}
