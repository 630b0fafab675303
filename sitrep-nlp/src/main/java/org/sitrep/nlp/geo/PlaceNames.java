package org.sitrep.nlp.geo;

import java.util.Set;
import org.sitrep.nlp.mention.Aliases;
import org.sitrep.nlp.rules.WordList;

/**
 * What a name may mean in the gazetteer: its entries, directly or through a bundled alias
 * ("U.S."), a landmark's ("White House"), or for a name the gazetteer lacks, those of its
 * longest known part ("St. Louis Hills" in St. Louis); and whether a name is a place's main
 * name, a town's, or names a place at all.
 */
final class PlaceNames {
  private PlaceNames() {}

  /** Words that name a kind of place, not a place: never the known part of a longer name. */
  static final Set<String> GENERIC = WordList.load("/org/sitrep/nlp/geo/generic.words").words();
  /** Words that say which part of a place is meant: "North Texas", "Southern California". */
  static final Set<String> COMPASS = WordList.load("/org/sitrep/nlp/geo/compass.words").words();

  /** "R-Charleston", "D-W. Va.": a legislator's party and home, as US news writes them. */
  private static final java.util.regex.Pattern PARTY =
      java.util.regex.Pattern.compile("[RDI]-(?=\\p{Lu})");

  /** Gazetteer entries a name may mean, directly or through a bundled alias ("U.S."). */
  static int[] lookup(Gazetteer g, String name) {
    if (PARTY.matcher(name).lookingAt()) {
      name = name.substring(2); // "Rep. Nick Rahall, D-W. Va.": the member's state
    }
    int landmark = Landmarks.bundled().lookup(name);
    if (landmark >= 0) {
      return new int[] {landmark}; // "White House": Washington, not Whitehouse, Texas
    }
    int[] direct = g.lookup(name);
    Aliases.Entry e = Aliases.bundled().lookup(name);
    if (e == null || !e.type().equals("LOCATION")) {
      return direct;
    }
    int[] viaAlias = g.lookup(e.canonical());
    if (e.region()) {
      // "Ga." names the US state Georgia, not the country, and "Va" Virginia, not Wa, Ghana;
      // "Washington" itself is still the city too
      viaAlias = java.util.Arrays.stream(viaAlias).filter(c -> g.kind(c) == Gazetteer.REGION)
          .toArray();
      if (!Aliases.key(e.canonical()).equals(Aliases.key(name))) {
        return viaAlias;
      }
    }
    return java.util.stream.IntStream.concat(java.util.Arrays.stream(direct),
        java.util.Arrays.stream(viaAlias)).distinct().toArray();
  }

  /**
   * For a name the gazetteer lacks, the places its longest part names: "St. Louis Hills" is in
   * St. Louis, "Building Ireland" in Ireland, "WINNIPEG — Manitoba" in Winnipeg.
   */
  static int[] part(Gazetteer g, Set<String> names) {
    for (String n : names) {
      String[] w = n.split("[\\s—–/]+");
      int of = java.util.Arrays.asList(w).lastIndexOf("of");
      for (int len = w.length - 1; len >= 1; len--) {
        // "Midwest Restoration of Paris": the words before "of" name the thing, not its place
        for (int start = Math.max(0, of + 1); start + len <= w.length; start++) {
          String sub = String.join(" ", java.util.Arrays.copyOfRange(w, start, start + len));
          String[] subWords = sub.split("[\\s-]+");
          if (sub.length() < 3 || !Character.isUpperCase(sub.charAt(0))
              || GENERIC.contains(sub.toLowerCase(java.util.Locale.ROOT))
              || compass(subWords, subWords.length)) {
            continue; // "North-Western Sydney" is not Zambia's North-Western Province
          }
          // A country may be anywhere in the name ("Building Ireland"); a town or region only
          // at its head ("St. Louis Hills"), after compass words ("North Texas", "S.E.
          // Paris") or after "of" at the end ("Midwest Restoration of Paris"), not as the
          // tail of a feature ("Nile Delta").
          boolean head = start == 0 || compass(w, start)
              || start + len == w.length && w[start - 1].equals("of");
          int[] ids = java.util.Arrays.stream(lookup(g, sub))
              .filter(c -> g.kind(c) == Gazetteer.COUNTRY || head && g.isPrimaryAsWritten(c, sub))
              .toArray();
          if (ids.length > 0) {
            return ids;
          }
        }
      }
    }
    return new int[0];
  }

