package org.sitrep.nlp.geo;

import static org.sitrep.nlp.geo.PlaceNames.COMPASS;
import static org.sitrep.nlp.geo.PlaceNames.isTownName;
import static org.sitrep.nlp.geo.PlaceNames.lookup;
import static org.sitrep.nlp.geo.PlaceNames.namesAPlace;
import static org.sitrep.nlp.geo.PlaceNames.part;
import static org.sitrep.nlp.geo.PlaceNames.placeName;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Aliases;
import org.sitrep.nlp.rules.WordList;

/**
 * The article's toponyms, each a {@link Target} with its gazetteer candidates: the place
 * entities CoreNLP's mentions make, then places named inside other names and proper nouns left
 * untagged.
 */
final class Toponyms {
  private Toponyms() {}

  /**
   * One target per place entity (its named LOCATION mentions), with the candidates of all its
   * names, or of their longest known part. Each name of a target the gazetteer knows goes into
   * {@code known}: a name CoreNLP tagged once is a place wherever it recurs.
   */
  static Map<Integer, Target> ofEntities(Article a, Gazetteer g, Map<String, Target> known) {
    List<Mention> mentions = a.layers().mentions();
    Map<Integer, Target> targets = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type().equals("LOCATION") && m.entity() != null && !"nominal".equals(m.source())) {
        Target t = targets.computeIfAbsent(m.entity(),
            id -> new Target(a.layers().entities().get(id)));
        t.mentions.add(m);
        t.names.add(m.text());
      }
    }
    for (Target t : targets.values()) {
      Set<Integer> cands = new LinkedHashSet<>();
      for (String n : t.names) {
        for (int c : lookup(g, n)) {
          cands.add(c);
        }
      }
      int[] sea = cands.isEmpty() ? PlaceNames.sea(g, t.names) : new int[0];
      t.fromPart = cands.isEmpty() && sea.length == 0;
      t.candidates(g, sea.length > 0 ? sea : cands.isEmpty() ? part(g, t.names)
          : cands.stream().mapToInt(Integer::intValue).toArray());
      if (!cands.isEmpty()) {
        // A name CoreNLP tagged once and the gazetteer knows is a place wherever it recurs.
        for (String n : t.names) {
          known.putIfAbsent(Aliases.key(n), t);
        }
      }
    }
    return targets;
  }

  /** Words after a town's name in local news: "DeKalb police", "Monroe Mayor". */
  static final Set<String> LOCAL_AFTER =
      WordList.load("/org/sitrep/nlp/geo/local-after.words").words();
  /** Words that join a town to a place beside it: "Trenton and Monroe". */
  private static final Set<String> COORDINATION =
      WordList.load("/org/sitrep/nlp/geo/coordination.words").words();
  /** Words before "of" a town's name: "the city of Monroe". */
  static final Set<String> LOCAL_OF =
      WordList.load("/org/sitrep/nlp/geo/local-of.words").words();

  /**
   * Token i stands where local news puts a town: before "police", "County", "Mayor"; after
   * "city of"; or coordinated with a place ("Trenton and Monroe", "Henderson, Boulder City").
   */
  private static boolean localCue(Doc d, int i, boolean[] inPlace) {
    boolean next = i + 1 < d.size() && d.sameSentence(i, i + 1);
    boolean prev = i > 0 && d.sameSentence(i - 1, i);
    if (prev && d.pos(i - 1).equals("POS")) {
      return false; // "Estey's Bridge, N.B.": the end of a longer name
    }
    if (next && LOCAL_AFTER.contains(d.lower(i + 1))) {
      return true;
    }
    if (prev && i > 1 && d.lower(i - 1).equals("of") && LOCAL_OF.contains(d.lower(i - 2))) {
      return true;
    }
    boolean before = prev && i > 1 && d.sameSentence(i - 2, i) && inPlace[i - 2]
        && COORDINATION.contains(d.lower(i - 1));
    boolean after = next && i + 2 < d.size() && d.sameSentence(i, i + 2) && inPlace[i + 2]
        && COORDINATION.contains(d.lower(i + 1));
    return before || after;
  }

  /**
   * Places named inside other names ("the Washington Post", "Malaysia Airlines", "Texas
   * Rangers": kind {@code embedded}) and proper nouns CoreNLP left untagged ("in Kent",
   * "Hampshire racing driver": kind {@code toponym}), when the words are the main name of a
   * region or district, or of a town of 50,000 people or more, or any name of a country or
   * continent ("U.S. Department of Transportation", "EU workers"). A name the article already
   * uses for a place ({@code known}) means that place wherever else it appears, even at the start
   * of a sentence ("Douma is surrounded"), where capitals alone prove nothing.
   */
  static Map<String, Target> embedded(Doc d, Gazetteer g, List<Mention> mentions,
                                      Map<String, Target> known) {
    Map<String, Target> out = new LinkedHashMap<>();
    boolean[] covered = new boolean[d.size()];
    boolean[] inOrg = new boolean[d.size()];
    boolean[] inPlace = new boolean[d.size()];
    boolean[] lonePerson = new boolean[d.size()];
    Set<String> surnames = new java.util.HashSet<>();
    for (Mention m : mentions) {
      int from = d.tokenAt(m.span().start());
      int to = from;
      for (int i = from; i < d.size() && d.start(i) < m.span().end(); i++) {
        covered[i] = true;
        // a name of an organisation, or a group's name in capitals ("Peel Regional Police"); a
        // GROUP mention over the same words ("Maryland State Police") must not undo it
        inOrg[i] |= m.type().equals("ORGANIZATION") && !"nominal".equals(m.source())
            || m.type().equals("GROUP") && d.capitalised(i) && d.pos(i).startsWith("NNP");
        inPlace[i] |= m.type().equals("LOCATION");
        to = i;
      }
      if (m.type().equals("PERSON") && !"nominal".equals(m.source())) {
        if (to == from) {
          lonePerson[from] = true;
        } else {
          surnames.add(d.word(to)); // "Bill Clinton": a later "Clinton" is the man
        }
      }
    }
    for (int i = 0; i < d.size(); i++) {
      boolean org = inOrg[i];
      boolean initial = i == 0 || !d.sameSentence(i - 1, i);
      boolean untagged = !covered[i] && (d.ner(i).equals("O") || d.ner(i).equals("MISC"))
          && (d.pos(i).startsWith("NNP") || COMPASS.contains(d.lower(i))); // "Western Cape"
      // "bastion of Douma" tagged as a person: a bundled place alias says otherwise
      boolean aliased = lonePerson[i] && !placeName(d.word(i)).equals(d.word(i));
      if (d.capitalised(i) && (lonePerson[i] || org || untagged) && !surnames.contains(d.word(i))
          && (aliased || localCue(d, i, inPlace)) && isTownName(g, d.word(i))) {
        // "DeKalb police", "the city of Monroe", "Henderson, Boulder City": a town named like
        // a person, told apart by what local news writes around it
        String text = d.word(i);
        Mention m = new Mention(-1, new Span(d.start(i), d.end(i)), text, "LOCATION",
            "toponym", null);
        // "Jackson and Barrow counties", "DeKalb County": the county, not its namesake town
        boolean county = i + 1 < d.size() && (d.lower(i + 1).startsWith("count")
            || i + 3 < d.size() && d.lower(i + 3).equals("counties"));
        int[] counties = county ? lookup(g, text + " County") : new int[0];
        Target same = known.get(Aliases.key(text));
        (same != null ? same : out.computeIfAbsent(Aliases.key(text) + "/toponym",
            k -> Target.named(g, text, "toponym",
                counties.length > 0 ? counties : lookup(g, text))))
            .mentions.add(m);
        continue;
      }
      if (!(org || untagged) || !d.capitalised(i)) {
        continue;
      }
      for (int len = 3; len >= 1; len--) {
        int j = i + len - 1;
        if (j >= d.size() || !d.sameSentence(i, j) || !sameZone(inOrg, covered, i, j, org)) {
          continue;
        }
        boolean caps = true;
        for (int k = i; k <= j; k++) {
          caps &= d.capitalised(k) || d.isHyphen(k);
        }
        if (!caps) {
          continue;
        }
        String text = d.text(i, j);
        String kind = org ? "embedded" : "toponym";
        Mention m = new Mention(-1, new Span(d.start(i), d.end(j)), text, "LOCATION", kind, null);
        Target same = text.length() >= 3 ? known.get(Aliases.key(text)) : null;
        if (same != null) {
          same.mentions.add(m);
        } else if ((org || !initial || len > 1) && namesAPlace(g, text)) {
          // inside a tagged name, or two words and more, capitals mean a name also at a
          // sentence's start ("Maryland State Police say", "Western Cape police said")
          out.computeIfAbsent(Aliases.key(text) + "/" + kind,
              k -> Target.named(g, text, kind, lookup(g, text))).mentions.add(m);
        } else {
          continue;
        }
        i = j;
        break;
      }
    }
    return out;
  }

  private static boolean sameZone(boolean[] inOrg, boolean[] covered, int i, int j, boolean org) {
    for (int k = i; k <= j; k++) {
      if (org ? !inOrg[k] : covered[k]) {
        return false;
      }
    }
    return true;
  }
}
