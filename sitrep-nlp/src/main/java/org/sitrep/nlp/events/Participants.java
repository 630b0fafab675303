package org.sitrep.nlp.events;

import static org.sitrep.nlp.events.EventWords.PRONOUNS;
import static org.sitrep.nlp.events.EventWords.QUANTIFIERS;
import static org.sitrep.nlp.events.EventWords.TIME_WORDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;

/**
 * Participant kinds: the participants a noun chunk names (one per coordinated name), each with
 * its entity, its country (a place, a demonym, the actor dictionaries) and its sector (an agent
 * word, a named group's code, the role or organisation of a person).
 */
final class Participants {
  private final EventDoc x;
  private final Doc d;
  private final EventLexicon lex;
  private final Mention[] mentionAt;
  private final Place[] placeAt;

  Participants(EventDoc x) {
    this.x = x;
    this.d = x.d;
    this.lex = x.lex;
    this.mentionAt = x.mentionAt;
    this.placeAt = x.placeAt;
  }

  /**
   * Participants PLOVER codes: a country (by a place, demonym or the actor dictionaries) or a
   * sector (an agent word: "police", "rebels", "officials"; a named group's code). A company,
   * a pronoun or a thing alone is not one.
   */
  static boolean political(List<Event.Actor> xs) {
    for (Event.Actor x : xs) {
      if (x.country() != null || x.sector() != null && !"BUS".equals(x.sector())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a participant is an institution of public life by its name: an organisation whose
   * name holds a word such as "party", "forum", "league" ("the Umma party", "the Third World
   * Water Forum", "Asia-Pacific Economic Cooperation").
   */
  boolean institution(Event.Actor a) {
    if (a.entity() == null || a.span() == null) {
      return false;
    }
    Entity e = x.entities.get(a.entity());
    if (e == null || !"ORGANIZATION".equals(e.type())) {
      return false;
    }
    for (String w : NOT_LETTERS.split((e.name() + " " + a.name()).toLowerCase(Locale.ROOT))) {
      if (EventWords.INSTITUTIONS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a participant is a named person. */
  boolean person(Event.Actor a) {
    Entity e = a.entity() == null ? null : x.entities.get(a.entity());
    return e != null && "PERSON".equals(e.type());
  }

  private static final java.util.regex.Pattern NOT_LETTERS =
      java.util.regex.Pattern.compile("[^\\p{L}]+");

  /** A participant that is only a town or region: where the event happened, not whom to. */
  boolean town(Event.Actor r) {
    if (r.entity() == null || r.country() == null || r.span() == null) {
      return false;
    }
    int i = d.tokenAt(r.span().start());
    Place p = i < d.size() ? placeAt[i] : null;
    return p != null && p.featureCode() != null && !EventDoc.standsForState(p)
        && x.onlyPlace(i, d.tokenAt(r.span().end()) - 1);
  }

  static boolean isPronoun(Event.Actor a) {
    return a.entity() == null && a.name() != null
        && PRONOUNS.contains(a.name().toLowerCase(Locale.ROOT));
  }

  /**
   * The participants of a chunk: one per coordinated name ("Hungarian and Romanian officials"
   * are two), each with its entity, country and sector; none when the chunk names no one.
   */
  List<Event.Actor> actors(int first, int last) {
    List<int[]> parts = new ArrayList<>();
    int s = first;
    for (int i = first; i <= last; i++) {
      if (d.lower(i).equals("and") || d.lower(i).equals(",")) {
        if (i > s) {
          parts.add(new int[] {s, i - 1});
        }
        s = i + 1;
      }
    }
    if (s <= last) {
      parts.add(new int[] {s, last});
    }
    for (int k = 0; k + 1 < parts.size(); k++) {
      int[] p = parts.get(k);
      if (!d.pos(p[1]).startsWith("NN") || placeAt[p[1]] != null && "demonym".equals(placeAt[p[1]].kind())) {
        p[1] = last; // "Sierra Leonean (refugees) and Liberian refugees": the head is shared
      }
    }
    List<Event.Actor> out = new ArrayList<>();
    String sharedSector = null;
    int[] tail = parts.isEmpty() ? null : parts.get(parts.size() - 1);
    if (tail != null) {
      sharedSector = sectorOf(tail[0], tail[1]);
    }
    for (int[] p : parts) {
      Event.Actor a = actor(p[0], p[1], sharedSector, false);
      if (a != null) {
        out.add(a);
      }
    }
    if (!out.isEmpty() && out.size() < parts.size()) {
      // "Czechia and Albania", "Israeli helicopters and tanks": a conjunct of a named
      // participant is one too, named or not
      out.clear();
      for (int[] p : parts) {
        Event.Actor a = actor(p[0], p[1], sharedSector, d.pos(p[1]).startsWith("NN"));
        if (a != null) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /** The sector of a chunk's head noun (or its last two words: "security forces"). */
  String sectorOf(int first, int last) {
    int head = last;
    for (int i = first; i <= last; i++) {
      if (d.lower(i).equals("of") && i > first) {
        head = i - 1; // "members of X": the head is before "of"
        break;
      }
    }
    String sector = head > first ? lex.sector(d.lower(head - 1) + " " + d.lower(head)) : null;
    return sector != null ? sector : lex.sector(d.lower(head));
  }

  Event.Actor actor(int first, int last, String sharedSector, boolean any) {
    for (int k = first; k < Math.min(last, first + 3); k++) {
      if (d.lower(k).equals("of") && k + 1 <= last && QUANTIFIERS.contains(d.lower(k - 1 >= first ? k - 1 : k))) {
        first = k + 1; // "scores of refugees", "thousands of Nigerians", "one third of …"
        break;
      }
    }
    while (last > first && TIME_WORDS.contains(d.lower(last))) {
      last--;
    }
    while (first < last && (d.pos(first).equals("DT") || d.pos(first).equals("CD")
        || d.pos(first).equals("PRP$") || (d.pos(first).equals("JJ") && !d.capitalised(first)
        && placeAt[first] == null && x.caselessCountry[first] == null))) {
      first++;
    }
    Integer entity = null;
    String country = null;
    String sector = sectorOf(first, last);
    boolean named = false;
    for (int i = first; i <= last; i++) {
      Mention m = mentionAt[i];
      if (m != null && m.entity() != null) {
        named = true;
        if (entity == null || !"LOCATION".equals(m.type())) {
          entity = m.entity(); // a person or organisation before the place it names
        }
      }
      Place p = placeAt[i];
      if (p != null && p.countryCode() != null && country == null) {
        country = iso3(p.countryCode());
        named = true;
      }
      if (x.caselessCountry[i] != null && country == null) {
        country = x.caselessCountry[i]; // "israeli troops" in a sentence without capitals
        named = true;
      }
    }
    if (!named && x.caseless(d.sentence(first)) && lex.actor(d.text(first, last)) != null) {
      named = true; // "benjamin netanyahu" without capitals: the actor dictionaries know him
    }
    if (entity != null && country == null) {
      country = countryOfEntity(entity);
    }
    EventLexicon.Coded coded = null;
    if (named) {
      Entity e = entity == null ? null : x.entities.get(entity);
      coded = lex.actor(d.text(first, last));
      if (coded == null && e != null) {
        coded = lex.actor(e.name());
        for (int k = 0; coded == null && k < e.aliases().size(); k++) {
          coded = lex.actor(e.aliases().get(k));
        }
      }
    }
    if (coded != null && coded.sector() != null && entity != null
        && ("REB".equals(coded.sector()) || "UAF".equals(coded.sector()))) {
      sector = coded.sector(); // "Houthi forces": a non-state group, whatever its head noun
    }
    if (coded != null) {
      if (coded.country() != null && (country == null || entity != null
          && mentionAt[first] != null && !"LOCATION".equals(mentionAt[first].type()))) {
        country = coded.country();
      }
      if (sector == null) {
        sector = coded.sector();
      }
    }
    boolean pronoun = first == last && PRONOUNS.contains(d.lower(first));

    if (!named && sector == null && !pronoun && !any) {
      return null;
    }
    if (sector == null && entity != null) {
      Entity e = x.entities.get(entity);
      if (e != null && e.role() != null) {
        sector = sectorOfWords(e.role());
      }
      if (sector == null && e != null && e.organization() != null) {
        sector = sectorOfWords(e.organization());
      }
    }
    if (sector == null) {
      sector = sharedSector;
    }
    if (sector == null && named && last > first) {
      sector = sectorOfWords(d.text(first, last - 1)); // "President Dos Santos", "Archbishop Tutu"
    }
    Span span = new Span(d.start(first), d.end(last));
    String name = span.of(d.text);
    return new Event.Actor(entity, name, span, country, sector);
  }

  private String sectorOfWords(String words) {
    String[] w = words.toLowerCase(Locale.ROOT).split("[\\s-]+");
    for (int i = w.length - 1; i >= 0; i--) {
      String s = lex.sector(w[i]);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** The country of a named entity: a place it names, or a demonym in its name. */
  private String countryOfEntity(int entity) {
    for (Place p : x.a.layers().places()) {
      if (p.entity() != null && p.entity() == entity && p.countryCode() != null) {
        return iso3(p.countryCode());
      }
    }
    return null;
  }

  /** The ISO 3166 alpha-3 code of an alpha-2 one ("SY" gives "SYR"); other codes as they are. */
  static String iso3(String iso2) {
    if (iso2 == null || iso2.length() != 2) {
      return iso2;
    }
    try {
      return new Locale("", iso2).getISO3Country();
    } catch (java.util.MissingResourceException e) {
      return iso2;
    }
  }
}