  /**
   * For a name the gazetteer lacks, the sea or ocean it names without its head word: "the
   * Mediterranean", "the Adriatic" (the gazetteer's "Mediterranean Sea", "Adriatic Sea").
   */
  static int[] sea(Gazetteer g, Set<String> names) {
    for (String n : names) {
      for (String head : new String[] {" Sea", " Ocean"}) {
        int[] ids = java.util.Arrays.stream(g.lookup(n + head))
            .filter(c -> g.kind(c) == Gazetteer.FEATURE
                && ("SEA".equals(g.feature(c)) || "OCN".equals(g.feature(c))))
            .toArray();
        if (ids.length > 0) {
          return ids;
        }
      }
    }
    return new int[0];
  }

  /** Every word before {@code start} is a compass word. */
  private static boolean compass(String[] w, int start) {
    for (int i = 0; i < start; i++) {
      if (!COMPASS.contains(w[i].toLowerCase(java.util.Locale.ROOT).replace("-", ""))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The entity is called by this entry's main name. A country's or continent's other names are
   * its own official names and abbreviations ("US", "Republic of Turkey"), so any of them counts;
   * a town's alternate names are often another place's name, so only its main name does.
   */
  static boolean isName(Gazetteer g, int c, Set<String> names) {
    if (g.kind(c) == Gazetteer.COUNTRY || g.kind(c) == Gazetteer.CONTINENT
        || g.kind(c) == Gazetteer.FEATURE) {
      return true; // it is a candidate, so one of the names matched one of its names
    }
    for (String n : names) {
      if (g.isPrimary(c, n)) {
        return true;
      }
    }
    return false;
  }

  /** The name a bundled place alias stands for ("Douma" for Dūmā), else the name itself. */
  static String placeName(String name) {
    Aliases.Entry alias = Aliases.bundled().lookup(name);
    return alias != null && "LOCATION".equals(alias.type()) ? alias.canonical() : name;
  }

  /** {@code name} is the main name of a town or district the gazetteer has. */
  static boolean isTownName(Gazetteer g, String name) {
    if (name.length() < 3 || GENERIC.contains(name.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String canonical = placeName(name);
    for (int c : g.lookup(canonical)) {
      if ((g.kind(c) == Gazetteer.PLACE || g.kind(c) == Gazetteer.DISTRICT)
          && g.isPrimaryAsWritten(c, canonical)) {
        return true;
      }
    }
    return false;
  }

  static boolean namesAPlace(Gazetteer g, String text) {
    if (GENERIC.contains(text.toLowerCase(java.util.Locale.ROOT))) {
      return false; // "Central Bank", "European Union"
    }
    Aliases.Entry alias = Aliases.bundled().lookup(text);
    if (alias != null && alias.region() && text.endsWith(".")
        || Landmarks.bundled().lookup(text) >= 0) {
      return true; // "the S.C. Highway Patrol", "eastern Ghouta"
    }
    String canonical = placeName(text); // "Douma" for Dūmā
    for (int c : lookup(g, text)) {
      char k = g.kind(c);
      if (k == Gazetteer.COUNTRY || k == Gazetteer.CONTINENT) {
        return true; // any of its names: "U.S.", "EU", "Republic of Turkey"
      }
      if (k == Gazetteer.FEATURE && text.indexOf(' ') > 0) {
        return true; // "Indian Ocean", "Heathrow Airport"
      }
      boolean named = g.isPrimary(c, text) || !canonical.equals(text) && g.isPrimary(c, canonical);
      if (named && (k != Gazetteer.PLACE || g.population(c) >= 50_000)) {
        return true;
      }
    }
    return false;
  }
}
