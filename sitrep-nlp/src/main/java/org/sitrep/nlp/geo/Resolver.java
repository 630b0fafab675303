package org.sitrep.nlp.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each place name as one of its candidates: scores every candidate's features with the
 * {@link ResolverWeights}, in two passes (the second lifts candidates near the places the first
 * read with confidence, and makes a list's names the same kind), and keeps the best one, its
 * softmax share and its calibrated confidence.
 */
final class Resolver {
  /** The share a first-pass reading needs to be an anchor of the second pass. */
  private static final double CONFIDENT = 0.6;
  /** How sure a place is that only the place holding it locates ({@link #holder}). */
  static final double HELD_CONFIDENCE = 0.3;

  private final Gazetteer g;
  private final ResolverWeights weights;
  private final ArticleContext context;
  /** The names written as local towns ({@link LocalTowns}). */
  private final java.util.Set<Target> local;
  /** The names the site is named after ({@link LocalTowns#siteNamed}). */
  private final java.util.Set<Target> siteNamed;

  Resolver(Gazetteer g, ResolverWeights weights, ArticleContext context) {
    this(g, weights, context, java.util.Set.of(), java.util.Set.of());
  }

  Resolver(Gazetteer g, ResolverWeights weights, ArticleContext context,
           java.util.Set<Target> local, java.util.Set<Target> siteNamed) {
    this.siteNamed = siteNamed;
    this.g = g;
    this.weights = weights;
    this.context = context;
    this.local = local;
  }

  /** Resolves all the article's targets. */
  void resolve(List<Target> all) {
    // Pass 1 without proximity; pass 2 with the confident results of pass 1.
    for (int pass = 0; pass < 2; pass++) {
      List<Integer> anchors = new ArrayList<>();
      if (pass == 1) {
        for (Target t : all) {
          if (t.best >= 0 && t.share >= CONFIDENT && g.kind(t.best) != Gazetteer.COUNTRY
              && g.extent(t.best) < 100) {
            anchors.add(t.best);
          }
        }
      }
      if (pass == 1) {
        LocalTowns.narrow(g, local, anchors, context.countryShare);
        LocalTowns.narrowSiteNamed(g, siteNamed, all, anchors, context);
        for (Target t : all) {
          sameKindAsSiblings(g, t);
        }
      }
      for (Target t : all) {
        resolve(t, anchors);
      }
    }
  }

  /** Scores {@code t}'s candidates, with {@code anchors} the places already read surely. */
  private void resolve(Target t, List<Integer> anchors) {
    Map<String, Double> countryShare = context.countryShare;
    ResolverWeights w = weights;
    if (t.candidates.length == 0) {
      return;
    }
    double[] scores = new double[t.candidates.length];
    double[][] features = new double[t.candidates.length][];
    int best = 0;
    for (int k = 0; k < t.candidates.length; k++) {
      features[k] = CandidateFeatures.of(g, t, t.candidates[k], context, anchors);
      scores[k] = w.score(features[k]);
      if (scores[k] > scores[best]) {
        best = k;
      }
    }
    double sum = 0;
    for (double s : scores) {
      sum += Math.exp(s - scores[best]);
    }
    t.features = features;
    t.scores = scores;
    t.best = t.candidates[best];
    t.share = 1 / sum;
    t.confidence = w.confidence(ResolverWeights.confidenceFeatures(t.share,
        t.candidates.length, features[best]));
    if (t.fromPart && g.kind(t.best) == Gazetteer.PLACE && g.population(t.best) < 100_000
        && !countryShare.isEmpty() && !countryShare.containsKey(g.cc(t.best))) {
      t.best = -1; // a part naming a small town outside every country the article is about
      t.rules.add("a known part of an unknown name, read as a small town outside the article's"
          + " countries: left unresolved");
    }
  }

  /**
   * In a list whose other names the first pass read as first-level regions, or as countries, a
   * name is one too: "Utah, Virginia, Washington and Wyoming" (the state, not the capital),
   * "Manitoba, Ontario and New Brunswick" (not Ontario, California), "Mexico, China and Japan".
   * At least two of the others, and two in three of those read, must agree.
   */
  private static void sameKindAsSiblings(Gazetteer g, Target t) {
    if (t.siblings.size() < 2) {
      return;
    }
    int read = 0;
    Map<Character, Integer> kinds = new HashMap<>();
    for (Target s : t.siblings) {
      if (s.best >= 0) {
        read++;
        kinds.merge(g.kind(s.best), 1, Integer::sum);
      }
    }
    for (char k : new char[] {Gazetteer.REGION, Gazetteer.COUNTRY}) {
      int n = kinds.getOrDefault(k, 0);
      if (n >= 2 && 3 * n >= 2 * read) {
        int[] same = java.util.Arrays.stream(t.candidates).filter(c -> g.kind(c) == k).toArray();
        if (same.length > 0 && same.length < t.candidates.length) {
          t.candidates = same;
          t.rules.add("in a list of " + (k == Gazetteer.REGION ? "regions" : "countries")
              + ": only its " + (k == Gazetteer.REGION ? "regions" : "countries") + " kept");
        }
      }
    }
  }

  /**
   * For a name the gazetteer cannot place, what the article says holds it: "Greenlane,
   * Auckland", "Estey's Bridge, N.B." — a town, district or first-level region read for the name
   * after the comma (not a country: its point says little about a village), or -1.
   */
  static int holder(Gazetteer g, Target t, Map<Integer, Target> targets) {
    if (!t.siblings.isEmpty()) {
      return -1; // "Suba, Migori, Rongo, Siaya and Kisumu": a list, no village of Siaya
    }
    for (int e : t.containers) {
      Target y = targets.get(e);
      if (y != null && y.best >= 0 && (g.kind(y.best) == Gazetteer.PLACE
          || g.kind(y.best) == Gazetteer.DISTRICT || g.kind(y.best) == Gazetteer.REGION)) {
        return y.best;
      }
    }
    return -1;
  }
}
