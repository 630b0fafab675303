package org.sitrep.nlp.events;

import static org.sitrep.nlp.events.EventWords.COMPLEMENTIZERS;
import static org.sitrep.nlp.events.EventWords.NOMINAL_TARGET_PREP;
import static org.sitrep.nlp.events.EventWords.PASSIVE_AUX;
import static org.sitrep.nlp.events.EventWords.RECIPIENT_PREP;
import static org.sitrep.nlp.events.EventWords.SCENERY_PREP;
import static org.sitrep.nlp.events.EventWords.SUBORDINATE;
import static org.sitrep.nlp.events.EventWords.TIME_WORDS;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Lexicon;

/**
 * Argument finding: the actor and the recipient of a trigger. The subject is the nearest
 * participant before the trigger not governed by a preposition (the recipient when the verb is
 * passive, with "by X" its actor); the object is the first participant after it; a nominal
 * trigger's actor may be inside its phrase ("IS offensive"). Last resorts for a recipient: a
 * name, then a place, after the trigger.
 */
final class Arguments {
  private final EventDoc x;
  private final Doc d;
  private final Mention[] mentionAt;
  private final Place[] placeAt;
  private final Participants participants;

  Arguments(EventDoc x, Participants participants) {
    this.x = x;
    this.d = x.d;
    this.mentionAt = x.mentionAt;
    this.placeAt = x.placeAt;
    this.participants = participants;
  }

