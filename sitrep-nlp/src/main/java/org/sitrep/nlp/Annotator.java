package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Pipeline;
import org.sitrep.model.Stage;

/** The standard annotation pipeline: tokens, mentions, entities, places, quotes, quantities,
 * dates. */
public final class Annotator {
  private Annotator() {}

  public static Pipeline pipeline() {
    List<Stage> stages = new ArrayList<>(layersBeforeEvents());
    stages.add(new EventStage());
    return new Pipeline(stages);
  }

  /** Every layer but events: the baseline the events layer's cost is measured against. */
  public static Pipeline withoutEvents() {
    return new Pipeline(layersBeforeEvents());
  }

  private static List<Stage> layersBeforeEvents() {
    return List.of(new TokenStage(), new MentionStage(), new EntityStage(), new PlaceStage(),
        new QuoteStage(), new QuantityStage(), new DateStage());
  }

  /** Only what places need: tokens, mentions, entities, places (for the geo evaluation). */
  public static Pipeline places() {
    return new Pipeline(List.of(new TokenStage(), new MentionStage(), new EntityStage(),
        new PlaceStage()));
  }
}
