package org.sitrep.nlp.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * A place mention read as a gazetteer entry: its point, its codes and its confidence, which
 * for a wide area (a country, the Pacific) says how sure its point is, not which area is meant.
 */
final class PlacePoints {
  private PlacePoints() {}

  /** Beyond this reach (the 161 km circle's diameter), an area's point is a convention. */
  static final double POINT_KM = 2 * 161;
  /** The confidence an area's point keeps at most: below {@code GeoEval.CONFIDENT}. */
  static final double AREA_POINT_CONFIDENCE = 0.7;

  /**
   * Which area is meant may be certain ("Canada"), where its point lies is not: references put
   * Canada's at 60.1,-113.6 (GeoNames), 60,-96 and 60,-95 (older GeoNames, Wikipedia), 1,000 km
   * apart. A country, region or continent wider than {@link #POINT_KM} keeps at most
   * {@link #AREA_POINT_CONFIDENCE}, so that a confidence of 0.8 or more says the point is
   * within 161 km of the place meant, and the map draws such areas as doubtful points.
   */
  static List<Place> areasAsPoints(Gazetteer g, List<Place> places) {
    List<Place> out = new ArrayList<>(places.size());
    for (Place p : places) {
      if (p.confidence() > AREA_POINT_CONFIDENCE && p.resolved() != null
          && !"P".equals(p.featureClass()) && areaKm(g, p) > POINT_KM) {
        p = p.withConfidence(AREA_POINT_CONFIDENCE);
      }
      out.add(p);
    }
    return out;
  }

  /**
   * How far the area a place resolved to reaches: {@link Gazetteer#extentKm} for a country or
   * first-level region, half the Earth's circumference for a continent, 0 for towns and
   * districts.
   */
  private static double areaKm(Gazetteer g, Place p) {
    String code = p.featureCode() == null ? "" : p.featureCode();
    if ("L".equals(p.featureClass())) {
      return Gazetteer.km(0, 0, 0, 180);
    }
    if (p.countryCode() == null) {
      return 0;
    }
    return code.startsWith("PCL") ? g.extentKm(p.countryCode(), null)
        : code.equals("ADM1") ? g.extentKm(p.countryCode(), p.admin1()) : 0;
  }

  /** A feature wider than {@link #POINT_KM} (the Pacific) keeps at most the areas' confidence. */
  static double featurePoint(Gazetteer g, int c, double confidence) {
    return g.kind(c) == Gazetteer.FEATURE && g.extent(c) > POINT_KM
        ? Math.min(confidence, AREA_POINT_CONFIDENCE) : confidence;
  }

  static Place place(Gazetteer g, Span span, String text, int c, double confidence,
                             Integer entity, String kind) {
    if (c < 0) {
      return new Place(span, text, null, null, null, null, null, null, null, null, 0, entity,
          kind);
    }
    char k = g.kind(c);
    // Towns, countries and continents carry GeoNames ids; regions and features come from
    // other sources.
    Long geonameId = k != Gazetteer.REGION && k != Gazetteer.DISTRICT && k != Gazetteer.FEATURE
        && !g.id(c).isEmpty() ? Long.valueOf(g.id(c)) : null;
    confidence = featurePoint(g, c, confidence);
    return new Place(span, text, g.name(c), geonameId, (double) g.lat(c), (double) g.lon(c),
        g.cc(c).isEmpty() ? null : g.cc(c), g.admin1(c), g.featureClass(c), g.feature(c),
        Math.round(confidence * 1000) / 1000.0, entity, kind);
  }

  /** The places, each resolved name's share replaced by its reading's confidence. */
  static List<Place> confident(List<Place> places, Map<Place, Double> confidence) {
    List<Place> out = new ArrayList<>(places.size());
    for (Place p : places) {
      Double c = confidence.get(p);
      if (c != null && p.resolved() != null) {
        p = p.withConfidence(Math.round(c * 1000) / 1000.0);
      }
      out.add(p);
    }
    return out;
  }
}
