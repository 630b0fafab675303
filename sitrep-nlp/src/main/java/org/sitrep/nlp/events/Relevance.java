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
 *
 * <p>A page is judged too ({@link #offDomain}): a page of at least {@link #PAGE_WORDS} words
 * with fewer than {@link #PAGE_RATE} words in a thousand of political or conflict news
 * (events/politics.words) — a laptop review, a hockey report, a recipe — holds no event PLOVER
 * codes but one where people are counted dead, injured or arrested: "the fan hit 44 dBa",
 * "blocking" in a video game, "visit your account page" are no events. A shorter text (a
 * sentence, a wire note) says too little of its domain and is not judged.
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
    boolean harm = harms(counts);
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

  /** Words of political and conflict news (events/politics.words). */
  static final Set<String> POLITICS =
      org.sitrep.nlp.rules.WordList.load("/org/sitrep/nlp/events/politics.words").words();

  /** The fewest words of a page judged by its vocabulary: a shorter text is not judged. */
  static final int PAGE_WORDS = 150;

  /**
   * Words of politics.words in a thousand below which a page is off the domain: on the tune half
   * of the extraction dev pages, political and conflict pages had 23 to 63, off-domain ones
   * (reviews, sport, science, business, health) 0 to 13.
   */
  static final double PAGE_RATE = 15;

  /**
   * Whether a page is off the domain PLOVER codes: at least {@link #PAGE_WORDS} words, fewer
   * than {@link #PAGE_RATE} in a thousand of them words of political or conflict news.
   */
  static boolean offDomain(org.sitrep.nlp.doc.Doc d) {
    int words = 0;
    int political = 0;
    for (int i = 0; i < d.size(); i++) {
      String w = d.lower(i);
      if (w.chars().anyMatch(Character::isLetter)) {
        words++;
        political += POLITICS.contains(w) ? 1 : 0;
      }
    }
    return words >= PAGE_WORDS && political * 1000.0 < PAGE_RATE * words;
  }

  /** Whether an event counts people dead, injured or arrested: kept on any page. */
  static boolean harms(Event e) {
    return harms(e.counts());
  }

  private static boolean harms(List<Event.Count> counts) {
    return counts.stream().anyMatch(c -> HARM.contains(c.kind()));
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
