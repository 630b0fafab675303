package org.sitrep.nlp.geo;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A town and a county the article names together are read where one holds the other: local
 * news writes "Richmond" beside "Madison County" (Richmond, Kentucky, its seat, not Virginia's
 * capital), "Athens police" beside "Henderson County" (Athens, Texas), "Alexandria" beside
 * "Rapides Parish" (Louisiana, not Egypt). When the town's candidates and the county's lie in
 * several first-level regions, and only one region has a candidate town within
 * {@link #NEAR_KM} of a candidate county, both keep only their candidates in that region (the
 * town its towns, the county its counties), unless the article names other regions of that
 * country but not that one.
 */
final class TownCounties {
  private TownCounties() {}

  /** A town this close to a county's point (its seat's) lies in it or beside it. */
  static final double NEAR_KM = 50;

  static void apply(Gazetteer g, List<Target> all) {
    Set<String> named = new HashSet<>(); // the regions the article names: "Nebraska"
    for (Target t : all) {
      named.addAll(t.regions);
    }
    for (Target county : all) {
      if (!namesCounty(county) || regions(g, county.candidates).size() < 2) {
        continue;
      }
      for (Target town : all) {
        if (town == county || namesCounty(town) || town.namesCountry || !town.regions.isEmpty()
            || regions(g, town.candidates).size() < 2) {
          continue; // "Washington" names a state too: no town of a county
        }
        Set<String> pairs = new HashSet<>();
        for (int t : town.candidates) {
          if (g.kind(t) != Gazetteer.PLACE) {
            continue;
          }
          for (int c : county.candidates) {
            if (g.kind(c) == Gazetteer.DISTRICT && g.cc(c).equals(g.cc(t))
                && String.valueOf(g.admin1(c)).equals(String.valueOf(g.admin1(t)))
                && g.km(t, c) < NEAR_KM) {
              pairs.add(g.cc(t) + "/" + g.admin1(t));
            }
          }
        }
        if (pairs.size() != 1) {
          continue; // none, or in two regions: the pair says nothing
        }
        String region = pairs.iterator().next();
        String cc = region.substring(0, region.indexOf('/') + 1);
        if (!named.contains(region) && named.stream().anyMatch(r -> r.startsWith(cc))) {
          continue; // "Lincoln County" of a Nebraska article beside a town in Nebraska too
        }
        town.candidates = inRegion(g, town.candidates, region, Gazetteer.PLACE);
        county.candidates = inRegion(g, county.candidates, region, Gazetteer.DISTRICT);
        town.rules.add("named beside " + county.names.iterator().next() + ": only its towns in "
            + region + ", where one lies near that county, kept");
        county.rules.add("named beside " + town.names.iterator().next() + ": only its counties in "
            + region + ", where one lies near that town, kept");
      }
    }
  }

  /** The candidates of {@code kind} in {@code region} ("cc/admin1"). */
  private static int[] inRegion(Gazetteer g, int[] candidates, String region, char kind) {
    return Arrays.stream(candidates)
        .filter(c -> g.kind(c) == kind && region.equals(g.cc(c) + "/" + g.admin1(c))).toArray();
  }

  /** A name written as a county or parish ("Madison County", "Rapides Parish"). */
  private static boolean namesCounty(Target t) {
    for (String n : t.names) {
      String s = n.toLowerCase(Locale.ROOT);
      if (s.endsWith(" county") || s.endsWith(" parish")) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> regions(Gazetteer g, int[] candidates) {
    Set<String> out = new HashSet<>();
    for (int c : candidates) {
      out.add(g.cc(c) + "/" + g.admin1(c));
    }
    return out;
  }
}
