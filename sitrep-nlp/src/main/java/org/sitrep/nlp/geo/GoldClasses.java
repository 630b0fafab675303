package org.sitrep.nlp.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Place;

/**
 * Recognition per class of toponym, as the geo evaluation prints it. GeoWebNews labels how a
 * name is used (literal, metonymic, demonym…), not what it names, so the class of a gold
 * toponym comes from its link: {@code GPE} when its GeoNames id is a town, region, country or
 * continent of the bundled gazetteer; {@code LOC} when it has a GeoNames id the gazetteer holds
 * no town or region for (natural features, neighbourhoods, hamlets); {@code FAC} when it has
 * coordinates but no GeoNames id (the corpus's streets and buildings); {@code NONE} without
 * coordinates (demonyms, homonyms, languages). A prediction left unmatched counts against the
 * class it claims: a facility or a spot or road ({@code S}, {@code R}) is {@code FAC}, a natural
 * feature or named area ({@code T}, {@code H}, {@code L}, {@code V}, {@code U}, kind
 * {@code feature}) {@code LOC}, a demonym {@code NONE}, the rest {@code GPE}.
 */
final class GoldClasses {
  static final List<String> CLASSES = List.of("GPE", "LOC", "FAC", "NONE");

  /** Per class: gold toponyms, matched ones, unmatched predictions claiming it. */
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final Gazetteer g;

  GoldClasses(Gazetteer g) {
    this.g = g;
    for (String c : CLASSES) {
      counts.put(c, new int[3]);
    }
  }

  /** The class of a gold toponym. */
  String of(JsonNode gold) {
    if (gold.hasNonNull("geonameId")) {
      int i = g.byId(gold.path("geonameId").asText());
      return i >= 0 && g.kind(i) != Gazetteer.FEATURE ? "GPE" : "LOC";
    }
    return gold.hasNonNull("lat") ? "FAC" : "NONE";
  }

  /** The class a prediction claims. */
  static String of(Place p) {
    if ("demonym".equals(p.kind())) {
      return "NONE";
    }
    if ("facility".equals(p.kind())) {
      return "FAC";
    }
    String fc = p.featureClass();
    if ("feature".equals(p.kind())) {
      return "S".equals(fc) || "R".equals(fc) ? "FAC" : "LOC";
    }
    return fc == null ? "GPE" : switch (fc) {
      case "S", "R" -> "FAC";
      case "T", "H", "L", "V", "U" -> "LOC";
      default -> "GPE";
    };
  }

  void gold(JsonNode gold, boolean matched) {
    int[] c = counts.get(of(gold));
    c[0]++;
    c[1] += matched ? 1 : 0;
  }

  void unmatched(Place p) {
    counts.get(of(p))[2]++;
  }

  /** The figures per class, in {@link #CLASSES} order. */
  List<GeoEval.ClassScore> scores() {
    return counts.entrySet().stream().map(e -> {
      int[] c = e.getValue();
      double p = c[1] + c[2] == 0 ? 0 : (double) c[1] / (c[1] + c[2]);
      double r = c[0] == 0 ? 0 : (double) c[1] / c[0];
      return new GeoEval.ClassScore(e.getKey(), c[0], c[1], c[2], p, r, GeoEval.f1(p, r));
    }).toList();
  }
}
