package org.sitrep.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of stages, checked when built: a stage that requires a layer no earlier stage
 * produces is a programming error, found before any article runs. Running an article never throws:
 * a stage's failure becomes a {@link Failure} naming the stage.
 */
public final class Pipeline {
  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    Set<Layer> available = new HashSet<>(Set.of(Layer.TEXT));
    for (Stage s : stages) {
      for (Layer r : s.requires()) {
        if (!available.contains(r)) {
          throw new IllegalArgumentException("stage " + s.name() + " requires layer '" + r.id()
              + "', which no earlier stage produces");
        }
      }
      available.addAll(s.produces());
    }
    this.stages = List.copyOf(stages);
  }

  public List<Stage> stages() {
    return stages;
  }

  /** The annotated article, or the failure of the first stage that gave up. */
  public Result run(Article article) {
    Article a = article;
    for (Stage s : stages) {
      try {
        a = s.apply(a);
      } catch (StageException e) {
        return Failure.of(article.id(), article.source(), s.name(), e.getMessage());
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        return Failure.of(article.id(), article.source(), s.name(),
            "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      }
    }
    return a;
  }
}
