package org.sitrep.nlp.mention;

import org.sitrep.nlp.rules.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Layer;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Stage;

/**
 * Clusters mentions into entities with a canonical name and every alias, without coreference
 * models: names are merged when their folded keys agree ({@link Aliases#key}), when one is the
 * other's surname or acronym ("Konashenkov", "IS" for "Islamic State"), when one ends the other
 * ("Defense Ministry" in "Russian Defense Ministry"), or when the bundled alias list says so
 * (ISIS = Islamic State). Nominal mentions are resolved after names: "the ministry" to the
 * nearest organisation whose name has those words, "the ministry spokesman" to the person it
 * stands in apposition to (who thereby gets the role "spokesman" and the ministry as
 * organisation), or else to the person holding that role.
 */
public final class EntityStage implements Stage {
  private final Aliases aliases = Aliases.bundled();

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.MENTIONS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  /** An entity being built. */
  private static final class Cluster {
    final String type;
    String name;
    boolean dictionaryName;
    final List<Mention> members = new ArrayList<>();
    String role;
    String organization;
    final Set<String> titleAliases = new LinkedHashSet<>();

    Cluster(String type, String name) {
      this.type = type;
      this.name = name;
    }

    int first() {
      return members.stream().mapToInt(m -> m.span().start()).min().orElse(Integer.MAX_VALUE);
    }
  }

