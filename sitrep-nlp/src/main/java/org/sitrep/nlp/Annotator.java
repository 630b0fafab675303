package org.sitrep.nlp;

import java.util.List;
import org.sitrep.model.Pipeline;

/** The standard annotation pipeline: tokens, mentions, entities, places, quotes, quantities,
 * dates. */
public final class Annotator {
  private Annotator() {}

  public static Pipeline pipeline() {
    return new Pipeline(List.of(new TokenStage(), new MentionStage(), new EntityStage(),
        new PlaceStage(), new QuoteStage(), new QuantityStage(), new DateStage(),
        new EventStage()));
  }

  /** Every layer but events: the baseline the events layer's cost is measured against. */
  public static Pipeline withoutEvents() {
    return new Pipeline(List.of(new TokenStage(), new MentionStage(), new EntityStage(),
        new PlaceStage(), new QuoteStage(), new QuantityStage(), new DateStage()));
  }

  /** Only what places need: tokens, mentions, entities, places (for the geo evaluation). */
  public static Pipeline places() {
    return new Pipeline(List.of(new TokenStage(), new MentionStage(), new EntityStage(),
        new PlaceStage()));
  }
}
