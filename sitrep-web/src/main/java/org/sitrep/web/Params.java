package org.sitrep.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.SearchRequest;

/**
 * A search read from a request's query string, with the same filters as {@code sitrep search}:
 * {@code q, entity, place, country, since, until, section, site, event, min_confidence, story,
 * near, km, dedup, sort, offset, limit}. A bad value is a 400 that says which parameter and why.
 */
final class Params {
  /** The filters, in the order forms and links show them. */
  static final List<String> FILTERS = List.of("q", "entity", "place", "country", "since",
      "until", "section", "site", "event", "min_confidence", "story", "near", "km", "dedup",
      "sort");
  static final int MAX_LIMIT = 100;
  static final int MAX_OFFSET = 10_000;

  /** Turns a place name into a point, for {@code near=Palmyra}; null when unknown. */
  @FunctionalInterface
  public interface PlaceLookup {
    double[] latLon(String name);
  }

  private Params() {}

  /** A search with its own paging and order ({@code offset, limit, sort}): /api/search. */
  static SearchRequest search(Context ctx, PlaceLookup places, int defaultLimit) {
    return read(ctx, places, defaultLimit, true);
  }

  /**
   * The filters of an aggregate (places, events, days): a search whose articles are read
   * newest first; {@code offset, limit, sort} page the aggregate's list ({@link #page}).
   */
  static SearchRequest filters(Context ctx, PlaceLookup places) {
    return read(ctx, places, 1, false);
  }

  /** Most items an aggregate answers at once. */
  static final int MAX_ITEMS = 1000;

  /** Where a page of an aggregate's list starts, how long it is and its order. */
  record Page(int offset, int limit, String sort) {
    /** This page of a list (already in order). */
    <T> List<T> of(List<T> all) {
      int from = Math.min(offset, all.size());
      return List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
    }
  }

  /**
   * The page of an aggregate's list: {@code offset} 0 to {@link #MAX_OFFSET}, {@code limit} 1
   * to {@link #MAX_ITEMS} (default {@code defaultLimit}), {@code sort} one of {@code sorts} (the
   * first by default); anything else is a 400 saying which and why.
   */
  static Page page(Context ctx, List<String> sorts, int defaultLimit) {
    int limit = whole(ctx, "limit", defaultLimit, 1, MAX_ITEMS);
    int offset = whole(ctx, "offset", 0, 0, MAX_OFFSET);
    String sort = param(ctx, "sort");
    if (sort != null && !sorts.contains(sort)) {
      throw new BadRequestResponse("sort: " + String.join(", ", sorts.subList(0,
          sorts.size() - 1)) + " or " + sorts.get(sorts.size() - 1) + " (was '" + sort + "')");
    }
    return new Page(offset, limit, sort == null ? sorts.get(0) : sort);
  }

  /** How many stories a claims ledger reads: {@code limit}, 1 to {@link #MAX_ITEMS} (50). */
  static int storyLimit(Context ctx) {
    return whole(ctx, "limit", 50, 1, MAX_ITEMS);
  }

  /** A whole number from {@code min} to {@code max}; a 400 for anything else. */
  private static int whole(Context ctx, String name, int dflt, int min, int max) {
    double v = number(ctx, name, dflt);
    if (v != Math.rint(v) || v < min || v > max) {
      throw new BadRequestResponse(name + ": a whole number from " + min + " to " + max
          + " (was '" + param(ctx, name) + "')");
    }
    return (int) v;
  }

  private static SearchRequest read(Context ctx, PlaceLookup places, int defaultLimit,
                                    boolean paged) {
    String near = param(ctx, "near");
    SearchRequest.Near circle = null;
    if (near != null) {
      double km = number(ctx, "km", 50);
      if (!(km > 0) || km > 20_000) {
        throw new BadRequestResponse("km: a distance in kilometres above 0 (was " + km + ")");
      }
      try {
        circle = SearchRequest.Near.ofLatLon(near, km);
        if (circle == null) {
          double[] at = places == null ? null : places.latLon(near);
          if (at == null) {
            throw new BadRequestResponse("near: no place called '" + near
                + "' in the gazetteer; give latitude,longitude instead");
          }
          circle = new SearchRequest.Near(at[0], at[1], km);
        }
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse("near: " + e.getMessage());
      }
    }
    LocalDate since = date(ctx, "since");
    LocalDate until = date(ctx, "until");
    if (since != null && until != null && until.isBefore(since)) {
      throw new BadRequestResponse("until " + until + " is before since " + since);
    }
    int limit = defaultLimit;
    int offset = 0;
    String sort = null;
    if (paged) {
      limit = (int) number(ctx, "limit", defaultLimit);
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new BadRequestResponse("limit: 1 to " + MAX_LIMIT + " (was " + limit + ")");
      }
      offset = (int) number(ctx, "offset", 0);
      if (offset < 0 || offset > MAX_OFFSET) {
        throw new BadRequestResponse("offset: 0 to " + MAX_OFFSET + " (was " + offset + ")");
      }
      sort = param(ctx, "sort");
      if (sort != null && !sort.equals("relevance") && !sort.equals("newest")) {
        throw new BadRequestResponse("sort: relevance or newest (was '" + sort + "')");
      }
    }
    double minConfidence = number(ctx, "min_confidence", 0);
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new BadRequestResponse("min_confidence: 0 to 1, the chance that an event is right"
          + " (was " + minConfidence + ")");
    }
    String q = param(ctx, "q");
    boolean newest = "newest".equals(sort) || (sort == null && q == null);
    return new SearchRequest(q, param(ctx, "entity"), param(ctx, "place"),
        param(ctx, "country"), since, until, param(ctx, "section"), param(ctx, "site"), circle,
        null, flag(ctx, "dedup"), offset, limit)
        .withEvent(param(ctx, "event"), minConfidence).withStory(param(ctx, "story")).withNewestFirst(newest);
  }

  /** The filters of this request that are set, to carry them into links (map, timeline, pages). */
  static Map<String, String> filters(Context ctx) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String f : FILTERS) {
      String v = param(ctx, f);
      if (v != null) {
        out.put(f, v);
      }
    }
    return out;
  }

  static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static boolean flag(Context ctx, String name) {
    String v = param(ctx, name);
    if (v == null || v.equals("false") || v.equals("0")) {
      return false;
    }
    if (v.equals("true") || v.equals("1") || v.equals("on")) {
      return true;
    }
    throw new BadRequestResponse(name + ": true or false (was '" + v + "')");
  }

  /** A number parameter, {@code dflt} when absent; 400 when it is not a number. */
  static double number(Context ctx, String name, double dflt) {
    String v = param(ctx, name);
    if (v == null) {
      return dflt;
    }
    try {
      double d = Double.parseDouble(v);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + ": a number (was '" + v + "')");
    }
  }

  private static LocalDate date(Context ctx, String name) {
    String v = param(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse(name + ": a day as YYYY-MM-DD (was '" + v + "')");
    }
  }
}
