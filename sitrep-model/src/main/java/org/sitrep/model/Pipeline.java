package org.sitrep.model;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An ordered list of stages, checked when built: a stage that requires a layer no earlier stage
 * produces is a programming error, found before any article runs. Running an article never throws:
 * a stage's failure becomes a {@link Failure} naming the stage.
 *
 * <p>A run can have a budget: when it is spent, the worker thread is interrupted (CoreNLP's
 * annotators stop on interrupt) and the deadline is checked before every stage, so a document
 * over budget becomes a failure ("timed out after N s") and the worker moves on.
 */
public final class Pipeline {
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-watchdog");
        t.setDaemon(true);
        return t;
      });

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

  /** Loads every stage's models now (see {@link Stage#warm()}). */
  public Pipeline warm() {
    stages.forEach(Stage::warm);
    return this;
  }

  public List<Stage> stages() {
    return stages;
  }

  /** The annotated article, or the failure of the first stage that gave up. No budget. */
  public Result run(Article article) {
    return run(article, null);
  }

  /** As {@link #run(Article)}, giving up after {@code budget} (null: no limit). */
  public Result run(Article article, Duration budget) {
    Alarm alarm = budget == null ? null : new Alarm(Thread.currentThread(), budget);
    Article a = article;
    String stage = stages.isEmpty() ? "annotate" : stages.get(0).name();
    try {
      for (Stage s : stages) {
        stage = s.name();
        if (alarm != null && alarm.fired()) {
          return alarm.failure(article, stage);
        }
        a = s.apply(a);
      }
      if (alarm != null && alarm.fired()) {
        return alarm.failure(article, stage);
      }
      return a;
    } catch (StageException e) {
      return Failure.of(article.id(), article.source(), stage, e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      if (alarm != null && alarm.fired()) {
        return alarm.failure(article, stage);
      }
      return Failure.of(article.id(), article.source(), stage,
          "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    } finally {
      if (alarm != null) {
        alarm.disarm();
      }
    }
  }

  /** Interrupts one worker at its deadline, unless disarmed first. */
  private static final class Alarm {
    private final Thread worker;
    private final Duration budget;
    private final ScheduledFuture<?> task;
    private boolean disarmed;
    private volatile boolean fired;

    Alarm(Thread worker, Duration budget) {
      this.worker = worker;
      this.budget = budget;
      this.task = WATCHDOG.schedule(this::ring, budget.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void ring() {
      if (!disarmed) {
        fired = true;
        worker.interrupt();
      }
    }

    boolean fired() {
      return fired;
    }

    synchronized void disarm() {
      disarmed = true;
      task.cancel(false);
      Thread.interrupted(); // a ring that came in time must not reach the next document
    }

    Failure failure(Article a, String stage) {
      return Failure.of(a.id(), a.source(), stage, String.format(Locale.ROOT,
          "timed out after %.0f s (the budget for %,d characters; raise it with --doc-timeout)",
          budget.toMillis() / 1000.0, a.text() == null ? 0 : a.text().length()));
    }
  }
}
