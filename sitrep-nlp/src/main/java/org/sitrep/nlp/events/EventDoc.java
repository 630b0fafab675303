package org.sitrep.nlp.events;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.nlp.doc.Doc;

/**
 * An article as the event rules read it: its layers indexed by token (the mention and the place
 * each token is in, the entities by id) and the noun chunks a participant is read from.
 */
final class EventDoc {
  final Article a;
  final Doc d;
  final EventLexicon lex;
  final Mention[] mentionAt;
  final Place[] placeAt;
  final Map<Integer, Entity> entities = new LinkedHashMap<>();
  /**
   * In a sentence without capitals ("israeli troops killed …"), where casing gives the tagger,
   * NER and the gazetteer nothing to go on: the country the actor dictionaries give a word or a
   * two-word name ("israeli", "north korea"); null elsewhere.
   */
  final String[] caselessCountry;

  /**
   * Sitrep's own reading of the verb at {@code i} (events/verb-types.tsv) in its context: the
   * next eight words before {@code to}; null when it has none.
   */
  EventLexicon.Plover verbType(int i, int to) {
    StringBuilder next = new StringBuilder();
    for (int j = i + 1; j < Math.min(to, i + 9); j++) {
      next.append(d.lower(j)).append(' ');
    }
    return lex.verbType(d.lemma(i), next.toString());
  }

  EventDoc(Article a, Doc d, EventLexicon lex) {
    this.a = a;
    this.d = d;
    this.lex = lex;
    this.mentionAt = new Mention[d.size()];
    this.placeAt = new Place[d.size()];
    for (Mention m : a.layers().mentions()) {
      for (int t = d.tokenAt(m.span().start()); t < d.size() && d.start(t) < m.span().end(); t++) {
        mentionAt[t] = m;
      }
    }
    for (Place p : a.layers().places()) {
      for (int t = d.tokenAt(p.span().start()); t < d.size() && d.start(t) < p.span().end(); t++) {
        placeAt[t] = p;
      }
    }
    for (Entity e : a.layers().entities()) {
      entities.put(e.id(), e);
    }
    this.caseless = caselessSentences(d);
    this.caselessCountry = new String[d.size()];
    for (int i = 0; i < d.size(); i++) {
      if (caseless(d.sentence(i)) && (d.pos(i).startsWith("NN") || d.pos(i).equals("JJ"))) {
        String two = i + 1 < d.size() && d.sentence(i + 1) == d.sentence(i)
            ? countryOf(d.lower(i) + " " + d.lower(i + 1)) : null;
        if (two != null) {
          caselessCountry[i] = two;
          caselessCountry[i + 1] = two;
          i++;
        } else {
          caselessCountry[i] = countryOf(d.lower(i));
        }
      }
    }
  }

  private String countryOf(String words) {
    EventLexicon.Coded c = lex.actorExactly(words);
    return c == null || c.sector() != null ? null : c.country();
  }

