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

  static SearchRequest search(Context ctx, PlaceLookup places, int defaultLimit) {
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
    int limit = (int) number(ctx, "limit", defaultLimit);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequestResponse("limit: 1 to " + MAX_LIMIT + " (was " + limit + ")");
    }
    int offset = (int) number(ctx, "offset", 0);
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new BadRequestResponse("offset: 0 to " + MAX_OFFSET + " (was " + offset + ")");
    }
    String sort = param(ctx, "sort");
    if (sort != null && !sort.equals("relevance") && !sort.equals("newest")) {
      throw new BadRequestResponse("sort: relevance or newest (was '" + sort + "')");
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
