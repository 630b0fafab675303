package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.core.Flow;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Result;
import org.sitrep.nlp.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep annotate INPUT…}: extracted articles plus their annotation layers. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = {"Extracts and annotates articles: mentions, entities (with aliases), quotes with",
        "speakers, counts with their claim source, places, dates. One JSON line per document."})
public final class AnnotateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions in;

  @Mixin
  OutputOptions output;

  @Option(names = "--pretty", description = "Indent the JSON for people.")
  boolean pretty;

  @Option(names = "--tokens", description = "Include the token layer (large).")
  boolean tokens;

  @Option(names = "--explain",
      description = "Give each place the candidates the resolver weighed (its 'explain' list): name, score, share and the reasons for the score.")
  boolean explain;

  @Mixin
  PlaceHintOptions hints = new PlaceHintOptions();

  @Override
  public Integer call() {
    in.requireInputs();
    DocumentWriter writer = output.writer(spec, DocumentWriter.Format.JSON, pretty);
    org.sitrep.nlp.geo.PlaceOptions options = hints.placeOptions(explain);
    org.sitrep.nlp.geo.SiteHomes homes = hints.homes(new org.sitrep.nlp.geo.SiteHomes()).freeze();
    Flow flow = new Flow(new Extractor(), Annotator.pipeline(homes, options), in.budget());
    return JsonLines.run(spec, in, "annotated", input -> {
      Result r = flow.run(input);
      return r instanceof Article a && !tokens ? a.withLayers(a.layers().withoutTokens()) : r;
    }, writer);
  }
}
