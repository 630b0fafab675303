package org.sitrep.nlp.geo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of a place name's candidate, in the order of {@link ResolverWeights#FEATURES}:
 * its kind and size, how it is named, the countries and regions the article names, the "X, Y"
 * containers, the outlet's home and domain, and the places already read with confidence nearby.
 */
final class CandidateFeatures {
  private CandidateFeatures() {}

  /** A candidate this close to the outlet's home is "near" it (see {@link SiteHomes}). */
  static final double HOME_KM = 150;

  /**
   * The features of candidate {@code c} for target {@code t}, in the order of
   * {@link ResolverWeights#FEATURES} (docs/design-notes.md, "Places", says what each means).
   */
  static double[] of(Gazetteer g, Target t, int c, ArticleContext context,
                     List<Integer> anchors) {
    Set<String> regions = context.regions;
    Map<Integer, Target> targets = context.targets;
    SiteHomes.Home home = context.home;
    String domainCountry = context.domainCountry;
    double[] f = new double[ResolverWeights.FEATURES.size()];
    char kind = g.kind(c);
    switch (kind) {
      case Gazetteer.CONTINENT -> f[ResolverWeights.CONTINENT] = 1;
      case Gazetteer.COUNTRY -> f[ResolverWeights.COUNTRY] = 1;
      case Gazetteer.REGION -> {
        f[ResolverWeights.REGION] = 1;
        f[ResolverWeights.REGION_LOG_POP] = Math.log10(g.population(c) + 1); // Ontario's 14M
      }
      case Gazetteer.DISTRICT -> {
        f[ResolverWeights.DISTRICT] = 1;
        f[ResolverWeights.DISTRICT_LOG_POP] = Math.log10(g.population(c) + 1);
      }
      case Gazetteer.FEATURE -> {
        String fc = g.featureClass(c);
        f[fc.equals("H") ? ResolverWeights.WATER : fc.equals("S") ? ResolverWeights.AIRPORT
            : ResolverWeights.LAND_AREA] = 1;
      }
      default -> {
        String code = g.feature(c);
        f[ResolverWeights.CAPITAL] = code.equals("PPLC") ? 1 : 0;
        f[ResolverWeights.ADMIN_SEAT] = code.equals("PPLA") ? 1 : 0;
        f[ResolverWeights.ADMIN2_SEAT] = code.equals("PPLA2") ? 1 : 0;
        f[ResolverWeights.TOWN_LOG_POP] = Math.log10(g.population(c) + 1);
      }
    }
    if (kind == Gazetteer.PLACE || kind == Gazetteer.DISTRICT || kind == Gazetteer.REGION) {
      if (!PlaceNames.isName(g, c, t.names)) {
        f[ResolverWeights.ALTERNATE_ONLY] = 1; // known by this name only as an alternate
      } else if (t.names.stream().noneMatch(n -> g.isPrimaryAsWritten(c, n))) {
        f[ResolverWeights.SPELLED_OUT] = 1; // "St. Louis" for Saint-Louis, Senegal
      }
    }
    f[ResolverWeights.COUNTRY_SHARE] = context.countryShare(g.cc(c));
    if (kind == Gazetteer.PLACE && regions.contains(g.cc(c) + "/" + g.admin1(c))) {
      f[ResolverWeights.IN_NAMED_REGION] = 1;
    }
    boolean contained = false;
    for (int containerEntity : t.containers) {
      Target y = targets.get(containerEntity);
      if (y != null && y.best >= 0) {
        boolean inside = inside(g, c, y.best);
        f[inside ? ResolverWeights.CONTAINER_IN : ResolverWeights.CONTAINER_OUT]++;
        contained |= inside;
      }
    }
    if (kind == Gazetteer.COUNTRY || kind == Gazetteer.REGION) {
      // "Mississauga, Ontario": the Ontario that holds Mississauga
      for (Target x : t.contains) {
        if (x.best >= 0 && inside(g, x.best, c)) {
          f[ResolverWeights.CONTAINER_IN]++;
          contained = true;
        }
      }
    }
    // The outlet's home (learnt from its other articles).
    boolean atHome = home != null && (kind == Gazetteer.PLACE || kind == Gazetteer.DISTRICT
        || kind == Gazetteer.REGION) && g.cc(c).equals(home.cc())
        && home.admin1() != null && home.admin1().equals(g.admin1(c));
    // a town in the country the user hints is no more a region's namesake than one at the
    // outlet's home ("Paris" is a region of France too); a country still beats its namesake
    boolean hinted = kind == Gazetteer.PLACE && !t.namesCountry
        && g.cc(c).equals(context.countryHint);
    if (kind == Gazetteer.PLACE && !contained && !atHome && !hinted && (t.namesCountry
        || !t.regions.isEmpty() && g.population(c) < 100_000)
        || kind == Gazetteer.REGION && t.namesCountry && !contained
            && java.util.Arrays.stream(t.candidates).anyMatch(
                k -> g.kind(k) == Gazetteer.COUNTRY && g.cc(k).equals(g.cc(c)))) {
      // "Lebanon" the town while the name is a country's, "Florida" the town while it is a
      // state's, and no container or home says the town is meant; "Mexico" the state of
      // México while it is its own country's name (not Georgia the state)
      f[ResolverWeights.TOWN_LIKE_COUNTRY] = 1;
    }
    if (home != null) {
      if (atHome) {
        f[ResolverWeights.HOME_REGION] = 1;
      } else if (g.cc(c).equals(home.cc())) {
        f[ResolverWeights.HOME_COUNTRY] = 1;
      }
      if (kind != Gazetteer.COUNTRY && !Double.isNaN(home.lat())
          && Gazetteer.km(g.lat(c), g.lon(c), home.lat(), home.lon()) < HOME_KM) {
        f[ResolverWeights.HOME_NEAR] = 1;
      }
    }
    if (g.cc(c).equals(domainCountry) && kind != Gazetteer.COUNTRY) {
      f[ResolverWeights.DOMAIN_COUNTRY] = 1; // "sptimes.ru": St. Petersburg, Russia
    }
    double nearest = Double.MAX_VALUE;
    for (int anchor : anchors) {
      if (anchor != c) {
        nearest = Math.min(nearest, g.km(c, anchor));
        if (kind != Gazetteer.COUNTRY && kind != Gazetteer.REGION && g.cc(c).equals(g.cc(anchor))
            && g.admin1(c) != null && g.admin1(c).equals(g.admin1(anchor))) {
          // "Alexandria" beside Arlington and Fairfax: in Virginia, like them
          f[ResolverWeights.ANCHOR_REGION] = 1;
        }
      }
    }
    if (nearest < 300) {
      f[ResolverWeights.ANCHOR_300] = 1;
    } else if (nearest < 800) {
      f[ResolverWeights.ANCHOR_800] = 1;
    }
    return f;
  }

  /** Entry {@code c} lies in {@code area}: a country (same code) or a first-level region. */
  static boolean inside(Gazetteer g, int c, int area) {
    char k = g.kind(area);
    return (k == Gazetteer.COUNTRY || k == Gazetteer.REGION) && g.cc(c).equals(g.cc(area))
        && (k == Gazetteer.COUNTRY || java.util.Objects.equals(g.admin1(c), g.admin1(area)));
  }
}
