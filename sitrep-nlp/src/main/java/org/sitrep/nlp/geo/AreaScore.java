package org.sitrep.nlp.geo;

import java.util.List;
import org.sitrep.model.Place;

/**
 * Area-aware scoring of a resolved place against a gold point: a country, first-level region
 * or continent is right when it is the gold entry itself (the same GeoNames id) or when the gold
 * lies inside it, whatever the distance between their points (references put Canada's point
 * 1,000 km apart); any other place is right within 161 km. Where the gold lies is what the
 * gazetteer knows of it when it has the gold's GeoNames id (its own entry's country and region,
 * so a gold Canada lies in no province); else the gold point lies in the predicted area when
 * it is inside the area's outline ({@link AreaShapes}: countries, US states) and, for areas
 * without one, when it lies within 161 km of the area's point or the town nearest it within
 * {@link #NEAREST_KM} is in the area (the gazetteer's towns and regions do not always name a
 * country's first-level regions alike). A point inside no outline (at sea)
 * is placed by the nearest town too. A continent is right when the gold's country is on it,
 * a macro-region ("Middle East") when the gold's country or region is one of its members.
 */
final class AreaScore {
  /**
   * How far the town that says where a gold point lies may be from it: the conventional points
   * of wide countries lie far from any town (Canada's at 60°N 95°W, Australia's in the desert).
   */
  static final double NEAREST_KM = 300;
  static final double RIGHT_KM = 161;

  private final Gazetteer g;
  private final AreaShapes shapes;

  AreaScore(Gazetteer g) {
    this(g, AreaShapes.bundled());
  }

  AreaScore(Gazetteer g, AreaShapes shapes) {
    this.g = g;
    this.shapes = shapes;
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
    List<String> members = "RGN".equals(p.featureCode()) ? shapes.macroRegion(p.resolved()) : null;
    if (members != null) {
      return km <= RIGHT_KM || inMacroRegion(members, goldId, lat, lon);
    }
    if (area == 0) {
      return km <= RIGHT_KM;
    }
    if (goldId != null && goldId.equals(p.geonameId())) {
      return true;
    }
    int gold = goldId == null ? -1 : g.byId(goldId.toString());
    if (area == Gazetteer.CONTINENT) {
      return onContinent(p, gold, lat, lon);
    }
    if (gold < 0) {
      String key = AreaShapes.key(p.countryCode(), area == Gazetteer.COUNTRY ? null : p.admin1());
      if (shapes.contains(key, lat, lon)) {
        return true;
      }
      if (shapes.has(key) && shapes.countryAt(lat, lon) != null) {
        return false;
      }
      if (km <= RIGHT_KM) {
        return true; // no outline to say otherwise: as a point would be
      }
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

  /**
   * A macro-region ("Middle East", "West Coast") holds the gold when the gold's country is a
   * member, or one of its member regions holds it (by outline, else by the gold's region).
   */
  private boolean inMacroRegion(List<String> members, Long goldId, double lat, double lon) {
    int gold = goldId == null ? -1 : g.byId(goldId.toString());
    String cc = gold >= 0 ? g.cc(gold) : shapes.countryAt(lat, lon);
    int town = gold >= 0 ? gold : nearestTown(lat, lon);
    if (cc == null && town >= 0) {
      cc = g.cc(town);
    }
    for (String m : members) {
      if (m.equals(cc)) {
        return true;
      }
      int slash = m.indexOf('/');
      if (slash > 0 && gold < 0 && shapes.has(m)) {
        if (shapes.contains(m, lat, lon)) {
          return true;
        }
      } else if (slash > 0 && town >= 0 && m.substring(0, slash).equals(g.cc(town))
          && m.substring(slash + 1).equals(g.admin1(town))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A predicted continent holds the gold when the gold's country (its gazetteer entry's, else
   * that of the outline holding its point, else of the town nearest it) is on that continent.
   */
  private boolean onContinent(Place p, int gold, double lat, double lon) {
    if (gold >= 0 && g.kind(gold) == Gazetteer.CONTINENT) {
      return false; // another continent (the same one has the same id)
    }
    String cc = gold >= 0 ? g.cc(gold) : shapes.countryAt(lat, lon);
    if (cc == null) {
      int town = nearestTown(lat, lon);
      cc = town < 0 ? null : g.cc(town);
    }
    String continent = shapes.continent(cc);
    return continent != null && continent.equals(p.resolved());
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
