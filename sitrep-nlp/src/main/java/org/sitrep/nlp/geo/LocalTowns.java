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
 *
 * <p>A site named after a town is that town's paper ({@link #siteNamed}): "Paris" in
 * theparisnews.com or parispi.net, with Henry County beside it, is Paris, Tennessee or Texas,
 * not France's capital; so is a section of a site's path named after one ("/dublin_news/" on
 * an Ohio group's site). Such a name read in another country keeps its towns in the site's
 * country: its domain's ("dublinlive.ie"), else the one most of the article's other readings lie
 * in, else the site's home.
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

  /** The shortest town name looked for in a site's host: "rome" would be found in "chrome". */
  private static final int MIN_SITE_NAME = 5;

  /**
   * The targets the site's page at {@code url} is named after: a town name of five letters or
   * more (folded, spaces and punctuation dropped) inside the host's name ("theparisnews.com",
   * "parispi.net", "richmondregister.com"), "www." and the domain's ending left out; or a town
   * name of four letters or more whose words stand together in a section of the page's path
   * ({@link #sections}: a group's paper files each town's news under it,
   * "columbuslocalnews.com/articles/.../dublin_news/..." for Dublin, Ohio). A name that is a
   * country's ("jordantimes.com", "/news/world/iraq/") is no town's paper.
   */
  static Set<Target> siteNamed(String url, List<Target> all) {
    Set<Target> named = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    String site = siteWords(org.sitrep.model.Urls.host(url));
    List<List<String>> sections = sections(url);
    if (site == null && sections.isEmpty()) {
      return named;
    }
    for (Target t : all) {
      if (t.namesCountry) {
        continue;
      }
      for (String n : t.names) {
        String k = letters(n);
        boolean host = site != null && k.length() >= MIN_SITE_NAME && site.contains(k);
        if (host || k.length() >= MIN_SECTION_NAME && inSection(words(n), sections)) {
          named.add(t);
          t.sectionNamed = !host;
          break;
        }
      }
    }
    return named;
  }

  /** The most words a section of a path has: "los_angeles_metro", not a story's slug. */
  private static final int MAX_SECTION_WORDS = 4;
  /** The shortest town name looked for in a path's sections (whole words there). */
  private static final int MIN_SECTION_NAME = 4;

  /**
   * The words of each section the page's path files it under: a folder of the path, not its
   * last part (the story's own name or slug), of at most four words, split at anything not a
   * letter ("/articles/2009/03/18/dublin_news/news/x.txt": [dublin, news], [news];
   * "/news/city/arlington/stories/x.html": ..., [arlington], [stories]).
   */
  static List<List<String>> sections(String url) {
    List<List<String>> sections = new java.util.ArrayList<>();
    String path;
    try {
      path = url == null ? null : java.net.URI.create(url.strip()).getRawPath();
    } catch (IllegalArgumentException e) {
      return sections;
    }
    if (path == null) {
      return sections;
    }
    String[] parts = path.split("/");
    int last = parts.length - 1;
    while (last >= 0 && parts[last].isEmpty()) {
      last--;
    }
    for (int i = 0; i < last; i++) {
      List<String> w = words(parts[i]);
      if (!w.isEmpty() && w.size() <= MAX_SECTION_WORDS) {
        sections.add(w);
      }
    }
    return sections;
  }

  /** Whether {@code name}'s words stand together in one of {@code sections}. */
  private static boolean inSection(List<String> name, List<List<String>> sections) {
    return !name.isEmpty() && sections.stream()
        .anyMatch(s -> java.util.Collections.indexOfSubList(s, name) >= 0);
  }

  /** The folded words of {@code s}, split at anything not a letter. */
  private static List<String> words(String s) {
    List<String> w = new java.util.ArrayList<>();
    for (String p : s.split("[^\\p{L}]+")) {
      String k = letters(p);
      if (!k.isEmpty()) {
        w.add(k);
      }
    }
    return w;
  }

  /** The letters of a host's name without "www." and its ending ("co.uk", "com"), or null. */
  static String siteWords(String host) {
    if (host == null) {
      return null;
    }
    String[] labels = host.toLowerCase(java.util.Locale.ROOT).split("\\.");
    int end = labels.length - 1; // the top-level domain
    if (end >= 2 && labels[end].length() == 2 && labels[end - 1].length() <= 3) {
      end--; // "co.uk", "com.au"
    }
    StringBuilder b = new StringBuilder();
    for (int i = labels[0].equals("www") ? 1 : 0; i < end; i++) {
      b.append(letters(labels[i]));
    }
    return b.length() == 0 ? null : b.toString();
  }

  private static String letters(String s) {
    return org.sitrep.nlp.mention.Aliases.key(s).replaceAll("[^a-z]", "");
  }

  /**
   * Narrows each {@code named} target ({@link #siteNamed}) read as a town to its towns in the
   * site's country (so that a place nearby in another country does not pull it away in the
   * second pass): the domain's country, else the country most of the
   * article's other readings ({@code all}'s first pass) lie in (and more than in its own; two
   * or more for a name only a section of the path holds), else the site's home; unless the
   * article names the country it is read in.
   */
  static void narrowSiteNamed(Gazetteer g, Set<Target> named, List<Target> all,
                              List<Integer> anchors, ArticleContext context) {
    for (Target t : named) {
      if (t.best < 0 || !townOrDistrict(g, t.best)) {
        continue;
      }
      String own = g.cc(t.best);
      if (context.countryShare.getOrDefault(own, 0.0) > 0) {
        continue; // "moscowtimes.com" on Moscow, Russia
      }
      String top = context.domainCountry;
      if (top == null) {
        Map<String, Integer> countries = new HashMap<>();
        for (Target o : all) {
          if (o != t && o.best >= 0 && g.kind(o.best) != Gazetteer.CONTINENT) {
            countries.merge(g.cc(o.best), 1, Integer::sum);
          }
        }
        top = countries.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey).orElse(null);
        if (top != null && !top.equals(own)
            && (countries.get(top) <= countries.getOrDefault(own, 0)
                || t.sectionNamed && countries.get(top) < MIN_ANCHORS)) {
          top = null; // a section is a weaker sign: one place read abroad ("San Fernando City"
          // read in the Philippines) does not take "/los_angeles_metro/"'s city there
        }
        if (top == null && context.home != null) {
          top = context.home.cc();
        }
      }
      if (top == null) {
        continue;
      }
      String there = top; // read there already, it stays there in the second pass
      int[] towns = Arrays.stream(t.candidates)
          .filter(c -> g.cc(c).equals(there) && townOrDistrict(g, c)).toArray();
      if (towns.length > 0 && towns.length < t.candidates.length) {
        if (!top.equals(own)) {
          anchors.removeIf(a -> a == t.best);
        }
        t.candidates = towns;
        t.rules.add("the site is named after it: only its " + towns.length + " towns in " + top
            + ", the site's country, kept");
      }
    }
  }

  private static boolean townOrDistrict(Gazetteer g, int c) {
    return g.kind(c) == Gazetteer.PLACE || g.kind(c) == Gazetteer.DISTRICT;
  }
}
