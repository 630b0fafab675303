package org.sitrep.nlp.events;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Event;

/**
 * Whether a trigger's reading is an event PLOVER codes, by the kinds of its participants: the
 * actor a state, an armed group, an organisation of public life, a security force or a person in
 * a political role (a country or a sector other than business, or an institution by its name);
 * with no actor named, the one it is done to. Force (an assault, a protest, an arrest, a mobilisation) needs no such actor when
 * people are counted dead, injured or arrested or a weapon is used ("unidentified gunmen shot
 * three"); without one, "the Canadiens defeated the Bruins" and "the fan hit 44 dBa" are no
 * events. An actor that names no one (a pronoun) leaves the decision to the one it is done to;
 * a named person acting on a state or institution is one ("Biden refused to lift sanctions on
 * Iran"), and so is force done to a named person by no one named ("X was arrested"); an arrest
 * or detention is one whoever it is done to ("they were arrested", "made 13 arrests"); a town
 * alone is no actor; and a sentence of a sports report (events/sport.words) holds no
 * event unless people are harmed in it.
 */
final class Relevance {
  private Relevance() {}

  private static final Set<String> FORCE = Set.of("ASSAULT", "PROTEST", "COERCE", "MOBILIZE");
  private static final Set<String> HARM = Set.of("dead", "injured", "arrested");
  /** An arrest or detention is one whoever does it: "a 19-year-old was apprehended". */
  private static final Set<String> ARREST = Set.of("arrest", "detain");
  private static final Set<String> ARMED = Set.of("explosives", "heavy-weapons", "firearms",
      "suicide-attack", "abduct", "assassinate", "troops");

  static boolean admits(Participants p, String type, String mode, List<Event.Actor> actors,
                        List<Event.Actor> recipients, List<Event.Count> counts, boolean sport,
                        boolean doneToSomeone) {
    boolean harm = counts.stream().anyMatch(c -> HARM.contains(c.kind()));
    if (sport && !harm) {
      return false; // "Winnipeg defeated Nashville … 38 saves": the game's sense of the verb
    }
    boolean codedRecipients = coded(p, recipients);
    List<Event.Actor> named = actors.stream().filter(a -> !Participants.isPronoun(a)).toList();
    if (named.isEmpty() ? codedRecipients : coded(p, named.stream()
        .filter(a -> !p.town(a)).toList())) {
      return true; // a town alone is where something happened, not who did it
    }
    if (named.stream().anyMatch(p::person) && codedRecipients) {
      return true; // "Biden refused to lift sanctions on Iran": a person acting on a state
    }
    if (FORCE.contains(type)) {
      return codedRecipients || harm || mode != null && ARMED.contains(mode)
          || named.isEmpty() && recipients.stream().anyMatch(p::person) // "X was arrested"
          || named.isEmpty() && mode != null && ARREST.contains(mode)
          && (doneToSomeone || !recipients.isEmpty()); // "the driver was detained", "they were arrested"
    }
    return false;
  }

  /** Whether the tokens [from, to) hold a word of a sports report (events/sport.words). */
  static boolean sport(org.sitrep.nlp.doc.Doc d, int from, int to) {
    for (int i = from; i < to; i++) {
      if (EventWords.SPORT.contains(d.lower(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean coded(Participants p, List<Event.Actor> xs) {
    return Participants.political(xs) || xs.stream().anyMatch(p::institution);
  }
}
