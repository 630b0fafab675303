package org.sitrep.core;

import java.time.Duration;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.NotAnArticleException;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Ids;
import org.sitrep.model.Pipeline;
import org.sitrep.model.Published;
import org.sitrep.model.RawPage;
import org.sitrep.model.Result;
import org.sitrep.model.Skipped;

/**
 * The one path of a document: load its bytes, extract the article, fill what the page left out
 * from its feed, annotate (when a pipeline is given). Never throws: a document that cannot be
 * read or extracted becomes a {@link Failure} naming the stage; once extracted, it stays an
 * article (a failed annotation stage is a warning on it, see {@link Pipeline}). Thread-safe; one
 * instance serves every worker.
 */
public final class Flow {
  /**
   * Default annotation budget per 10,000 characters of text, in CPU time of the worker thread
   * (see {@link #budget(int)} and {@link Pipeline}): an ordinary article spends a small part of it.
   */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(5);
  /** Texts are annotated up to this many characters; the budget grows no further. */
  private static final int ANNOTATED_CHARS = 100_000;

  private final Extractor extractor;
  private final Pipeline pipeline;
  private final Duration perTenThousand;

  /** {@code pipeline} may be null: extraction only. */
  public Flow(Extractor extractor, Pipeline pipeline) {
    this(extractor, pipeline, DEFAULT_BUDGET);
  }

  /**
   * {@code perTenThousand} is the annotation budget per 10,000 characters of text (at least one
   * such share, at most the annotated part's); null for none.
   */
  public Flow(Extractor extractor, Pipeline pipeline, Duration perTenThousand) {
    this.extractor = extractor;
    // Models load and run once now: the first document's budget is for the document.
    this.pipeline = pipeline == null ? null : pipeline.warm();
    this.perTenThousand = perTenThousand;
  }

  /** The annotation budget for a text of {@code chars} characters. */
  public Duration budget(int chars) {
    if (perTenThousand == null) {
      return null;
    }
    long shares = Math.max(1, (Math.min(chars, ANNOTATED_CHARS) + 9_999) / 10_000);
    return perTenThousand.multipliedBy(shares);
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
      return pipeline == null ? a : pipeline.run(a, budget(a.text().length()));
    } catch (NotAnArticleException e) {
      return Skipped.of(sourceId(in.source()), in.source(), e.kind());
    } catch (ExtractionException e) {
      return failure(in.source(), e.stage(), e.reason());
    } catch (RuntimeException | StackOverflowError e) {
      return failure(in.source(), stage,
          "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  /** A failed document has no content to hash: its id comes from where it was read. */
  public static Failure failure(String source, String stage, String reason) {
    return Failure.of(sourceId(source), source, stage, reason);
  }

  /** The id of a document known only by where it was read (a failure, a skip). */
  private static String sourceId(String source) {
    return Ids.of("file:" + source, null);
  }
}
