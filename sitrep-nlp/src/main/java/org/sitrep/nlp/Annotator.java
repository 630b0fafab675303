package org.sitrep.nlp;

import org.sitrep.nlp.time.DateStage;
import org.sitrep.nlp.mention.EntityStage;
import org.sitrep.nlp.events.EventStage;
import org.sitrep.nlp.mention.MentionStage;
import org.sitrep.nlp.mention.NamedEntities;
import org.sitrep.nlp.geo.PlaceStage;
import org.sitrep.nlp.quantity.QuantityStage;
import org.sitrep.nlp.attribution.QuoteStage;
import org.sitrep.nlp.tokens.TokenStage;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Pipeline;
import org.sitrep.model.Stage;
import org.sitrep.nlp.geo.PlaceOptions;
import org.sitrep.nlp.geo.ResolverWeights;
import org.sitrep.nlp.geo.SiteHomes;

/** The standard annotation pipeline: tokens, mentions, entities, places, quotes, quantities,
 * dates, events; last, the entities that name nothing leave the entities layer. */
public final class Annotator {
  private Annotator() {}

  /**
   * The standard pipeline, knowing no site's home: each article is placed on its own, so the
   * output does not depend on the order in which the workers take the articles.
   */
  public static Pipeline pipeline() {
    return pipeline(new SiteHomes().freeze());
  }

  /**
   * The standard pipeline, its place stage learning sites' homes into (and using) {@code homes}
   * — e.g. seeded from a store's articles before an ingest.
   */
  public static Pipeline pipeline(SiteHomes homes) {
    return pipeline(homes, PlaceOptions.DEFAULT);
  }

  /**
   * The standard pipeline with {@code homes}, its place stage working as {@code options} ask
   * (explanations, a country hint).
   */
  public static Pipeline pipeline(SiteHomes homes, PlaceOptions options) {
    List<Stage> stages = new ArrayList<>(layersBeforeEvents(homes, options));
    stages.add(new EventStage());
    stages.add(new NamedEntities());
    return new Pipeline(stages);
  }

  /** Every layer but events: the baseline the events layer's cost is measured against. */
  public static Pipeline withoutEvents() {
    List<Stage> stages = new ArrayList<>(layersBeforeEvents(new SiteHomes(), PlaceOptions.DEFAULT));
    stages.add(new NamedEntities());
    return new Pipeline(stages);
  }

  private static List<Stage> layersBeforeEvents(SiteHomes homes, PlaceOptions options) {
    return List.of(new TokenStage(), new MentionStage(), new EntityStage(),
        new PlaceStage(homes, ResolverWeights.bundled(), options),
        new QuoteStage(), new QuantityStage(), new DateStage());
  }

  /** Only what places need: tokens, mentions, entities, places (for the geo evaluation). */
  public static Pipeline places() {
    return new Pipeline(List.of(new TokenStage(), new MentionStage(), new EntityStage(),
        new PlaceStage()));
  }
}
