package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.geo.Gazetteer;
import org.sitrep.store.SearchRequest;

/** Reads {@code --near}: "lat,lon" or a place name looked up in the bundled gazetteer. */
final class NearPoint {
  private static final Pattern LAT_LON =
      Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

  private NearPoint() {}

  static SearchRequest.Near parse(String near, double km, PrintWriter err) {
    Matcher m = LAT_LON.matcher(near);
    if (m.matches()) {
      return new SearchRequest.Near(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
          km);
    }
    double[] at = lookup(near);
    if (at == null) {
      throw new IllegalArgumentException("--near: no place called '" + near
          + "' in the gazetteer; give latitude,longitude instead");
    }
    err.printf(Locale.ROOT, "sitrep: near %s, %s (%.2f, %.2f), %.0f km%n", NAMES.get(near),
        CODES.get(near), at[0], at[1], km);
    err.flush();
    return new SearchRequest.Near(at[0], at[1], km);
  }

  private static final java.util.Map<String, String> NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.Map<String, String> CODES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The point of a place name in the bundled gazetteer: a country or region first (its point is
   * a centre), else the most populous town of that name; null when none has it.
   */
  static double[] lookup(String name) {
    Gazetteer g = Gazetteer.bundled();
    int best = -1;
    for (int i : g.lookup(name)) {
      if (best < 0 || rank(g, i) > rank(g, best)) {
        best = i;
      }
    }
    if (best < 0) {
      return null;
    }
    NAMES.put(name, g.name(best));
    CODES.put(name, g.cc(best));
    return new double[] {g.lat(best), g.lon(best)};
  }

  private static double rank(Gazetteer g, int i) {
    char k = g.kind(i);
    double kind = k == Gazetteer.COUNTRY ? 3 : k == Gazetteer.REGION ? 2 : 1;
    return kind * 1e12 + g.population(i);
  }
}
