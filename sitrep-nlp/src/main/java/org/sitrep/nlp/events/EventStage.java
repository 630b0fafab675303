package org.sitrep.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Stage;
import org.sitrep.nlp.doc.Doc;

/**
 * Events in the PLOVER ontology, read sentence by sentence from the layers before it: a trigger
 * (a verb of PETRARCH2's CAMEO dictionary with its phrase patterns, or a nominal trigger that a
 * verb makes happen: "launched an offensive"), its actor (the subject before it; "by X" for a
 * passive), its recipient (the object after it), the sentence's place and date, the counts the
 * quantities layer found in it, and who reports it (the speaker of the quotation or the claimant
 * of the reported speech that holds it). Then the status: "will attack" is future, "could
 * attack" hypothetical, "did not attack" negated; a speaker saying they will do something is
 * the verbal event PLOVER codes for it (a threat for conflict, an agreement for cooperation), and
 * "X said Y must do Z" a request. Events of one type with the same actor and place in several
 * sentences are one event. A later clause of a sentence that tells force of its own
 * ("militants ambushed a patrol; police arrested 12", "… and arrested 12", "…, wounding 2") is
 * a further event ({@link Clauses}); two events of one sentence of different types stay two.
 * The ACLED event and sub-event type follow from the PLOVER type, the mode, the words of the
 * sentence and the sectors of the participants ({@link EventAcled}).
 * Where the reader found no arrest, killing or force by a security force in a sentence, the
 * recall pass reads its strong words wherever they stand, as events of low confidence
 * ({@link Recall}), after the reader's.
 * On a page off the domain PLOVER codes (a review, a game report: {@link Relevance#offDomain})
 * only the events that count people dead, injured or arrested are kept.
 * A happened event whose trigger is an infinitive the sentence does not assert ("not able to
 * end", "measures to oppose") becomes hypothetical ({@link Unrealised}).
 * Last, each event's confidence becomes the chance that it is right ({@link EventConfidence}).
 * No parser: the stage costs a few percent of annotation.
 */
public final class EventStage implements Stage {
  private final EventConfidence confidence;

  /** The stage with the confidence model in use ({@link EventConfidence#get()}). */
  public EventStage() {
    this(EventConfidence.get());
  }

  /** The stage with this confidence model ({@link EventConfidence#RAW}: the reader's score). */
  public EventStage(EventConfidence confidence) {
    this.confidence = confidence;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.MENTIONS, Layer.ENTITIES, Layer.PLACES, Layer.QUOTES,
        Layer.CLAIMS, Layer.QUANTITIES, Layer.DATES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public void warm() {
    EventLexicon.get();
  }

  @Override
  public Article apply(Article a) {
    Doc d = Doc.of(a);
    EventReader reader = new EventReader(a, d, EventLexicon.get());
    Recall recall = reader.recall();
    List<Event> found = new ArrayList<>();
    List<Event> recalled = new ArrayList<>();
    int tok = 0;
    for (int s = 0; s < d.sentences.size(); s++) {
      int from = tok;
      while (tok < d.size() && d.sentence(tok) == s) {
        tok++;
      }
      if (tok > from) {
        List<Event> read = reader.sentence(s, from, tok);
        found.addAll(read);
        recalled.addAll(recall.sentence(s, from, tok, read));
      }
    }
    if (Relevance.offDomain(d)) {
      // a laptop review, a hockey report: no event PLOVER codes unless people are harmed
      found.removeIf(e -> !Relevance.harms(e));
      recalled.removeIf(e -> !Relevance.harms(e));
    }
    // "not able to end the violence", "measures to oppose it": not asserted to have happened
    found = Unrealised.apply(d, found);
    recalled = Unrealised.apply(d, recalled);
    java.util.function.IntUnaryOperator sentenceOf =
        offset -> d.sentence(Math.min(d.tokenAt(offset), d.size() - 1));
    List<Event> events = new ArrayList<>(confidence.apply(EventMerge.merge(found, sentenceOf)));
    // The recall's events are numbered after the reader's: an article's event ids are unique.
    for (Event e : confidence.apply(EventMerge.merge(recalled, sentenceOf))) {
      events.add(new Event("e" + (events.size() + 1), e.type(), e.mode(), e.acled(),
          e.actors(), e.recipients(), e.place(), e.date(), e.counts(), e.evidence(),
          e.claimedBy(), e.status(), Math.min(e.confidence(), Recall.MOST_CONFIDENT)));
    }
    return a.withLayers(a.layers().withEvents(events));
  }

  private static final Map<String, Pattern> WORDS = new ConcurrentHashMap<>();

  /** Whether lower-case text holds one of the alternatives as whole words ("bombs?|ieds?"). */
  static boolean has(String text, String alternatives) {
    return WORDS.computeIfAbsent(alternatives, a -> Pattern.compile("\\b(?:" + a + ")\\b")).matcher(text).find();
  }
}
