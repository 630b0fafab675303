package org.sitrep.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.nlp.doc.Doc;

/**
 * Happened events whose trigger is an infinitive that the sentence does not assert: after a word
 * of ability, need, wish or readiness (events/unrealised.words: "police alone are not able
 * to end the violence", "the Chinese have been reluctant to commit", "Ukraine needed to
 * investigate Burisma") or after a noun ("measures to oppose it", "masks to shield their
 * identities", "an effort to urge Ukraine"). They become hypothetical. An attempt stays an
 * event, as PLOVER codes it ("tried to hack", "attempted to assassinate"). A word of commitment
 * before the "to" (events/commitment.words: "vowed to attack", "decided to expel") keeps the
 * statement the reader made of it.
 */
final class Unrealised {
  private Unrealised() {}

  /** Words that leave an infinitive after them unrealised (events/unrealised.words). */
  static final Set<String> WORDS =
      org.sitrep.nlp.rules.WordList.load("/org/sitrep/nlp/events/unrealised.words").words();

  /** Words of an attempt: PLOVER codes what was attempted ("an attempt to assassinate"). */
  private static final Set<String> ATTEMPT = Set.of("attempt", "try", "fail");

  /** Whether the trigger at token {@code at} is an infinitive the sentence does not assert. */
  static boolean infinitive(Doc d, int at) {
    if (at < 2 || at >= d.size() || !"VB".equals(d.pos(at)) || !"TO".equals(d.pos(at - 1))
        || !d.sameSentence(at, at - 1)) {
      return false;
    }
    int head = at - 2;
    while (head > 0 && d.pos(head).startsWith("RB") && d.sameSentence(head, at)) {
      head--; // "able to quickly end"
    }
    if (!d.sameSentence(head, at)) {
      return false;
    }
    String w = d.lower(head);
    String lemma = d.lemma(head);
    if (EventWords.COMMITMENT.contains(w) || EventWords.COMMITMENT.contains(lemma)
        || ATTEMPT.contains(lemma)) {
      return false;
    }
    return WORDS.contains(w) || WORDS.contains(lemma) || d.pos(head).startsWith("NN");
  }

  /** The events, a happened one whose trigger is such an infinitive made hypothetical. */
  static List<Event> apply(Doc d, List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if ("happened".equals(e.status()) && !e.evidence().isEmpty()
          && e.evidence().get(0).trigger() != null
          && infinitive(d, d.tokenAt(e.evidence().get(0).trigger().start()))) {
        e = new Event(e.id(), e.type(), e.mode(), e.acled(), e.actors(), e.recipients(),
            e.place(), e.date(), e.counts(), e.evidence(), e.claimedBy(), "hypothetical",
            e.confidence());
      }
      out.add(e);
    }
    return out;
  }
}
