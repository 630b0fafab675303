package org.sitrep.nlp.mention;

import org.sitrep.nlp.doc.Doc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.nlp.rules.Patterns;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.Stage;

/**
 * Finds names and groups. CoreNLP's PERSON / ORGANIZATION / LOCATION runs come first; Sitrep's
 * rules then fix what it misses on news about conflicts:
 * <ul>
 *   <li>titles and nationality words before a name belong to it ("Major-General Igor
 *   Konashenkov", "Russian Defense Ministry");</li>
 *   <li>an untagged proper noun after a locative preposition is a place ("in Deir ez-Zor");</li>
 *   <li>an all-caps word that abbreviates an organisation in the text, or stands before a group
 *   noun, or is a known alias, is an organisation ("IS fighters");</li>
 *   <li>group nouns with their modifiers are GROUP mentions ("Syrian forces", "jihadists");</li>
 *   <li>"the ministry spokesman", "the defense ministry" are nominal mentions (source
 *   {@code nominal}) that the entity stage resolves.</li>
 * </ul>
 */
public final class MentionStage implements Stage {
  private final Aliases aliases = Aliases.bundled();

  @Override
  public String name() {
    return "mentions";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.MENTIONS);
  }

  /** A mention under construction: token range [from, to] inclusive. */
  record Draft(int from, int to, String type, String source) {}

  @Override
  public Article apply(Article a) {
    Doc d = Doc.of(a);
    List<Draft> found = new ArrayList<>();
    boolean[] taken = new boolean[d.size()];
    nerRuns(d, found);
    peopleNotPlacesOrCompanies(d, found);
    for (Draft m : found) {
      mark(taken, m);
    }
    List<Draft> orgs = new ArrayList<>(found);
    orgs.removeIf(m -> !m.type().equals("ORGANIZATION"));
    ruleMentions(d, found, taken, initials(d, orgs));
    groups(d, found);
    for (Draft m : found) {
      if (m.type().equals("GROUP")) {
        taken[m.to()] = true; // "the Syrian army" is a group, not also a nominal organisation
      }
    }
    nominals(d, found, taken);
    found.sort(Comparator.comparingInt(Draft::from).thenComparing(m -> -m.to()));
    oneNameOneKind(d, found);
    List<Mention> out = new ArrayList<>();
    for (Draft m : found) {
      out.add(new Mention(out.size(), new Span(d.start(m.from()), d.end(m.to())),
          d.text(m.from(), m.to()), m.type(), m.source(), null));
    }
    return a.withLayers(a.layers().withMentions(out));
  }

  /** Rules on the words around a name that say whether it is an organisation or a person. */
  private static final Patterns KINDS = Patterns.load("/org/sitrep/nlp/mention/name-kinds.patterns");

  /**
   * One name, one kind within an article: every mention of a name gets the same type, so that
   * it is one entity. CoreNLP reads only the name and may call "WeWork" a place three times and
   * a person four. The words around the mentions decide first ({@code name-kinds.patterns}:
   * "a WeWork spokesperson", "WeWork's chief executive", "the company, WeWork," are an
   * organisation's; "Neumann said he" a person's, as are a title or a first name in the name and
   * a person's full name that ends with it). Without such evidence, a name tagged PERSON that
   * the article also tags LOCATION is the place, unless a longer person's name holds it
   * ("Michael Jordan" keeps "Jordan" a person); else the type most of its mentions have.
   */
  static void oneNameOneKind(Doc d, List<Draft> found) {
    Set<String> places = new HashSet<>();
    List<String> people = new ArrayList<>();
    Map<String, List<Integer>> byName = new LinkedHashMap<>();
    for (int k = 0; k < found.size(); k++) {
      Draft m = found.get(k);
      if (m.source().equals("nominal") || m.type().equals("GROUP")) {
        continue;
      }
      String t = d.text(m.from(), m.to());
      byName.computeIfAbsent(t, x -> new ArrayList<>()).add(k);
      if (m.type().equals("LOCATION") && m.source().equals("ner")) {
        places.add(t);
      } else if (m.type().equals("PERSON")) {
        people.add(" " + t + " ");
      }
    }
    Map<String, List<Integer>> byFirstWord = new HashMap<>();
    for (int i = 0; i < d.size(); i++) {
      if (d.capitalised(i)) {
        byFirstWord.computeIfAbsent(d.word(i), x -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<String, List<Integer>> e : byName.entrySet()) {
      String t = e.getKey();
      Map<String, Integer> votes = new HashMap<>();
      int org = 0;
      int person = 0;
      for (int k : e.getValue()) {
        votes.merge(found.get(k).type(), 1, Integer::sum);
      }
      // Every place the name is written counts, tagged or not ("a WeWork spokesperson").
      Draft first = found.get(e.getValue().get(0));
      int length = first.to() - first.from();
      for (int from : byFirstWord.getOrDefault(d.word(first.from()), List.of())) {
        if (from + length < d.size() && d.sameSentence(from, from + length)
            && d.text(from, from + length).equals(t)) {
          Draft at = new Draft(from, from + length, first.type(), first.source());
          org += evidence(d, at, "org-");
          person += evidence(d, at, "person-");
        }
      }
      boolean longerPerson = people.stream()
          .anyMatch(p -> p.contains(" " + t + " ") && p.length() > t.length() + 2);
      if (people.stream().anyMatch(p -> p.endsWith(" " + t + " ") && p.length() > t.length() + 2)) {
        person += e.getValue().size(); // the surname of a person named in full
      }
      boolean personVoted = votes.containsKey("PERSON");
      String type;
      if (org > person && (personVoted || votes.containsKey("ORGANIZATION"))) {
        type = "ORGANIZATION";
      } else if (person > org && personVoted) {
        type = "PERSON";
      } else if (!personVoted || votes.size() == 1) {
        continue; // places and organisations CoreNLP mixes are one entity already
      } else if (places.contains(t) && !longerPerson) {
        type = "LOCATION";
      } else {
        int others = 0;
        String other = null;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
          if (!v.getKey().equals("PERSON")) {
            others += v.getValue();
            if (other == null || v.getValue() > votes.get(other)) {
              other = v.getKey();
            }
          }
        }
        type = others > votes.get("PERSON") ? other : "PERSON";
      }
      for (int k : e.getValue()) {
        Draft m = found.get(k);
        if (!m.type().equals(type)) {
          found.set(k, new Draft(m.from(), m.to(), type, m.source()));
        }
      }
    }
  }

  /** How many of the rules whose name starts with {@code kind} hold around mention {@code m}. */
  private static int evidence(Doc d, Draft m, String kind) {
    int first = m.from();
    while (first > 0 && d.sameSentence(first - 1, m.from())) {
      first--;
    }
    int end = m.to() + 1;
    while (end < d.size() && d.sameSentence(end, m.to())) {
      end++;
    }
    int n = 0;
    for (Patterns.Rule r : KINDS.rules()) {
      String name = r.name();
      if (!name.startsWith(kind)) {
        continue;
      }
      String where = name.substring(kind.length());
      // Each pattern holds the name's own token: the last one after, the first one before.
      boolean holds = where.startsWith("after-")
          ? r.tokens().longestAt(d, m.to(), end) > m.to() + 1
          : where.startsWith("before-")
          ? m.from() > first && r.tokens().endsAt(d, m.from(), first)
          : where.startsWith("end-") && r.tokens().longestAt(d, m.to(), m.to() + 1) > m.to();
      if (holds) {
        n++;
      }
    }
    if (kind.equals("person-") && m.to() > m.from()
        && (isTitle(d, m.from()) || Gender.table().containsKey(d.lower(m.from())))) {
      n++; // "Mr. Neumann", "Adam Neumann": a title or a first name
    }
    return n;
  }

  /**
   * What CoreNLP's tags get wrong about people, fixed from the words around them: a first name
   * tagged as a place before a surname is one person ("Lolita Baldor" is not Lolita, Texas);
   * "The Hill" and "Lowe's said" are organisations, not people; a headline's verb of saying
   * is not part of the name before or after it ("Said Ellis:", "…, Trevor Noah Says").
   */
  private static void peopleNotPlacesOrCompanies(Doc d, List<Draft> found) {
    for (int k = 0; k < found.size(); k++) {
      Draft m = found.get(k);
      if (m.type().equals("LOCATION") && m.from() == m.to()) {
        Draft next = k + 1 < found.size() ? found.get(k + 1) : null;
        // Only a first name before a surname: "Texas Gov. Greg Abbott" keeps Texas a place.
        if (next != null && next.from() == m.to() + 1 && next.type().equals("PERSON")
            && d.sameSentence(m.from(), next.from()) && !isTitle(d, next.from())
            && Gender.table().containsKey(d.lower(m.from()))) {
          found.set(k, new Draft(m.from(), next.to(), "PERSON", m.source()));
          found.remove(k + 1);
        }
      } else if (m.type().equals("PERSON") && m.to() > m.from()
          && Lexicon.INVERTED_SAY.contains(d.lower(m.from()))
          && (m.from() == 0 || !d.sameSentence(m.from() - 1, m.from()))) {
        found.set(k, new Draft(m.from() + 1, m.to(), "PERSON", m.source())); // "Said Ellis:"
      } else if (m.type().equals("PERSON") && m.to() > m.from()
          && Lexicon.INVERTED_SAY.contains(d.lower(m.to()))) {
        // A headline's ", Trevor Noah Says": the verb is not part of the name.
        found.set(k, new Draft(m.from(), m.to() - 1, "PERSON", m.source()));
      } else if (m.type().equals("PERSON")) {
        boolean the = m.from() > 0 && d.word(m.from() - 1).equals("The")
            && d.sameSentence(m.from() - 1, m.from());
        int after = m.to() + 1;
        boolean company = after + 1 < d.size() && d.pos(after).equals("POS")
            && d.sameSentence(m.to(), after + 1) && m.from() == m.to()
            && (d.pos(after + 1).startsWith("VB") || d.pos(after + 1).equals(",")
            || d.pos(after + 1).equals(".") || d.pos(after + 1).equals("IN"));
        if (the) {
          found.set(k, new Draft(m.from() - 1, m.to(), "ORGANIZATION", m.source()));
        } else if (company) {
          found.set(k, new Draft(m.from(), after, "ORGANIZATION", m.source()));
        }
      }
    }
  }

  private static void mark(boolean[] taken, Draft m) {
    for (int i = m.from(); i <= m.to(); i++) {
      taken[i] = true;
    }
  }

  /** Contiguous CoreNLP tags, widened over titles and nationality words on the left. */
  private void nerRuns(Doc d, List<Draft> out) {
    int i = 0;
    while (i < d.size()) {
      String tag = d.ner(i);
      if (!tag.equals("PERSON") && !tag.equals("ORGANIZATION") && !tag.equals("LOCATION")) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < d.size() && d.ner(j + 1).equals(tag) && d.sameSentence(i, j + 1)) {
        j++;
      }
      // "Deir ez-Zor", "Abu Bakr al-Baghdadi": particles and hyphens continue a name.
      while (j + 2 < d.size() && d.sameSentence(i, j + 2)
          && (Lexicon.NAME_PARTICLES.contains(d.lower(j + 1)) || d.isHyphen(j + 1))
          && d.capitalised(j + 2) && d.pos(j + 2).startsWith("NNP")) {
        j += 2;
      }
      int from = i;
      if (tag.equals("PERSON")) {
        while (from > 0 && d.sameSentence(from - 1, i) && (isTitle(d, from - 1)
            || d.isHyphen(from - 1) && from - 2 >= 0 && isTitle(d, from - 2))) {
          from--;
        }
      } else if (tag.equals("ORGANIZATION")) {
        while (from > 0 && d.sameSentence(from - 1, i) && d.capitalised(from - 1)
            && (d.ner(from - 1).equals("MISC") || d.pos(from - 1).equals("NNP"))
            && !d.ner(from - 1).equals("PERSON") && !d.ner(from - 1).equals("LOCATION")) {
          from--;
        }
      }
      out.add(new Draft(from, j, tag, "ner"));
      i = j + 1;
    }
  }

  private static boolean isTitle(Doc d, int i) {
    return d.capitalised(i) && Lexicon.TITLES.contains(d.lower(i).replace(".", ""));
  }

  /** Initials of the organisations found so far: "Islamic State" gives "IS". */
  private static Set<String> initials(Doc d, List<Draft> orgs) {
    Set<String> out = new HashSet<>();
    for (Draft m : orgs) {
      StringBuilder b = new StringBuilder();
      for (int i = m.from(); i <= m.to(); i++) {
        if (d.capitalised(i) && !d.isHyphen(i)) {
          b.append(d.word(i).charAt(0));
        }
      }
      if (b.length() >= 2) {
        out.add(b.toString());
      }
    }
    return out;
  }

  private void ruleMentions(Doc d, List<Draft> out, boolean[] taken, Set<String> orgInitials) {
    for (int i = 0; i < d.size(); i++) {
      if (taken[i]) {
        continue;
      }
      String w = d.word(i);
      // Acronyms: "IS fighters", "the SDF", an abbreviation of an organisation in the text.
      if (isAcronym(w)) {
        Aliases.Entry e = aliases.lookup(w);
        boolean beforeGroup = i + 1 < d.size() && Lexicon.GROUP_NOUNS.contains(d.lemma(i + 1));
        if (orgInitials.contains(w) || e != null && e.type().equals("ORGANIZATION")
            || beforeGroup && !d.ner(i).equals("LOCATION")) {
          Draft m = new Draft(i, i, e != null ? e.type() : "ORGANIZATION", "rule:acronym");
          out.add(m);
          mark(taken, m);
          continue;
        }
      }
      // Untagged proper nouns after a locative preposition: "in Deir ez-Zor".
      if (d.capitalised(i) && d.pos(i).startsWith("NNP") && d.ner(i).equals("O") && i > 0
          && d.sameSentence(i - 1, i) && Lexicon.LOCATIVE.contains(d.lower(i - 1))) {
        int j = i;
        while (j + 1 < d.size() && d.sameSentence(i, j + 1) && !taken[j + 1]
            && (d.pos(j + 1).startsWith("NNP") || d.isHyphen(j + 1)
            || Lexicon.NAME_PARTICLES.contains(d.lower(j + 1)))) {
          j++;
        }
        while (j > i && (d.isHyphen(j) || Lexicon.NAME_PARTICLES.contains(d.lower(j)))) {
          j--;
        }
        Draft m = new Draft(i, j, "LOCATION", "rule:locative");
        out.add(m);
        mark(taken, m);
        i = j;
        continue;
      }
      // Known aliases CoreNLP does not tag ("Daesh").
      if (d.capitalised(i) && d.ner(i).equals("O") && w.length() > 3) {
        Aliases.Entry e = aliases.lookup(w);
        if (e != null) {
          Draft m = new Draft(i, i, e.type(), "alias");
          out.add(m);
          mark(taken, m);
        }
      }
    }
  }

  private static boolean isAcronym(String w) {
    if (w.length() < 2 || w.length() > 6) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isUpperCase(c) && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** "jihadists", "Syrian forces", "IS fighters", "the Syrian army". */
  private static void groups(Doc d, List<Draft> out) {
    for (int i = 0; i < d.size(); i++) {
      String lemma = d.lemma(i);
      if (!d.pos(i).startsWith("NN") || d.pos(i).startsWith("NNP")
          || !Lexicon.GROUP_NOUNS.contains(lemma)) {
        continue;
      }
      boolean plural = d.pos(i).equals("NNS") || lemma.equals("army") || lemma.equals("police")
          || lemma.equals("militia") || lemma.equals("opposition");
      if (!plural || Lexicon.ROLE_LIKE_GROUPS.contains(lemma) && !d.pos(i).equals("NNS")) {
        continue;
      }
      // Part of a longer noun phrase ("suicide-bombers" is fine, "army officers" heads on officers).
      if (i + 1 < d.size() && d.sameSentence(i, i + 1) && d.pos(i + 1).startsWith("NN")
          && !d.pos(i + 1).startsWith("NNP")) {
        continue;
      }
      int from = i;
      while (from > 0 && d.sameSentence(from - 1, i) && (d.capitalised(from - 1)
          && (d.pos(from - 1).startsWith("NNP") || d.pos(from - 1).equals("JJ")
          || !d.ner(from - 1).equals("O") || isAcronym(d.word(from - 1))))) {
        from--;
      }
      out.add(new Draft(from, i, "GROUP", "group"));
    }
  }

  /** "the ministry spokesman", "Russia's military official", "the defense ministry". */
  private static void nominals(Doc d, List<Draft> out, boolean[] taken) {
    for (int i = 0; i < d.size(); i++) {
      if (taken[i] || !d.pos(i).startsWith("NN") || d.pos(i).startsWith("NNP")
          || d.capitalised(i) && i > 0 && d.sentence(i - 1) == d.sentence(i)) {
        continue;
      }
      String lemma = d.lemma(i);
      boolean role = Lexicon.ROLES.contains(lemma) && d.pos(i).equals("NN");
      boolean org = Lexicon.ORG_NOUNS.contains(lemma) && d.pos(i).equals("NN");
      if (!role && !org) {
        continue;
      }
      // The head ends the phrase: "the ministry spokesman" heads on spokesman, not ministry.
      if (i + 1 < d.size() && d.sameSentence(i, i + 1) && d.pos(i + 1).equals("NN")
          && (Lexicon.ROLES.contains(d.lemma(i + 1)) || Lexicon.ORG_NOUNS.contains(d.lemma(i + 1)))) {
        continue;
      }
      int from = i;
        while (from > 0 && d.sameSentence(from - 1, i)
          && (d.pos(from - 1).equals("NN") || d.pos(from - 1).equals("JJ")
          || d.pos(from - 1).equals("NNP") || d.ner(from - 1).equals("MISC"))) {
        from--; // modifiers, names included: "a WeWork spokesperson"
      }
      int det = from - 1;
      String dw = det >= 0 ? d.lower(det) : "";
      // "a WeWork spokesperson" names a person as surely as "the ministry spokesman" does.
      boolean determined = det >= 0 && d.sameSentence(det, i) && (dw.equals("the")
          || dw.equals("its") || d.pos(det).equals("POS")
          || role && (dw.equals("a") || dw.equals("an")));
      if (!determined) {
        continue;
      }
      if (d.pos(det).equals("POS") && det - 1 >= 0 && taken[det - 1]) {
        // "Russia's military official": the owner is part of the phrase.
        int owner = det - 1;
        while (owner > 0 && taken[owner - 1] && d.sameSentence(owner - 1, i)) {
          owner--;
        }
        from = owner;
      } else {
        from = det;
      }
      out.add(new Draft(from, i, role ? "PERSON" : "ORGANIZATION", "nominal"));
    }
  }
}
