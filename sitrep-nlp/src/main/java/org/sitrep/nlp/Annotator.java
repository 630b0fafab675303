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

  /** Only what places need: tokens, mentions, entities, places (for the geo evaluation). */
  public static Pipeline places() {
    return new Pipeline(List.of(new TokenStage(), new MentionStage(), new EntityStage(),
        new PlaceStage()));
  }
}
