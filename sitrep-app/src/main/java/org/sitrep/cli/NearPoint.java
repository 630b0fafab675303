package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sitrep.nlp.geo.Gazetteer;
import org.sitrep.store.SearchRequest;

/** Reads {@code --near}: "lat,lon" or a place name looked up in the bundled gazetteer. */
final class NearPoint {

  private NearPoint() {}

  static SearchRequest.Near parse(String near, double km, PrintWriter err) {
    SearchRequest.Near point = SearchRequest.Near.ofLatLon(near, km);
    if (point != null) {
      return point;
    }
    Gazetteer g = Gazetteer.bundled();
    int best = best(g, near);
    if (best < 0) {
      throw new IllegalArgumentException("--near: no place called '" + near
          + "' in the gazetteer; give latitude,longitude instead");
    }
    err.printf(Locale.ROOT, "sitrep: near %s, %s (%.2f, %.2f), %.0f km%n", g.name(best),
        g.cc(best), g.lat(best), g.lon(best), km);
    err.flush();
    return new SearchRequest.Near(g.lat(best), g.lon(best), km);
  }

  /**
   * The point of a place name in the bundled gazetteer (see {@link #best}); null when none has
   * it.
   */
  static double[] lookup(String name) {
    Gazetteer g = Gazetteer.bundled();
    int best = best(g, name);
    return best < 0 ? null : new double[] {g.lat(best), g.lon(best)};
  }

  /** A country or region first (its point is a centre), else the most populous town; or -1. */
  private static int best(Gazetteer g, String name) {
    int best = -1;
    for (int i : g.lookup(name)) {
      if (best < 0 || rank(g, i) > rank(g, best)) {
        best = i;
      }
    }
    return best;
  }

  private static double rank(Gazetteer g, int i) {
    char k = g.kind(i);
    double kind = k == Gazetteer.COUNTRY ? 3 : k == Gazetteer.REGION ? 2 : 1;
    return kind * 1e12 + g.population(i);
  }
}
