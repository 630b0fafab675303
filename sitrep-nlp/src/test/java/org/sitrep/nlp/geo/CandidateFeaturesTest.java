package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** The features of one candidate, in the order of {@link ResolverWeights#FEATURES}. */
class CandidateFeaturesTest {
  private final Gazetteer g = Gazetteer.bundled();

  private static int candidateIn(Gazetteer g, Target t, String cc, char kind) {
    for (int c : t.candidates) {
      if (g.cc(c).equals(cc) && g.kind(c) == kind) {
        return c;
      }
    }
    throw new AssertionError("no candidate of kind " + kind + " in " + cc);
  }

  @Test
  void aCountryTheArticleNamesAndTheOutletsHomeAreFeatures() {
    Article a = GeoTagged.article("France/NNP/LOCATION voted/VBD/O/vote ./.",
        "Paris/NNP/LOCATION was/VBD/O/be calm/JJ ./.");
    Map<Integer, Target> targets = GeoTagged.targets(a);
    SiteHomes.Home home = null;
    ArticleContext c = ArticleContext.of(g, a.text(), a.layers().mentions(), targets, List.of(),
        home, "FR");
    Target paris = GeoTagged.target(targets, "Paris");
    int french = candidateIn(g, paris, "FR", Gazetteer.PLACE);
    double[] f = CandidateFeatures.of(g, paris, french, c, List.of());
    assertEquals(ResolverWeights.FEATURES.size(), f.length);
    assertEquals(1.0, f[ResolverWeights.COUNTRY_SHARE]);
    assertEquals(1.0, f[ResolverWeights.DOMAIN_COUNTRY]);
    assertEquals(0.0, f[ResolverWeights.COUNTRY]);
    int texan = candidateIn(g, paris, "US", Gazetteer.PLACE);
    double[] ft = CandidateFeatures.of(g, paris, texan, c, List.of());
    assertEquals(0.0, ft[ResolverWeights.COUNTRY_SHARE]);
    assertEquals(0.0, ft[ResolverWeights.DOMAIN_COUNTRY]);
    Target france = GeoTagged.target(targets, "France");
    int country = candidateIn(g, france, "FR", Gazetteer.COUNTRY);
    assertEquals(1.0, CandidateFeatures.of(g, france, country, c, List.of())
        [ResolverWeights.COUNTRY]);
  }

  @Test
  void anAnchorNearbyIsAFeature() {
    Article a = GeoTagged.article("Paris/NNP/LOCATION was/VBD/O/be calm/JJ ./.");
    Map<Integer, Target> targets = GeoTagged.targets(a);
    ArticleContext c = ArticleContext.of(g, a.text(), a.layers().mentions(), targets, List.of(),
        null, null);
    Target paris = GeoTagged.target(targets, "Paris");
    int french = candidateIn(g, paris, "FR", Gazetteer.PLACE);
    int versailles = -1;
    for (int v : g.lookup("Versailles")) {
      if (g.cc(v).equals("FR") && g.kind(v) == Gazetteer.PLACE) {
        versailles = v;
      }
    }
    double[] near = CandidateFeatures.of(g, paris, french, c, List.of(versailles));
    assertEquals(1.0, near[ResolverWeights.ANCHOR_300]);
    assertEquals(1.0, near[ResolverWeights.ANCHOR_REGION]);
    assertEquals(0.0, CandidateFeatures.of(g, paris, french, c, List.of())
        [ResolverWeights.ANCHOR_300]);
  }
}
