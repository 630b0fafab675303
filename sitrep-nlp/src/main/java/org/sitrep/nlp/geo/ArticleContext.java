package org.sitrep.nlp.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.rules.WordList;

/**
 * What the article says around its place names, which the candidates' features read: the
 * countries it names (and its demonyms: "Syrian forces"), the first-level regions it names,
 * "X, Y" pairs ("Mosul, Iraq": Y contains X) and lists of peers ("Manitoba, Ontario and New
 * Brunswick"), and where its outlet is at home.
 */
final class ArticleContext {
  /** Each country's weight relative to the most mentioned one, 0..1. */
  final Map<String, Double> countryShare;
  /** First-level regions ("cc/admin1") the article names: "Montana" makes Shelby Montana's. */
  final Set<String> regions;
  /** The place entities' targets, by entity id. */
  final Map<Integer, Target> targets;
  /** The outlet's home learnt from its other articles, or null. */
  final SiteHomes.Home home;
  /** The country the outlet's domain names ("sptimes.ru": RU), or null. */
  final String domainCountry;
  /** The country the user says the articles are about ({@link PlaceOptions}), or null. */
  final String countryHint;

  private ArticleContext(Map<String, Double> countryShare, Set<String> regions,
                         Map<Integer, Target> targets, SiteHomes.Home home,
                         String domainCountry, String countryHint) {
    this.countryShare = countryShare;
    this.regions = regions;
    this.targets = targets;
    this.home = home;
    this.domainCountry = domainCountry;
    this.countryHint = countryHint;
  }

  /** This context with the user's country hint {@code cc} (null: none). */
  ArticleContext withCountryHint(String cc) {
    return new ArticleContext(countryShare, regions, targets, home, domainCountry, cc);
  }

  /**
   * The country-share feature of a candidate in country {@code cc}: the article's own share of
   * it (0..1), plus {@link PlaceOptions#HINT_SHARE} when it is the hinted country.
   */
  double countryShare(String cc) {
    return countryShare.getOrDefault(cc, 0.0)
        + (cc.equals(countryHint) ? PlaceOptions.HINT_SHARE : 0);
  }

  /**
   * The context of the place entities' {@code targets}, which it links to their containers and
   * list siblings ({@link Target#containers}, {@link Target#contains}, {@link Target#siblings}).
   */
  static ArticleContext of(Gazetteer g, String text, List<Mention> mentions,
                           Map<Integer, Target> targets, List<Place> demonyms,
                           SiteHomes.Home home, String domainCountry) {
    Map<String, Double> countries = new HashMap<>();
    for (Place p : demonyms) {
      countries.merge(p.countryCode(), 1.0, Double::sum);
    }
    for (Target t : targets.values()) {
      for (int c : t.candidates) {
        if (g.kind(c) == Gazetteer.COUNTRY) {
          countries.merge(g.cc(c), (double) t.mentions.size(), Double::sum);
        }
      }
    }
    // First-level regions the article names: "Montana" makes Shelby the one in Montana.
    Set<String> regions = new java.util.HashSet<>();
    for (Target t : targets.values()) {
      regions.addAll(t.regions);
    }
    containers(text, mentions, targets);
    // Each country's weight relative to the most mentioned one, 0..1.
    double maxCountry = countries.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    Map<String, Double> countryShare = new HashMap<>();
    countries.forEach((cc, w) -> countryShare.put(cc, w / maxCountry));
    return new ArticleContext(countryShare, regions, targets, home, domainCountry, null);
  }

