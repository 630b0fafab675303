package org.sitrep.nlp.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Focus;
import org.sitrep.model.Place;

/**
 * The article's {@link Focus}: its most mentioned countries (weighted by the places'
 * confidence) and towns, at most three of each.
 */
final class ArticleFocus {
  private ArticleFocus() {}

  /** The countries within half the top one's weight, and the towns named at least twice. */
  static Focus of(Gazetteer g, List<Place> places) {
    Map<String, Double> countries = new HashMap<>();
    Map<String, Integer> towns = new HashMap<>();
    for (Place p : places) {
      if (p.countryCode() == null) {
        continue;
      }
      countries.merge(p.countryCode(), Math.max(0.2, p.confidence()), Double::sum);
      if ("P".equals(p.featureClass())) {
        towns.merge(p.resolved(), 1, Integer::sum);
      }
    }
    double top = countries.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    List<String> cs = countries.entrySet().stream().filter(e -> e.getValue() >= top * 0.5)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3)
        .map(e -> {
          int c = g.country(e.getKey());
          return c < 0 ? e.getKey() : g.name(c);
        }).toList();
    int topTown = towns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<String> ts = towns.entrySet().stream()
        .filter(e -> e.getValue() >= Math.max(2, topTown * 0.5))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
        .map(Map.Entry::getKey).toList();
    return new Focus(cs, ts);
  }
}