  /** Whether the tokens [from, to) hold a finite verb or a modal (VBD, VBZ, VBP, MD). */
  boolean finiteVerb(int from, int to) {
    for (int j = from; j < to; j++) {
      String p = d.pos(j);
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** Per sentence, whether it has no capital letter after its first word. */
  private final boolean[] caseless;

  private static boolean[] caselessSentences(Doc d) {
    int n = d.sentences.size();
    for (int i = 0; i < d.size(); i++) {
      n = Math.max(n, d.sentence(i) + 1);
    }
    boolean[] out = new boolean[n];
    java.util.Arrays.fill(out, true);
    for (int i = 0; i < d.size(); i++) {
      int s = d.sentence(i);
      boolean first = i == 0 || d.sentence(i - 1) != s;
      if (!first && !d.word(i).equals(d.lower(i))) {
        out[s] = false;
      }
    }
    return out;
  }

  /** Whether sentence {@code s} has no capital letter after its first word. */
  boolean caseless(int s) {
    return s < 0 || s >= caseless.length || caseless[s];
  }

  /** The noun chunk ending at {@code j}, as {first, last}, or null. */
  int[] chunk(int j, int start) {
    if (!nominalTag(j)) {
      return null;
    }
    int first = j;
    while (first - 1 >= start && (nominalTag(first - 1) || joins(first - 1, start))) {
      first--;
    }
    while (first < j && !nominalTag(first)) {
      first++;
    }
    return new int[] {first, j};
  }

  int[] chunkForward(int j, int to) {
    if (!nominalTag(j)) {
      return null;
    }
    int last = j;
    while (last + 1 < to && (nominalTag(last + 1) || (joinsForward(last + 1, to)))) {
      last++;
    }
    while (last > j && !nominalTag(last)) {
      last--;
    }
    return new int[] {j, last};
  }

  /** A token glued to a hyphen before it: "led" in "US-led". */
  boolean hyphenated(int i) {
    return i > 0 && d.end(i - 1) == d.start(i) && (d.word(i - 1).endsWith("-") || d.isHyphen(i - 1));
  }

  private boolean nominalTag(int i) {
    if (hyphenated(i)) {
      return true; // "US-led"
    }
    String p = d.pos(i);
    return p.startsWith("NN") || p.equals("JJ") || p.equals("CD") || p.equals("PRP")
        || p.equals("POS") || p.equals("HYPH") || mentionAt[i] != null;
  }

  /**
   * "and", "of" and determiners inside a participant's phrase: a run of them ("and the",
   * "of its") joins when a noun-chunk word stands before it.
   */
  private boolean joins(int i, int start) {
    int k = i;
    while (k > start && joinWord(k)) {
      k--;
    }
    return k < i && k >= start && nominalTag(k) && !joinWord(k)
        && (d.lower(k + 1).equals("and") || d.lower(k + 1).equals("of")
        || d.lower(k + 1).equals("&") || d.pos(k + 1).equals("POS"));
  }

  private boolean joinWord(int i) {
    String w = d.lower(i);
    return w.equals("and") || w.equals("of") || w.equals("&") || d.pos(i).equals("DT")
        || d.pos(i).equals("PRP$");
  }

  private boolean joinsForward(int i, int to) {
    String w = d.lower(i);
    return i + 1 < to && (w.equals("and") || w.equals("of") || d.pos(i).equals("DT"))
        && nominalTag(i + 1) && (w.equals("of") ? d.capitalised(i + 1) : true);
  }

  /** A chunk that names someone: an entity, a country or a demonym. */
  boolean named(int first, int last) {
    for (int i = first; i <= last; i++) {
      if (mentionAt[i] != null && mentionAt[i].entity() != null
          && !"GROUP".equals(mentionAt[i].type()) // "its forces" describes, it does not name
          || placeAt[i] != null && placeAt[i].countryCode() != null
          || caselessCountry[i] != null) {
        return true;
      }
    }
    return false;
  }

  /** A chunk holding a country or a demonym: countries are participants, not scenery. */
  boolean country(int first, int last) {
    for (int i = first; i <= last; i++) {
      if (placeAt[i] != null && standsForState(placeAt[i]) || caselessCountry[i] != null) {
        return true;
      }
    }
    return false;
  }

  /** A country, a demonym or a capital (which stands for its government: "an admission by Moscow"). */
  static boolean standsForState(Place p) {
    return "demonym".equals(p.kind()) || p.featureCode() != null
        && (p.featureCode().startsWith("PCL") || p.featureCode().equals("PPLC"));
  }

  boolean onlyPlace(int first, int last) {
    for (int i = first; i <= last; i++) {
      Mention m = mentionAt[i];
      boolean place = placeAt[i] != null && !"demonym".equals(placeAt[i].kind());
      if (!place && d.pos(i).startsWith("NN") && (m == null || !"LOCATION".equals(m.type()))) {
        if (lex.sector(d.lower(i)) != null) {
          return false;
        }
      }
      if (m != null && !"LOCATION".equals(m.type()) && placeAt[i] == null) {
        return false;
      }
    }
    return true;
  }
}
