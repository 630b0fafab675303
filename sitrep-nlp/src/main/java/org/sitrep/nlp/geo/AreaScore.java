package org.sitrep.nlp.geo;

import org.sitrep.model.Place;

/**
 * Area-aware scoring of a resolved place against a gold point: a country, first-level region
 * or continent is right when it is the gold entry itself (the same GeoNames id) or when the gold
 * lies inside it, whatever the distance between their points (references put Canada's point
 * 1,000 km apart); any other place is right within 161 km. Where the gold lies is what the
 * gazetteer knows of it: its own entry's country and region when the gazetteer has its GeoNames
 * id (so a gold Canada lies in no province), else those of the town nearest its point within
 * {@link #NEAREST_KM}; a gold point near no town falls back to the 161 km rule. The gazetteer
 * does not say which continent a country is on, so a continent is right only as itself.
 */
final class AreaScore {
  /**
   * How far the town that says where a gold point lies may be from it: the conventional points
   * of wide countries lie far from any town (Canada's at 60°N 95°W, Australia's in the desert).
   */
  static final double NEAREST_KM = 300;
  static final double RIGHT_KM = 161;

  private final Gazetteer g;

  AreaScore(Gazetteer g) {
    this.g = g;
  }

  /** What kind of area {@code p} is: a country, region or continent, or 0 for a point. */
  static char area(Place p) {
    String code = p.featureCode() == null ? "" : p.featureCode();
    if (code.equals("CONT")) {
      return Gazetteer.CONTINENT;
    }
    if (code.startsWith("PCL")) {
      return Gazetteer.COUNTRY;
    }
    return code.equals("ADM1") ? Gazetteer.REGION : 0;
  }

  /**
   * {@code p} is right for the gold entry {@code goldId} (a GeoNames id, or null) at
   * {@code lat}, {@code lon}, which lies {@code km} from {@code p}'s point.
   */
  boolean right(Place p, Long goldId, double lat, double lon, double km) {
    if (p.lat() == null) {
      return false;
    }
    char area = area(p);
    if (area == 0) {
      return km <= RIGHT_KM;
    }
    if (goldId != null && goldId.equals(p.geonameId())) {
      return true;
    }
    if (area == Gazetteer.CONTINENT) {
      return false;
    }
    int gold = goldId == null ? -1 : g.byId(goldId.toString());
    if (gold < 0) {
      gold = nearestTown(lat, lon);
    }
    if (gold < 0) {
      return km <= RIGHT_KM;
    }
    if (g.kind(gold) == Gazetteer.CONTINENT || !g.cc(gold).equals(p.countryCode())) {
      return false;
    }
    return area == Gazetteer.COUNTRY
        || g.kind(gold) != Gazetteer.COUNTRY && p.admin1() != null
            && p.admin1().equals(g.admin1(gold));
  }

  /** The town nearest to the point within {@link #NEAREST_KM}, or -1. */
  int nearestTown(double lat, double lon) {
    double box = NEAREST_KM / 111.0; // degrees of latitude
    double lonBox = box / Math.max(0.05, Math.cos(Math.toRadians(lat)));
    int best = -1;
    double bestKm = NEAREST_KM;
    for (int i = 0; i < g.size(); i++) {
      if (g.kind(i) != Gazetteer.PLACE || Math.abs(g.lat(i) - lat) > box
          || Math.abs(g.lon(i) - lon) > lonBox && Math.abs(g.lon(i) - lon) < 360 - lonBox) {
        continue;
      }
      double d = Gazetteer.km(lat, lon, g.lat(i), g.lon(i));
      if (d <= bestKm) {
        bestKm = d;
        best = i;
      }
    }
    return best;
  }
}
