package org.sitrep.nlp.geo;

import static org.sitrep.nlp.geo.ResolverWeights.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Place;

/**
 * Why a name was read as it was, for people: its best candidates as the {@link Resolver} scored
 * them in its last pass ({@link Target#scores}, {@link Target#features}), each with its score,
 * its softmax share and the features that made the score, each feature's part being its value
 * times its weight; the rules that narrowed the candidates before scoring ({@link Target#rules})
 * go with the first candidate.
 */
final class Explanations {
  private Explanations() {}

  /** Parts of a score smaller than this are left out of the reasons. */
  private static final double SMALL = 0.005;

  /** The explanation of {@code t}'s reading, best candidate first, or null when not scored. */
  static List<Place.Candidate> of(Gazetteer g, Target t, ResolverWeights w, ArticleContext ctx) {
    if (t.scores == null || t.features == null || t.scores.length != t.candidates.length) {
      return null;
    }
    int n = t.candidates.length;
    double top = java.util.Arrays.stream(t.scores).max().orElse(0);
    double sum = 0;
    for (double s : t.scores) {
      sum += Math.exp(s - top);
    }
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      order.add(k);
    }
    order.sort(Comparator.comparingDouble((Integer k) -> -t.scores[k]));
    List<Place.Candidate> out = new ArrayList<>();
    for (int k : order.subList(0, Math.min(n, PlaceOptions.EXPLAIN_CANDIDATES))) {
      int c = t.candidates[k];
      List<String> reasons = reasons(g, c, t.features[k], w, ctx);
      if (out.isEmpty()) {
        t.rules.stream().distinct().forEach(r -> reasons.add("rule: " + r));
      }
      out.add(new Place.Candidate(g.name(c), g.id(c).isEmpty() ? null : g.id(c),
          g.cc(c).isEmpty() ? null : g.cc(c), g.admin1(c), g.feature(c), round(t.scores[k]),
          round(Math.exp(t.scores[k] - top) / sum), reasons));
    }
    return out;
  }

  /** The features of candidate {@code c} that move its score, largest part first. */
  private static List<String> reasons(Gazetteer g, int c, double[] f, ResolverWeights w,
                                      ArticleContext ctx) {
    List<Integer> used = new ArrayList<>();
    for (int i = 0; i < f.length; i++) {
      if (Math.abs(f[i] * w.weight(i)) >= SMALL) {
        used.add(i);
      }
    }
    used.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(f[i] * w.weight(i))));
    List<String> out = new ArrayList<>();
    for (int i : used) {
      out.add(String.format(Locale.ROOT, "%s (%+.2f)", reason(g, c, i, f[i], ctx),
          f[i] * w.weight(i)));
    }
    return out;
  }

  /** Feature {@code i} of candidate {@code c}, of value {@code v}, in words. */
  static String reason(Gazetteer g, int c, int i, double v, ArticleContext ctx) {
    String cc = g.cc(c);
    return switch (i) {
      case CONTINENT -> "a continent";
      case COUNTRY -> "a country";
      case REGION -> "a first-level region";
      case DISTRICT -> "a district";
      case WATER -> "a sea, lake or river";
      case LAND_AREA -> "a named area or land form";
      case AIRPORT -> "an airport";
      case CAPITAL -> "a national capital";
      case ADMIN_SEAT -> "the seat of its region";
      case ADMIN2_SEAT -> "the seat of its district";
      case TOWN_LOG_POP, DISTRICT_LOG_POP, REGION_LOG_POP ->
          String.format(Locale.ROOT, "population %,d", g.population(c));
      case ALTERNATE_ONLY -> "this name is only an alternate name of it";
      case SPELLED_OUT -> "its name is the written one spelled out (\"St.\" as \"Saint\")";
      case COUNTRY_SHARE -> countryReason(cc, ctx);
      case IN_NAMED_REGION -> "in " + g.admin1(c) + ", a region the article names";
      case CONTAINER_IN -> "inside, or holding, the place named with it (\"X, Y\")"
          + (v > 1 ? String.format(Locale.ROOT, " ×%.0f", v) : "");
      case CONTAINER_OUT -> "outside the place named after it (\"X, Y\")";
      case TOWN_LIKE_COUNTRY -> "a namesake of the country or region the name means first";
      case HOME_REGION -> "in the outlet's home region (" + ctx.home.region() + ")";
      case HOME_COUNTRY -> "in the outlet's home country (" + cc + ")";
      case HOME_NEAR -> String.format(Locale.ROOT, "within %.0f km of the outlet's home",
          CandidateFeatures.HOME_KM);
      case ANCHOR_300 -> "within 300 km of a place the article names surely";
      case ANCHOR_800 -> "within 800 km of a place the article names surely";
      case DOMAIN_COUNTRY -> "in the country of the site's domain (" + cc + ")";
      case ANCHOR_REGION -> "in the region of a place the article names surely";
      default -> FEATURES.get(i);
    };
  }

  /** "in FR, which the article names (share 0.50)", "in US, the country hint". */
  private static String countryReason(String cc, ArticleContext ctx) {
    double share = ctx.countryShare.getOrDefault(cc, 0.0);
    boolean hinted = cc.equals(ctx.countryHint);
    String named = String.format(Locale.ROOT, "which the article names (share %.2f)", share);
    return "in " + cc + ", " + (share > 0 && hinted ? named + " and the country hint"
        : hinted ? "the country hint" : named);
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
