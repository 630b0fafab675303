package org.sitrep.nlp.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/**
 * A place name being resolved: a place entity (all its aliases: "Raqqa", "Al-Raqqah") or a name
 * no entity holds (found inside another name, or untagged), with its mentions, its gazetteer
 * candidates, what the article says around it, and the resolver's reading.
 */
final class Target {
  final Entity entity;
  final List<Mention> mentions = new ArrayList<>();
  final Set<String> names = new LinkedHashSet<>();
  int[] candidates = new int[0];
  int best = -1;
  /**
   * The best candidate's softmax share (what the second pass trusts as an anchor; the
   * home votes count it).
   */
  double share;
  /** The reading's confidence: how likely it lies within 161 km ({@link ResolverWeights}). */
  double confidence;
  /** Gazetteer entry that a following ", Y" names, or -1. */
  final List<Integer> containers = new ArrayList<>();
  /** Names that name this one as theirs: "Mississauga" of "Mississauga, Ontario". */
  final List<Target> contains = new ArrayList<>();
  /** Names beside it in a list ("Manitoba, Ontario and New Brunswick"). */
  final List<Target> siblings = new ArrayList<>();
  final String kind;
  /** Candidates came from a known part of an unknown name ("St. Louis" of "St. Louis Hills"). */
  boolean fromPart;
  /**
   * For a whole name the gazetteer lacks ({@link WholeNames}), the place a part of it names
   * ("Henry County" of "Henry County Jail"), which locates it; else null.
   */
  Target part;
  /** A country is among the candidates. */
  boolean namesCountry;
  /**
   * Only a section of the page's path names it ({@link LocalTowns#siteNamed}), not the site's
   * host.
   */
  boolean sectionNamed;
  /** The candidates' features in the last pass (for training), or null. */
  double[][] features;
  /** The candidates' scores in the last pass (for explanations), or null. */
  double[] scores;
  /** The rules that narrowed the candidates before scoring, said for people (explanations). */
  final List<String> rules = new ArrayList<>();
  /** First-level regions ("cc/admin1") the candidates include by one of the names as written. */
  final Set<String> regions = new java.util.HashSet<>();

  Target(Entity e) {
    this(e, "toponym");
  }

  Target(Entity e, String kind) {
    this.entity = e;
    this.kind = kind;
  }

  /** Sets the candidates, once the names are known, and what they name. */
  void candidates(Gazetteer g, int[] cands) {
    candidates = cands;
    for (int c : cands) {
      namesCountry |= g.kind(c) == Gazetteer.COUNTRY;
      if (g.kind(c) == Gazetteer.REGION
          && names.stream().anyMatch(n -> g.isPrimaryAsWritten(c, n))) {
        // as written: "St. Louis" names no region of Senegal called Saint-Louis
        regions.add(g.cc(c) + "/" + g.admin1(c));
      }
    }
  }

  /** A target for a name no entity holds, with its candidates. */
  static Target named(Gazetteer g, String text, String kind, int[] candidates) {
    Target t = new Target(null, kind);
    t.names.add(text);
    t.candidates(g, candidates);
    return t;
  }
}
