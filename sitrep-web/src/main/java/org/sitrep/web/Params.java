package org.sitrep.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.table.Acled;
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

  /**
   * A value a parameter does not take, with the values it does ({@code allowed}, empty when
   * they are no short list): the API's 400 answer lists them beside its error.
   */
  static final class BadValue extends BadRequestResponse {
    final List<String> allowed;

    BadValue(String name, String value, List<String> allowed) {
      this(name + ": one of " + String.join(", ", allowed) + " (was '" + value + "')", allowed);
    }

    BadValue(String message, List<String> allowed) {
      super(message);
      this.allowed = List.copyOf(allowed);
    }
  }

  /** The values of the {@code event} filter: PLOVER's types, then ACLED's sub-event types. */
  static final List<String> EVENT_TYPES = java.util.stream.Stream.concat(
      Acled.PLOVER_TYPES.stream(), Acled.subEventTypes().stream()).toList();

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
    int offset = offset(ctx);
    String sort = oneOf(ctx, "sort", sorts);
    return new Page(offset, limit, sort == null ? sorts.get(0) : sort);
  }

  /** Where a page's list starts: {@code offset}, 0 to {@link #MAX_OFFSET}; a 400 otherwise. */
  static int offset(Context ctx) {
    return whole(ctx, "offset", 0, 0, MAX_OFFSET);
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

  /** A parameter that takes one of {@code allowed} (exactly), null when absent. */
  private static String oneOf(Context ctx, String name, List<String> allowed) {
    String v = param(ctx, name);
    if (v != null && !allowed.contains(v)) {
      throw new BadValue(name, v, allowed);
    }
    return v;
  }

  private static SearchRequest read(Context ctx, PlaceLookup places, int defaultLimit,
                                    boolean paged) {
    String near = param(ctx, "near");
    SearchRequest.Near circle = null;
    double km = number(ctx, "km", 50);
    if (!(km > 0) || km > 20_000) {
      throw new BadRequestResponse("km: a distance in kilometres above 0, at most 20000 (was "
          + km + ")");
    }
    if (near != null) {
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
      limit = whole(ctx, "limit", defaultLimit, 1, MAX_LIMIT);
      offset = offset(ctx);
      sort = oneOf(ctx, "sort", List.of("relevance", "newest"));
    }
    double minConfidence = number(ctx, "min_confidence", 0);
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new BadRequestResponse("min_confidence: 0 to 1, the chance that an event is right"
          + " (was " + minConfidence + ")");
    }
    String event = param(ctx, "event");
    if (event != null && !Acled.knownEventType(event)) {
      throw new BadValue("event", event, EVENT_TYPES);
    }
    String q = param(ctx, "q");
    boolean newest = "newest".equals(sort) || (sort == null && q == null);
    return new SearchRequest(q, param(ctx, "entity"), param(ctx, "place"),
        param(ctx, "country"), since, until, param(ctx, "section"), param(ctx, "site"), circle,
        null, flag(ctx, "dedup"), offset, limit)
        .withEvent(event, minConfidence).withStory(param(ctx, "story")).withNewestFirst(newest);
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
    throw new BadValue(name, v, List.of("true", "false"));
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