  @Override
  public Article apply(Article a) {
    List<Mention> mentions = a.layers().mentions();
    List<Cluster> clusters = new ArrayList<>();
    List<Mention> names = new ArrayList<>();
    List<Mention> nominals = new ArrayList<>();
    List<Mention> groups = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type().equals("GROUP")) {
        groups.add(m);
      } else if ("nominal".equals(m.source())) {
        nominals.add(m);
      } else {
        names.add(m);
      }
    }
    // Longest names first, so that full names seed the clusters that surnames join.
    names.sort(Comparator.comparingInt((Mention m) -> -core(m).length())
        .thenComparingInt(m -> m.span().start()));
    for (Mention m : names) {
      Cluster c = findName(clusters, m);
      if (c == null) {
        c = new Cluster(m.type(), core(m));
        clusters.add(c);
      }
      c.members.add(m);
      Aliases.Entry e = aliases.lookup(core(m));
      if (e != null && !c.dictionaryName) {
        c.name = e.canonical();
        c.dictionaryName = true;
      }
    }
    resolveNominals(a.text(), mentions, nominals, clusters);
    for (Mention g : groups) {
      String key = Aliases.key(g.text());
      Cluster c = clusters.stream().filter(x -> x.type.equals("GROUP")
          && Aliases.key(x.name).equals(key)).findFirst().orElse(null);
      if (c == null) {
        c = new Cluster("GROUP", g.text());
        c.organization = orgInside(g, mentions, clusters);
        clusters.add(c);
      }
      c.members.add(g);
    }
    titleAliases(a.title(), clusters);
    return a.withLayers(a.layers().withEntities(entities(clusters, mentions), relink(clusters,
        mentions)));
  }

  /**
   * Names the headline uses for an entity of the body ("ISIS" in the title, "Islamic State" in
   * the text) are aliases too; the title is not annotated text, so they are not mentions.
   */
  private void titleAliases(String title, List<Cluster> clusters) {
    if (title == null) {
      return;
    }
    for (String word : title.split("[^\\p{L}\\p{N}.'’-]+")) {
      Aliases.Entry e = word.length() < 2 ? null : aliases.lookup(word);
      if (e == null) {
        continue;
      }
      for (Cluster c : clusters) {
        if (c.name.equals(e.canonical())) {
          c.titleAliases.add(word);
        }
      }
    }
  }

  /** A name without the titles in front of it: "Major-General Igor Konashenkov" to "Igor Konashenkov". */
  static String core(Mention m) {
    if (!m.type().equals("PERSON")) {
      return m.text();
    }
    String[] words = m.text().split("\\s+");
    int k = 0;
    while (k < words.length - 1 && isTitleWord(words[k])) {
      k++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
  }

  private static boolean isTitleWord(String w) {
    for (String part : w.toLowerCase(Locale.ROOT).replace(".", "").split("-")) {
      if (!Lexicon.TITLES.contains(part)) {
        return false;
      }
    }
    return true;
  }

  private Cluster findName(List<Cluster> clusters, Mention m) {
    String core = core(m);
    String key = Aliases.key(core);
    Aliases.Entry entry = aliases.lookup(core);
    for (Cluster c : clusters) {
      if (!compatible(c.type, m.type())) {
        continue;
      }
      if (Aliases.key(c.name).equals(key)) {
        return c;
      }
      if (entry != null && c.dictionaryName && c.name.equals(entry.canonical())) {
        return c;
      }
      if (entry != null && Aliases.key(entry.canonical()).equals(Aliases.key(c.name))) {
        return c;
      }
      for (Mention x : c.members) {
        if (sameName(m.type(), core, core(x)) && titlesAgree(m, c)
            || m.type().equals("PERSON") && variantOf(m, core, c, x)) {
          return c;
        }
      }
    }
    return partOfOneLongerName(clusters, m, core);
  }

  /**
   * A name whose words, in order, are part of exactly one longer name of the same type in the
   * article is that entity: "Times" of "New York Times", "Matt" of "Matt Bevin". Two longer
   * names with those words ("Times" with "New York Times" and "Financial Times") leave it
   * alone, as does one word that only says what kind of body it is ("Ministry").
   */
  private static Cluster partOfOneLongerName(List<Cluster> clusters, Mention m, String core) {
    String[] s = core.split("[\\s-]+");
    if (s.length == 1 && Lexicon.ORG_NOUNS.contains(s[0].toLowerCase(Locale.ROOT))) {
      return null;
    }
    Cluster found = null;
    for (Cluster c : clusters) {
      if (!c.type.equals(m.type())) {
        continue;
      }
      for (Mention x : c.members) {
        if ("nominal".equals(x.source())) {
          continue;
        }
        String[] l = core(x).split("[\\s-]+");
        if (l.length > s.length && NameWords.subsequence(s, l)) {
          if (found != null && found != c) {
            return null;
          }
          found = c;
        }
      }
    }
    return found != null && titlesAgree(m, found) ? found : null;
  }

  /** Courtesy titles say nothing about an office; every other title names one. */
  private static final Set<String> COURTESY = WordList.load("/org/sitrep/nlp/mention/courtesy-titles.words").words();

  /** The office titles written before a person's name in this mention ("vice", "president"). */
  private static Set<String> offices(Mention m) {
    Set<String> out = new LinkedHashSet<>();
    if (!m.type().equals("PERSON")) {
      return out;
    }
    String[] words = m.text().split("\\s+");
    for (int k = 0; k < words.length - 1 && isTitleWord(words[k]); k++) {
      for (String part : words[k].toLowerCase(Locale.ROOT).replace(".", "").split("-")) {
        if (!COURTESY.contains(part)) {
          out.add(part);
        }
      }
    }
    return out;
  }

  /** The offices a cluster's mentions put before its name. */
  private static Set<String> officesOf(Cluster c) {
    Set<String> seen = new LinkedHashSet<>();
    for (Mention x : c.members) {
      seen.addAll(offices(x));
    }
    return seen;
  }

  /**
   * A surname under an office title ("Vice President Biden") joins a full name only when that
   * person is seen with the office too (in a title or a role): "Hunter Biden" is not the vice
   * president. A surname alone or under a courtesy title joins as before.
   */
  private static boolean titlesAgree(Mention m, Cluster c) {
    Set<String> office = offices(m);
    if (office.isEmpty()) {
      return true;
    }
    Set<String> seen = officesOf(c);
    if (c.role != null) {
      for (String w : c.role.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
        seen.add(w);
      }
    }
    return seen.containsAll(office);
  }

  /**
   * One surname spelt two ways ("Zelensky", "Zelenskiy"): the same first four letters, at most
   * two edits apart, and the first name or the office agrees.
   */
  private static boolean variantOf(Mention m, String core, Cluster c, Mention x) {
    String[] a = core.split("\\s+");
    String[] b = core(x).split("\\s+");
    String sa = a[a.length - 1];
    String sb = b[b.length - 1];
    if (sa.equalsIgnoreCase(sb) || sa.length() < 5 || sb.length() < 5
        || !sa.substring(0, 4).equalsIgnoreCase(sb.substring(0, 4))
        || NameWords.edits(sa.toLowerCase(Locale.ROOT), sb.toLowerCase(Locale.ROOT)) > 2) {
      return false;
    }
    if (a.length > 1 && b.length > 1) {
      return a[0].equalsIgnoreCase(b[0]); // "Volodymyr Zelensky" = "Volodymyr Zelenskiy"
    }
    Set<String> office = offices(m);
    return !office.isEmpty() && officesOf(c).containsAll(office);
  }

  private static boolean compatible(String a, String b) {
    return a.equals(b) || !a.equals("PERSON") && !b.equals("PERSON");
  }

  /** Surname, acronym or tail of a longer name. */
  static boolean sameName(String type, String shorter, String longer) {
    String[] s = shorter.split("[\\s-]+");
    String[] l = longer.split("[\\s-]+");
    if (s.length >= l.length) {
      return false;
    }
    if (type.equals("PERSON")) {
      return s.length == 1 && s[0].equalsIgnoreCase(l[l.length - 1]);
    }
    if (s.length == 1 && isUpper(shorter)) {
      StringBuilder initials = new StringBuilder();
      for (String w : l) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          initials.append(w.charAt(0));
        }
      }
      return initials.toString().equals(shorter.replace(".", ""));
    }
    // "Defense Ministry" ends "Russian Defense Ministry"; one word is too little to merge on.
    if (s.length < 2) {
      return false;
    }
    for (int k = 0; k < s.length; k++) {
      if (!s[s.length - 1 - k].equalsIgnoreCase(l[l.length - 1 - k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpper(String w) {
    return w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT));
  }

  private void resolveNominals(String text, List<Mention> all, List<Mention> nominals,
                               List<Cluster> clusters) {
    List<Mention> people = new ArrayList<>();
    for (Mention n : nominals) {
      if (n.type().equals("ORGANIZATION")) {
        Cluster org = resolveOrg(n, clusters);
        if (org == null) {
          org = new Cluster("ORGANIZATION", stripDeterminer(n.text()));
          clusters.add(org);
        }
        org.members.add(n);
      } else {
        people.add(n);
      }
    }
    // Appositions first ("the ministry spokesman Major-General Igor Konashenkov"): they give
    // people roles, which the remaining nominals are then matched on.
    List<Mention> rest = new ArrayList<>();
    for (Mention n : people) {
      Cluster person = apposition(text, n, all, clusters);
      String[] words = stripDeterminer(n.text()).split("\\s+");
      String role = words[words.length - 1].toLowerCase(Locale.ROOT);
      if (person != null) {
        person.members.add(n);
        if (person.role == null) {
          person.role = role;
          person.organization = organizationOf(n, words, clusters);
        }
      } else {
        rest.add(n);
      }
    }
    for (Mention n : rest) {
      String[] words = stripDeterminer(n.text()).split("\\s+");
      String role = words[words.length - 1].toLowerCase(Locale.ROOT);
      Cluster holder = null;
      for (Cluster c : clusters) {
        if (c.type.equals("PERSON") && role.equals(c.role)) {
          holder = c;
          break;
        }
      }
      if (holder == null) {
        holder = new Cluster("PERSON", stripDeterminer(n.text()));
        holder.role = role;
        holder.organization = organizationOf(n, words, clusters);
        clusters.add(holder);
      }
      holder.members.add(n);
    }
  }

  /** The person named right after a nominal, with only spaces or a comma between. */
  private static Cluster apposition(String text, Mention n, List<Mention> all,
                                    List<Cluster> clusters) {
    for (Mention m : all) {
      if (!m.type().equals("PERSON") || "nominal".equals(m.source())
          || m.span().start() < n.span().end()) {
        continue;
      }
      String between = text.substring(n.span().end(), m.span().start());
      if (between.isBlank() || between.strip().equals(",")) {
        for (Cluster c : clusters) {
          if (c.members.contains(m)) {
            return c;
          }
        }
      }
      break;
    }
    return null;
  }

  /** "the defense ministry" is the organisation whose name holds "defense" and "ministry". */
  private static Cluster resolveOrg(Mention n, List<Cluster> clusters) {
    String[] words = stripDeterminer(n.text()).toLowerCase(Locale.ROOT).split("\\s+");
    Cluster best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cluster c : clusters) {
      if (!c.type.equals("ORGANIZATION")) {
        continue;
      }
      String name = c.name.toLowerCase(Locale.ROOT);
      boolean all = true;
      for (String w : words) {
        if (!name.contains(w)) {
          all = false;
          break;
        }
      }
      if (!all) {
        continue;
      }
      for (Mention m : c.members) {
        int distance = n.span().start() - m.span().end();
        // Prefer the nearest mention before; one after is a weaker (cataphoric) match.
        int cost = distance >= 0 ? distance : 1_000_000 - distance;
        if (cost < bestDistance) {
          bestDistance = cost;
          best = c;
        }
      }
    }
    return best;
  }

  private static String organizationOf(Mention n, String[] words, List<Cluster> clusters) {
    for (int k = 0; k < words.length - 1; k++) {
      String w = words[k].toLowerCase(Locale.ROOT);
      if (Lexicon.ORG_NOUNS.contains(w)) {
        Mention probe = new Mention(-1, n.span(), "the " + w, "ORGANIZATION", "nominal", null);
        Cluster org = resolveOrg(probe, clusters);
        if (org != null) {
          return org.name;
        }
      }
    }
    // "Russia's military official": the owner.
    String t = n.text();
    int pos = t.indexOf("’s ") > 0 ? t.indexOf("’s ") : t.indexOf("'s ");
    return pos > 0 ? t.substring(0, pos) : null;
  }

  private static String orgInside(Mention g, List<Mention> all, List<Cluster> clusters) {
    for (Mention m : all) {
      if (m != g && m.type().equals("ORGANIZATION") && m.span().start() >= g.span().start()
          && m.span().end() <= g.span().end()) {
        for (Cluster c : clusters) {
          if (c.members.contains(m)) {
            return c.name;
          }
        }
      }
    }
    return null;
  }

  static String stripDeterminer(String s) {
    String t = s.strip();
    for (String d : List.of("the ", "The ", "its ", "Its ")) {
      if (t.startsWith(d)) {
        return t.substring(d.length());
      }
    }
    return t;
  }

  private static List<Entity> entities(List<Cluster> clusters, List<Mention> mentions) {
    clusters.sort(Comparator.comparingInt(Cluster::first));
    List<Entity> out = new ArrayList<>();
    for (int id = 0; id < clusters.size(); id++) {
      Cluster c = clusters.get(id);
      c.members.sort(Comparator.comparingInt(m -> m.span().start()));
      Set<String> aliases = new LinkedHashSet<>();
      List<Integer> ids = new ArrayList<>();
      for (Mention m : c.members) {
        aliases.add(m.text());
        ids.add(m.id());
      }
      aliases.addAll(c.titleAliases);
      out.add(new Entity(id, c.type, c.name, new ArrayList<>(aliases), c.role, c.organization,
          ids));
    }
    return out;
  }

  private static List<Mention> relink(List<Cluster> clusters, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    for (int id = 0; id < clusters.size(); id++) {
      for (Mention m : clusters.get(id).members) {
        out.set(m.id(), m.withEntity(id));
      }
    }
    return out;
  }
}
