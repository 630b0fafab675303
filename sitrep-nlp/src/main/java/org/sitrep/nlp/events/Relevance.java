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
 * events. An actor that names no one (a pronoun) leaves the decision to the one it is done to.
 */
final class Relevance {
  private Relevance() {}

  private static final Set<String> FORCE = Set.of("ASSAULT", "PROTEST", "COERCE", "MOBILIZE");
  private static final Set<String> HARM = Set.of("dead", "injured", "arrested");
  private static final Set<String> ARMED = Set.of("explosives", "heavy-weapons", "firearms",
      "suicide-attack", "abduct", "assassinate", "troops");

  static boolean admits(Participants p, String type, String mode, List<Event.Actor> actors,
                        List<Event.Actor> recipients, List<Event.Count> counts) {
    List<Event.Actor> named = actors.stream().filter(a -> !Participants.isPronoun(a)).toList();
    if (named.isEmpty() ? coded(p, recipients) : coded(p, named)) {
      return true;
    }
    if (FORCE.contains(type)) {
      return coded(p, recipients)
          || counts.stream().anyMatch(c -> HARM.contains(c.kind()))
          || mode != null && ARMED.contains(mode);
    }
    return false;
  }

  private static boolean coded(Participants p, List<Event.Actor> xs) {
    return Participants.political(xs) || xs.stream().anyMatch(p::institution);
  }
}
