package org.sitrep.core;

import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Ids;
import org.sitrep.model.Pipeline;
import org.sitrep.model.Published;
import org.sitrep.model.RawPage;
import org.sitrep.model.Result;

/**
 * The one path of a document: load its bytes, extract the article, fill what the page left out
 * from its feed, annotate (when a pipeline is given). Never throws: every problem becomes a
 * {@link Failure} naming the stage. Thread-safe; one instance serves every worker.
 */
public final class Flow {
  private final Extractor extractor;
  private final Pipeline pipeline;

  /** {@code pipeline} may be null: extraction only. */
  public Flow(Extractor extractor, Pipeline pipeline) {
    this.extractor = extractor;
    this.pipeline = pipeline;
  }

  public boolean annotates() {
    return pipeline != null;
  }

  public Result run(Input in) {
    String stage = "read";
    try {
      RawPage page = in.load();
      stage = "extract";
      Article a = extractor.extract(page);
      if (in.hints() != null) {
        Input.Hints h = in.hints();
        a = a.withFeedHints(h.title(),
            h.published() == null ? null : Published.parse(h.published().toString()),
            h.authors());
      }
      return pipeline == null ? a : pipeline.run(a);
    } catch (ExtractionException e) {
      return failure(in.source(), e.stage(), e.reason());
    } catch (RuntimeException | StackOverflowError e) {
      return failure(in.source(), stage,
          "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  /** A failed document has no content to hash: its id comes from where it was read. */
  public static Failure failure(String source, String stage, String reason) {
    return Failure.of(Ids.of("file:" + source, null), source, stage, reason);
  }
}
