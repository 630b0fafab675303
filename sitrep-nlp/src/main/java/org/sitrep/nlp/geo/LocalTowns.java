package org.sitrep.nlp.geo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Mention;
import org.sitrep.nlp.doc.Doc;

/**
 * A town written as local news writes its own towns ("Paris police", "Dublin City Council",
 * "the city of Berlin") is a town of the country the article's sure places lie in: a local
 * paper's "Berlin police are investigating the crash" beside Middletown and Meriden is Berlin,
 * Connecticut, not Germany's capital. Between the resolver's passes, such a name read in another
 * country keeps only its candidates in the country most of the first pass's sure places
 * (anchors) lie in, when it has any there.
 */
final class LocalTowns {
  private LocalTowns() {}


  /** How many sure places must lie in a country to make it the article's. */
  private static final int MIN_ANCHORS = 2;

  /** The targets one of whose mentions is written as a local town. */
  static Set<Target> cued(Doc d, List<Target> all) {
    Set<Target> cued = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Target t : all) {
      if (t.namesCountry) {
        continue; // "Canada residents": a country, not a town
      }
      for (Mention m : t.mentions) {
        int first = d.tokenAt(m.span().start());
        int last = d.lastToken(m.span());
        boolean after = last + 1 < d.size() && d.sameSentence(last, last + 1)
            && Toponyms.LOCAL_AFTER.contains(d.lower(last + 1));
        boolean of = first >= 2 && d.sameSentence(first - 2, first)
            && d.lower(first - 1).equals("of") && Toponyms.LOCAL_OF.contains(d.lower(first - 2));
        if (after || of) {
          cued.add(t);
          break;
        }
      }
    }
    return cued;
  }

  /**
   * Narrows each {@code cued} target read as a town or district outside the anchors' country to
   * its candidates in that country (the country most {@code anchors} other than its own
   * reading lie in: two or more, and more than in its own), unless the article names the
   * country it is read in.
   */
  static void narrow(Gazetteer g, Set<Target> cued, List<Integer> anchors,
                     Map<String, Double> countryShare) {
    for (Target t : cued) {
      if (t.best < 0 || !townOrDistrict(g, t.best)) {
        continue;
      }
      Map<String, Integer> countries = new HashMap<>();
      for (int a : anchors) {
        if (a != t.best) {
          countries.merge(g.cc(a), 1, Integer::sum);
        }
      }
      String own = g.cc(t.best);
      if (countryShare.getOrDefault(own, 0.0) > 0) {
        continue; // "Toronto man" where Canada is named, "the English city of Salisbury"
      }
      String top = countries.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey).orElse(null);
      if (top == null || top.equals(own) || countries.get(top) < MIN_ANCHORS
          || countries.get(top) <= countries.getOrDefault(own, 0)) {
        continue;
      }
      int[] there = Arrays.stream(t.candidates)
          .filter(c -> g.cc(c).equals(top) && townOrDistrict(g, c)).toArray();
      if (there.length > 0) {
        anchors.removeIf(a -> a == t.best); // no longer a sure place of the article
        t.candidates = there;
        t.rules.add("written as local news writes its towns (\"X police\", \"the city of X\"):"
            + " only its " + there.length + " candidates in " + top
            + ", where the article's sure places are, kept");
      }
    }
  }

  private static boolean townOrDistrict(Gazetteer g, int c) {
    return g.kind(c) == Gazetteer.PLACE || g.kind(c) == Gazetteer.DISTRICT;
  }
}