  /** The subject: the nearest participant before {@code end} not governed by a preposition. */
  List<Event.Actor> subject(int from, int end, int say) {
    int start = say >= 0 && say < end ? say + 1 : from;
    if (end - 1 >= start && "TO".equals(d.pos(end - 1))) {
      for (int k = end - 2; k >= start; k--) { // "devoted forces to storm": whoever devoted
        String pos = d.pos(k);
        if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
          end = k;
          break;
        }
      }
    }
    int j = end - 1;
    int[] pp = null; // a named phrase after a preposition, just skipped: "from the Fatah Party"
    boolean adjacent = true; // only auxiliaries, adverbs and time words between chunk and verb
    while (j >= start) {
      String w = d.lower(j);
      if (w.equals(";") || d.word(j).equals("“") || d.word(j).equals("”")) {
        break;
      }
      int[] chunk = x.chunk(j, start);
      if (chunk == null) {
        String p = d.pos(j);
        adjacent &= p.startsWith("VB") || p.startsWith("RB") || p.equals("MD");
        j--;
        continue;
      }
      int before = chunk[0] - 1;
      while (before >= start && (d.pos(before).equals("DT") || d.pos(before).equals("PRP$")
          || d.pos(before).equals("PDT"))) {
        before--;
      }
      boolean governed = before >= start && (d.pos(before).equals("IN")
          || d.pos(before).equals("TO") || d.pos(before).equals("VBG")
          || d.pos(before).equals("VBN") && before == chunk[0] - 1)
          && !COMPLEMENTIZERS.contains(d.lower(before));
      if (governed) {
        pp = x.named(chunk[0], chunk[1]) ? chunk : null;
        j = chunk[0] - 1; // a phrase that modifies the subject: "Rebels in the Ivory Coast"
        continue;
      }
      int[] first = apposed(chunk, start);
      if (first != null) {
        List<Event.Actor> apposition = participants.actors(first[0], first[1]);
        if (!apposition.isEmpty()) {
          return apposition; // "Pakistan, a key U.S. ally, has refused": the first of the two
        }
      }
      List<Event.Actor> out = participants.actors(chunk[0], chunk[1]);
      if (!out.isEmpty()) {
        return out;
      }
      if (adjacent && d.pos(chunk[1]).startsWith("NN") && !TIME_WORDS.contains(d.lower(chunk[1]))) {
        // the verb's own subject, though it names no one: "Ibo traditional elders demanded";
        // with the named phrase that qualifies it: "activists from the Fatah Party"
        int last = pp != null && pp[0] - chunk[1] <= 4 && pp[0] > chunk[1] ? pp[1] : chunk[1];
        Event.Actor any = participants.actor(chunk[0], last, null, true);
        if (any != null) {
          return List.of(any);
        }
      }
      adjacent &= TIME_WORDS.contains(d.lower(chunk[1]));
      j = chunk[0] - 1;
    }
    return List.of();
  }

  /**
   * The chunk a subject chunk is in apposition to: "X, a Y, VERB" gives X when the subject
   * chunk Y is set off by commas right before the verb's words.
   */
  private int[] apposed(int[] chunk, int start) {
    int comma = chunk[0] - 1;
    while (comma >= start && (d.pos(comma).equals("DT") || d.pos(comma).equals("JJ")
        || d.pos(comma).equals("PRP$"))) {
      comma--;
    }
    if (comma <= start || !d.word(comma).equals(",")) {
      return null;
    }
    int after = chunk[1] + 1;
    while (after < d.size() && !d.word(after).equals(",") && after - chunk[1] < 8
        && !d.pos(after).startsWith("VB")) {
      after++;
    }
    if (after >= d.size() || !d.word(after).equals(",")) {
      return null;
    }
    int[] before = x.chunk(comma - 1, start);
    return before != null && x.named(before[0], before[1]) ? before : null;
  }

  /** The participant after the trigger: its object, or a phrase after a preposition. */
  List<Event.Actor> object(int start, int to, boolean nominal) {
    for (int j = start; j < Math.min(to, start + 10); j++) {
      String w = d.lower(j);
      if (w.equals(";") || (w.equals(",") && j > start + 1) || SUBORDINATE.contains(w) && j > start
          || (d.pos(j).startsWith("VB") && j > start + 1 && !d.pos(j).equals("VBN")
          && !d.pos(j).equals("VBG") && !"to".equals(d.lower(j - 1)))) {
        break;
      }
      int[] chunk = x.chunkForward(j, to);
      if (chunk == null) {
        continue;
      }
      int b = chunk[0] - 1;
      while (b >= start && (d.pos(b).equals("DT") || d.pos(b).equals("PDT")
          || d.lower(b).equals("than") || d.lower(b).equals("more") || d.lower(b).equals("some")
          || d.lower(b).equals("about") && d.pos(chunk[0]).equals("CD"))) {
        b--; // "the", "more than 100": no preposition
      }
      String prep = b >= start && (d.pos(b).equals("IN") || d.pos(b).equals("TO"))
          ? d.lower(b) : null;
      boolean placeOnly = x.onlyPlace(chunk[0], chunk[1]) && !x.country(chunk[0], chunk[1]);
      boolean own = d.pos(chunk[0]).equals("PRP$") || chunk[0] > 0 && d.pos(chunk[0] - 1).equals("PRP$");
      if (own && !x.named(chunk[0], chunk[1])
          || !x.named(chunk[0], chunk[1]) && participants.sectorOf(chunk[0], chunk[1]) == null) {
        j = chunk[1];
        continue; // "its troops": the actor's own; "intelligence", "settlements": no one
      }
      if (prep != null && !RECIPIENT_PREP.contains(prep) && !prep.equals("that")) {
        j = chunk[1];
        continue;
      }
      if (prep != null && SCENERY_PREP.contains(prep) && placeOnly) {
        j = chunk[1];
        continue;
      }
      if (nominal && prep != null && !NOMINAL_TARGET_PREP.contains(prep)) {
        j = chunk[1];
        continue;
      }
      List<Event.Actor> out = participants.actors(chunk[0], chunk[1]);
      if (!out.isEmpty()) {
        return out;
      }
      j = chunk[1];
    }
    return List.of();
  }

  /**
   * The first participant named anywhere after the trigger in its sentence (an entity, a
   * country, a capital or a demonym) that is not an actor, before the sentence's attribution
   * (", officials said"), or none: the last resort for a recipient.
   */
  List<Event.Actor> namedAfter(int start, int to, List<Event.Actor> actors) {
    to = attribution(start, to);
    for (int j = start; j < to; j++) {
      String w = d.lower(j);
      if (d.pos(j).startsWith("VB") && Lexicon.SAY.contains(d.lemma(j)) && j > start
          && (d.word(j - 1).equals(",") || d.pos(j - 1).startsWith("NN"))
          || w.equals("according") || d.word(j).equals("“")) {
        break;
      }
      int[] chunk = x.chunkForward(j, to);
      if (chunk == null) {
        continue;
      }
      boolean named = x.country(chunk[0], chunk[1]);
      for (int i = chunk[0]; i <= chunk[1] && !named; i++) {
        named = mentionAt[i] != null && mentionAt[i].entity() != null
            && !"LOCATION".equals(mentionAt[i].type());
      }
      Span span = new Span(d.start(chunk[0]), d.end(chunk[1]));
      boolean isActor = actors.stream().anyMatch(x -> x.span() != null
          && x.span().start() < span.end() && span.start() < x.span().end());
      if (named && !isActor) {
        List<Event.Actor> out = participants.actors(chunk[0], chunk[1]);
        out.removeIf(x -> Participants.isPronoun(x) || participants.town(x));
        if (!out.isEmpty()) {
          return out;
        }
      }
      j = chunk[1];
    }
    return List.of();
  }

  /**
   * Where the sentence's closing attribution starts (", the White House announced Tuesday."),
   * or {@code to}: the words of who reports an event are none of its participants.
   */
  int attribution(int start, int to) {
    for (int c = to - 1; c > start; c--) {
      if (d.word(c).equals(",")) {
        for (int v = c + 1; v < Math.min(to, c + 9); v++) {
          if (d.pos(v).startsWith("VB") && Lexicon.SAY.contains(d.lemma(v))) {
            return c;
          }
        }
        return to;
      }
    }
    return to;
  }

  /** The first place named after the trigger in its clause, as a participant, or none. */
  List<Event.Actor> placeAfter(int start, int to) {
    to = attribution(start, to);
    for (int j = start; j < Math.min(to, start + 10); j++) {
      String w = d.lower(j);
      if (w.equals(";") || SUBORDINATE.contains(w)) {
        break;
      }
      Place p = placeAt[j];
      if (p != null && p.resolved() != null && !"demonym".equals(p.kind())) {
        int last = j;
        while (last + 1 < to && placeAt[last + 1] == p) {
          last++;
        }
        Mention m = mentionAt[j];
        return List.of(new Event.Actor(m == null ? null : m.entity(), d.text(j, last),
            new Span(d.start(j), d.end(last)), Participants.iso3(p.countryCode()), null));
      }
    }
    return List.of();
  }

  /** "by X" after a passive verb. */
  List<Event.Actor> byAgent(int start, int to) {
    for (int j = start; j < Math.min(to, start + 8); j++) {
      if (d.lower(j).equals("by") && j + 1 < to) {
        int k = j + 1;
        while (k < to && (d.pos(k).equals("DT") || d.pos(k).equals("PRP$"))) {
          k++; // "by the U.N. war crimes court"
        }
        int[] chunk = k < to ? x.chunkForward(k, to) : null;
        if (chunk != null) {
          List<Event.Actor> out = participants.actors(chunk[0], chunk[1]);
          if (!out.isEmpty()) {
            return out;
          }
          Event.Actor any = participants.actor(chunk[0], chunk[1], null, true);
          return any == null ? List.of() : List.of(any);
        }
      }
      if (d.lower(j).equals(",") || d.lower(j).equals(";")) {
        break;
      }
    }
    return List.of();
  }

  /** Participants named inside a nominal trigger's phrase: "IS offensive", "Israeli raids". */
  List<Event.Actor> inside(Trigger t, int from) {
    int j = t.at() - 1;
    int start = t.at();
    while (j >= from && (d.pos(j).startsWith("NNP") || d.pos(j).equals("JJ")
        || d.pos(j).equals("POS") || d.pos(j).equals("HYPH") || placeAt[j] != null
        || mentionAt[j] != null)) {
      start = j;
      j--;
    }
    if (start < t.at() && (x.named(start, t.at() - 1) || d.pos(t.at() - 1).startsWith("NN"))) {
      List<Event.Actor> out = participants.actors(start, t.at() - 1);
      if (!out.isEmpty()) {
        return out;
      }
    }
    int after = t.last() + 1;
    if (after + 1 < d.size() && d.lower(after).equals("between") && d.sameSentence(after, t.at())) {
      int k = after + 1;
      while (k < d.size() && d.pos(k).equals("DT")) {
        k++;
      }
      int[] both = k < d.size() ? x.chunkForward(k, d.size()) : null;
      if (both != null && d.sameSentence(both[1], t.at())) {
        List<Event.Actor> sides = participants.actors(both[0], both[1]);
        if (sides.size() > 1) {
          return sides; // "clashes between police and protesters": both sides act
        }
      }
    }
    // "an attack by X"
    return byAgent(after, Math.min(d.size(), t.last() + 3));
  }

  /** Whether the verb at {@code verb} reads as a passive, full or reduced (from..to). */
  boolean passiveOrReduced(int from, int verb, int to) {
    return passive(from, verb) || reducedPassive(from, verb, to);
  }

  /**
   * Whether the verb is a past participle after a form of "be" or "get": "was attacked" (the
   * {@code passive} shape of events/clauses.patterns).
   */
  boolean passive(int from, int verb) {
    return EventWords.PASSIVE.endsAt(d, verb, from);
  }

  private static final java.util.regex.Pattern STOP = java.util.regex.Pattern.compile("[.!?]");

  /**
   * Whether the verb is a participle right after its noun phrase in a headline (no closing
   * stop, no finite verb): a headline's passive ("man arrested after stabbing", "two shot dead
   * in raid"). In prose the tagger's VBN for a past tense ("doctors handed over") is no passive.
   */
  boolean reducedPassive(int from, int verb, int to) {
    int before = verb - 1;
    while (before > from && d.pos(before).startsWith("RB")) {
      before--; // "man fatally shot by police"
    }
    boolean participle = "VBN".equals(d.pos(verb))
        || "VBD".equals(d.pos(verb)) && verb + 1 < to && d.lower(verb + 1).equals("by");
    boolean doneTo = EventWords.HEADLINE_PASSIVE.contains(d.lemma(verb)) && verb + 1 < to
        && (STOP.matcher(d.word(verb + 1)).matches() // "Fleeing suspect arrested."
        || (d.pos(verb + 1).equals("IN") || d.pos(verb + 1).equals("TO")) && !objectAfter(verb + 2, to));
    if (!(participle || doneTo) || verb == from || !d.pos(before).startsWith("NN")
        || STOP.matcher(d.word(to - 1)).matches() && !doneTo) {
      return false;
    }
    return !x.finiteVerb(from, verb) && !x.finiteVerb(verb + 1, to);
  }

  private static final Set<String> AMOUNT = Set.of("least", "most", "more", "some", "nearly",
      "almost");

  /**
   * Whether an amount starts at {@code j}, after a preposition: "arrested at least 20", "killed
   * around 30" have their object there, "arrested after incident" has none.
   */
  private boolean objectAfter(int j, int to) {
    return j < to && ("CD".equals(d.pos(j)) || AMOUNT.contains(d.lower(j)));
  }

  /** Whether token {@code j} is a form of "be" or "get" that makes a participle passive. */
  static boolean passiveAux(Doc d, int j) {
    return PASSIVE_AUX.contains(d.lower(j));
  }
}