  /** "Mosul, Iraq": the place after the comma contains the one before it. */
  private static void containers(String text, List<Mention> mentions, Map<Integer, Target> targets) {
    List<Mention> places = mentions.stream().filter(m -> m.type().equals("LOCATION")).toList();
    // Runs of places joined by commas, "and" and "or"; a run with "and" or "or", or of four or
    // more places, is a list.
    boolean[] inList = new boolean[places.size()];
    for (int i = 0; i < places.size(); ) {
      int j = i;
      boolean list = false;
      while (j + 1 < places.size()) {
        String sep = between(text, places.get(j), places.get(j + 1));
        if (!LIST_SEPARATOR.contains(sep)) {
          break;
        }
        list |= !sep.equals(",");
        j++;
      }
      // four or more names joined by commas alone are a list too ("British Columbia, Alberta,
      // Manitoba, Ontario"): a chain of containers is at most town, region, country
      list |= j - i >= 3;
      for (int k = i; k <= j; k++) {
        inList[k] = list;
        Target tk = targets.get(places.get(k).entity());
        for (int o = i; list && tk != null && o <= j; o++) {
          Target to = targets.get(places.get(o).entity());
          if (to != null && to != tk && !tk.siblings.contains(to)) {
            tk.siblings.add(to);
          }
        }
      }
      i = j + 1;
    }
    for (int i = 0; i + 1 < places.size(); i++) {
      Mention x = places.get(i);
      Mention y = places.get(i + 1);
      if (x.entity() == null || y.entity() == null || x.entity().equals(y.entity())
          || !between(text, x, y).equals(",")) {
        continue;
      }
      Target tx = targets.get(x.entity());
      // "China, Japan, and the United Kingdom", "Utah, Virginia, Washington and Wyoming": peers
      // in a list, not a town inside a country (but "Atlanta, Georgia and Wichita, Kansas" are)
      Target ty = targets.get(y.entity());
      if (tx != null && ty != null && !(inList[i] && (tx.namesCountry || !tx.regions.isEmpty()))) {
        tx.containers.add(y.entity());
        ty.contains.add(tx);
      }
    }
  }

  /** What joins the places of a run: ",", "and", ", or"... */
  private static final Set<String> LIST_SEPARATOR =
      WordList.load("/org/sitrep/nlp/geo/list-separators.words").words();

  /** The text between two mentions, trimmed, without a last "the" (", and the United Kingdom"). */
  private static String between(String text, Mention x, Mention y) {
    String b = text.substring(x.span().end(), Math.max(x.span().end(), y.span().start())).strip();
    return b.endsWith(" the") || b.equals("the") ? b.substring(0, b.length() - 3).strip() : b;
  }

  /** Lower-case words that make a name a first-level region's: "Washington state". */
  private static final Set<String> REGION_WORD =
      WordList.load("/org/sitrep/nlp/geo/region-words.words").words();

  /**
   * A name written as a first-level region's ("the state of Victoria", "Washington state",
   * "Idlib province") means one of its region candidates, if it has any.
   */
  static void regionsWhereCued(Doc d, Gazetteer g, List<Target> all) {
    for (Target t : all) {
      if (t.mentions.stream().anyMatch(m -> regionCue(d, m))) {
        int[] regionsOnly = java.util.Arrays.stream(t.candidates)
            .filter(c -> g.kind(c) == Gazetteer.REGION).toArray();
        if (regionsOnly.length > 0) {
          t.candidates = regionsOnly; // "the state of Victoria", "Washington state", "Idlib province"
          t.rules.add("written as a region (\"the state of\", \"province\"): only regions kept");
        }
      }
    }
  }

  /**
   * The mention is written as a first-level region: "the state of Victoria", "the province of
   * Ontario", "Washington state", "Idlib province" (lower case: "Ohio State" is a university).
   */
  private static boolean regionCue(Doc d, Mention m) {
    int first = d.tokenAt(m.span().start());
    int last = d.lastToken(m.span());
    if (first >= 2 && d.sameSentence(first - 2, first) && d.word(first - 1).equals("of")
        && REGION_WORD.contains(d.word(first - 2))) {
      return true;
    }
    return last + 1 < d.size() && d.sameSentence(last, last + 1)
        && REGION_WORD.contains(d.word(last + 1));
  }
}
