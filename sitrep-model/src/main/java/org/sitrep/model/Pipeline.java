package org.sitrep.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
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
 * produces is a programming error, found before any article runs.
 *
 * <p>Running an article never throws and never loses it: a stage that fails (an exception, a
 * {@link StageException}) leaves its layers out and adds a {@value #STAGE_FAILED} warning naming
 * the stage and the reason; the stages that need one of its layers are skipped, the others run.
 *
 * <p>A run can have a budget of <em>work</em>: the CPU time of the worker thread, never the wall
 * clock, so a loaded machine gives the same result as an idle one. When the budget is spent the
 * worker is interrupted (CoreNLP's annotators stop on interrupt) and the budget is checked again
 * before every stage; the article keeps the layers made so far and gets an
 * {@value #OVER_BUDGET} warning. Each stage's cost is bounded by design, so only pathological
 * input reaches the budget.
 */
public final class Pipeline {
  /** Warning code: a stage threw; its layers (and those of the stages that need them) are missing. */
  public static final String STAGE_FAILED = "stage-failed";
  /** Warning code: the document spent its budget; the later stages did not run. */
  public static final String OVER_BUDGET = "over-budget";

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-watchdog");
        t.setDaemon(true);
        return t;
      });
  /** How often the watchdog reads a worker's CPU time. */
  private static final long CHECK_MILLIS = 50;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_CLOCK = cpuClock();

  /** A short English report that exercises every stage (parser included) when warming up. */
  static final String WARM_UP_TEXT = "DAMASCUS, March 3, 2016 - Syrian troops attacked Islamic "
      + "State fighters near Palmyra on Tuesday, killing some 40 militants, the Russian Defense "
      + "Ministry said. \"The terrorists used the ceasefire to regroup and strike,\" Major-General "
      + "Igor Konashenkov, the ministry's spokesman, told reporters in Moscow. He said more than "
      + "5,000 militants had arrived from Turkey and that aid convoys would reach Aleppo on "
      + "Friday.\n\nThe United Nations condemned the shelling of a hospital in Homs, which "
      + "wounded 12 civilians.";

  private final List<Stage> stages;
  private final List<Set<Layer>> required;
  private volatile boolean warmed;

  public Pipeline(List<Stage> stages) {
    Set<Layer> available = new HashSet<>(Set.of(Layer.TEXT));
    List<Set<Layer>> req = new ArrayList<>();
    for (Stage s : stages) {
      for (Layer r : s.requires()) {
        if (!available.contains(r)) {
          throw new IllegalArgumentException("stage " + s.name() + " requires layer '" + r.id()
              + "', which no earlier stage produces");
        }
      }
      req.add(Set.copyOf(s.requires()));
      available.addAll(s.produces());
    }
    this.stages = List.copyOf(stages);
    this.required = List.copyOf(req);
  }

  /**
   * Loads every stage's models now (see {@link Stage#warm()}) and runs a short report through
   * every stage, so that no document's budget pays for loading or first use. Only the first
   * call does the work; later ones return at once.
   */
  public Pipeline warm() {
    if (!warmed) {
      synchronized (this) {
        if (!warmed) {
          stages.forEach(Stage::warm);
          run(Article.ofText("warm-up", "warm-up", WARM_UP_TEXT, "en"));
          warmed = true;
        }
      }
    }
    return this;
  }

  public List<Stage> stages() {
    return stages;
  }

  /** True when a stage of this article failed or its budget was spent (see the warnings). */
  public static boolean incomplete(Article a) {
    return a.warnings().stream()
        .anyMatch(w -> STAGE_FAILED.equals(w.code()) || OVER_BUDGET.equals(w.code()));
  }

  /** The annotated article, with a warning for each stage that failed. No budget. */
  public Result run(Article article) {
    return run(article, null);
  }

  /**
   * As {@link #run(Article)}, stopping once the worker has spent {@code budget} of CPU time
   * (null: no limit). Always an {@link Article}.
   */
  public Result run(Article article, Duration budget) {
    Alarm alarm = budget == null ? null : new Alarm(Thread.currentThread(), budget);
    Article a = article;
    Set<Layer> missing = new HashSet<>();
    List<String> skipped = new ArrayList<>();
    try {
      for (int i = 0; i < stages.size(); i++) {
        Stage s = stages.get(i);
        if (alarm != null && alarm.spent()) {
          return overBudget(a, alarm, s.name(), i);
        }
        if (required.get(i).stream().anyMatch(missing::contains)) {
          missing.addAll(s.produces());
          skipped.add(s.name());
          continue;
        }
        try {
          a = s.apply(a);
        } catch (StageException e) {
          a = failed(a, s, e.getMessage(), missing);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          if (alarm != null && alarm.spent()) {
            return overBudget(a, alarm, s.name(), i);
          }
          a = failed(a, s, "internal error (" + e.getClass().getSimpleName() + ": "
              + e.getMessage() + ")", missing);
        }
      }
      if (!skipped.isEmpty()) {
        a = a.withWarning(new Warning(STAGE_FAILED, "not run, for want of a failed stage's "
            + "layers: " + String.join(", ", skipped)));
      }
      return a;
    } finally {
      if (alarm != null) {
        alarm.disarm();
      }
    }
  }

  private static Article failed(Article a, Stage s, String reason, Set<Layer> missing) {
    missing.addAll(s.produces());
    return a.withWarning(new Warning(STAGE_FAILED, s.name() + ": " + reason));
  }

  private Article overBudget(Article a, Alarm alarm, String stage, int from) {
    List<String> left = new ArrayList<>();
    for (int i = from; i < stages.size(); i++) {
      left.add(stages.get(i).name());
    }
    return a.withWarning(new Warning(OVER_BUDGET, String.format(Locale.ROOT,
        "stopped in stage %s: the document spent its budget of %.1f s of %s for %,d characters"
            + " (raise it with --doc-timeout); not run: %s", stage,
        alarm.budget.toMillis() / 1000.0, CPU_CLOCK ? "CPU time" : "time",
        a.text() == null ? 0 : a.text().length(), String.join(", ", left))));
  }

  private static boolean cpuClock() {
    try {
      if (!THREADS.isThreadCpuTimeSupported()) {
        return false;
      }
      if (!THREADS.isThreadCpuTimeEnabled()) {
        THREADS.setThreadCpuTimeEnabled(true);
      }
      return THREADS.getCurrentThreadCpuTime() >= 0;
    } catch (UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /**
   * Watches one worker's CPU time (the wall clock only where the JVM cannot measure a thread's
   * CPU time) and interrupts it once the budget is spent, unless disarmed first.
   */
  private static final class Alarm {
    private final Thread worker;
    private final Duration budget;
    private final long start;
    private final ScheduledFuture<?> task;
    private boolean disarmed;
    private volatile boolean fired;

    Alarm(Thread worker, Duration budget) {
      this.worker = worker;
      this.budget = budget;
      this.start = CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
      this.task = WATCHDOG.scheduleWithFixedDelay(this::check, CHECK_MILLIS, CHECK_MILLIS,
          TimeUnit.MILLISECONDS);
    }

    private long used() {
      long now = CPU_CLOCK ? THREADS.getThreadCpuTime(worker.getId()) : System.nanoTime();
      return now < 0 ? 0 : now - start; // -1: the thread ended
    }

    private synchronized void check() {
      if (!disarmed && !fired && used() >= budget.toNanos()) {
        fired = true;
        worker.interrupt();
      }
    }

    /** True once the budget is spent (read on the worker itself before each stage). */
    boolean spent() {
      return fired || used() >= budget.toNanos();
    }

    synchronized void disarm() {
      disarmed = true;
      task.cancel(false);
      Thread.interrupted(); // a ring that came in time must not reach the next document
    }
  }
}
