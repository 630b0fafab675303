package org.sitrep.nlp.geo;

/**
 * Which readings may vote for the outlet's home ({@link SiteHomes}): those the article itself
 * supports, so that a reading by size alone does not teach a site a wrong home.
 */
final class HomeVotes {
  private HomeVotes() {}

  /**
   * The reading may vote for the outlet's home: its name means places in one first-level region
   * only, or the article says which ("X, Y", a region it names, a sure place nearby). A local
   * paper's "Dublin" read as Ireland's by its size alone must not make Ireland the home of a
   * paper near Columbus, Ohio, whose other articles then all read Dublin so.
   */
  static boolean supported(Gazetteer g, Target t) {
    if (t.best < 0 || t.features == null) {
      return false;
    }
    int k = 0;
    boolean oneRegion = true;
    for (int i = 0; i < t.candidates.length; i++) {
      int c = t.candidates[i];
      if (c == t.best) {
        k = i;
      } else if (!g.cc(c).equals(g.cc(t.best))
          || !java.util.Objects.equals(g.admin1(c), g.admin1(t.best))) {
        oneRegion = false;
      }
    }
    double[] f = t.features[k];
    return oneRegion || f[ResolverWeights.CONTAINER_IN] > 0
        || f[ResolverWeights.IN_NAMED_REGION] > 0 || f[ResolverWeights.ANCHOR_300] > 0
        || f[ResolverWeights.ANCHOR_REGION] > 0;
  }
}
