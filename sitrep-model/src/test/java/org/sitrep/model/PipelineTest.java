package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PipelineTest {
  /**
   * A stage that works until interrupted (as CoreNLP's annotators do) or until it has spent
   * {@code millis} of its thread's CPU time: the same work on a loaded machine as on an idle one.
   */
  static Stage slow(String name, long millis, boolean heedsInterrupts) {
    return stage(name, Set.of(), Set.of(), a -> {
      var threads = ManagementFactory.getThreadMXBean();
      long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
      while (threads.getCurrentThreadCpuTime() < end) {
        if (heedsInterrupts && Thread.currentThread().isInterrupted()) {
          throw new IllegalStateException("interrupted");
        }
      }
      return a;
    });
  }

  static Stage stage(String name, Set<Layer> requires, Set<Layer> produces,
      UnaryOperator<Article> body) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer> requires() {
        return requires;
      }

      @Override
      public Set<Layer> produces() {
        return produces;
      }

      @Override
      public Article apply(Article a) {
        return body.apply(a);
      }
    };
  }

  private static final Article A = Article.ofText("x", "x.txt", "Some text.", "en");

  private static Warning only(Article a, String code) {
    List<Warning> ws = a.warnings().stream().filter(w -> w.code().equals(code)).toList();
    assertEquals(1, ws.size(), a.warnings().toString());
    return ws.get(0);
  }

  @Test
  void aDocumentOverBudgetKeepsItsEarlierLayersAndSaysWhereItStopped() {
    Result r = new Pipeline(List.of(
        stage("tokens", Set.of(), Set.of(Layer.TOKENS), a -> a.withLayers(
            a.layers().withTokens(List.of(), List.of()))),
        slow("mentions", 60_000, true), slow("quotes", 0, true)))
        .run(A, Duration.ofMillis(200));
    Article a = assertInstanceOf(Article.class, r);
    assertTrue(a.layers().has(Layer.TOKENS), "the layers made before the budget ran out stay");
    String m = only(a, Pipeline.OVER_BUDGET).message();
    assertTrue(m.startsWith("stopped in stage mentions"), m);
    assertTrue(m.contains("not run: mentions, quotes"), m);
    assertTrue(Pipeline.incomplete(a));
    assertFalse(Thread.currentThread().isInterrupted(), "the worker is ready for the next document");
  }

  @Test
  void aStageThatIgnoresInterruptsIsStoppedAtTheNextStage() {
    Result r = new Pipeline(List.of(slow("tokens", 400, false), slow("quotes", 0, true)))
        .run(A, Duration.ofMillis(100));
    String m = only(assertInstanceOf(Article.class, r), Pipeline.OVER_BUDGET).message();
    assertTrue(m.startsWith("stopped in stage quotes"), m);
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void aDocumentWithinBudgetIsAnnotated() throws Exception {
    Result r = new Pipeline(List.of(slow("tokens", 10, true))).run(A, Duration.ofSeconds(5));
    assertFalse(Pipeline.incomplete(assertInstanceOf(Article.class, r)));
    Thread.sleep(2 * 50);
    assertFalse(Thread.currentThread().isInterrupted(), "a disarmed alarm never rings");
  }

  @Test
  void aStageThatThrowsLosesOnlyItsOwnLayersAndThoseThatNeedThem() {
    Stage tokens = stage("tokens", Set.of(), Set.of(Layer.TOKENS),
        a -> a.withLayers(a.layers().withTokens(List.of(), List.of())));
    Stage quotes = stage("quotes", Set.of(Layer.TOKENS), Set.of(Layer.QUOTES), a -> {
      throw new ArrayIndexOutOfBoundsException("Index 7 out of bounds for length 7");
    });
    Stage events = stage("events", Set.of(Layer.QUOTES), Set.of(Layer.EVENTS),
        a -> a.withLayers(a.layers().withEvents(List.of())));
    Stage dates = stage("dates", Set.of(Layer.TOKENS), Set.of(Layer.DATES),
        a -> a.withLayers(a.layers().withDates(List.of())));
    Result r = new Pipeline(List.of(tokens, quotes, events, dates)).run(A);
    Article a = assertInstanceOf(Article.class, r);
    assertTrue(a.layers().has(Layer.TOKENS));
    assertTrue(a.layers().has(Layer.DATES), "a stage that does not need the failed one runs");
    assertFalse(a.layers().has(Layer.QUOTES));
    assertFalse(a.layers().has(Layer.EVENTS));
    List<String> ms = a.warnings().stream().filter(w -> w.code().equals(Pipeline.STAGE_FAILED))
        .map(Warning::message).toList();
    assertEquals(List.of("quotes: internal error (ArrayIndexOutOfBoundsException: Index 7 out of"
        + " bounds for length 7)", "not run, for want of a failed stage's layers: events"), ms);
    assertTrue(Pipeline.incomplete(a));
  }

  @Test
  void aStageExceptionIsThatStagesFailureToo() {
    Stage declines = new Stage() {
      @Override
      public String name() {
        return "places";
      }

      @Override
      public Set<Layer> requires() {
        return Set.of();
      }

      @Override
      public Set<Layer> produces() {
        return Set.of(Layer.PLACES);
      }

      @Override
      public Article apply(Article a) throws StageException {
        throw new StageException("gazetteer missing");
      }
    };
    Article a = assertInstanceOf(Article.class, new Pipeline(List.of(declines)).run(A));
    assertEquals("places: gazetteer missing", only(a, Pipeline.STAGE_FAILED).message());
    assertFalse(a.layers().has(Layer.PLACES));
  }

  @Test
  void warmingUpRunsEveryStageOnceOnASampleReport() {
    int[] calls = {0};
    Stage counting = stage("tokens", Set.of(), Set.of(), a -> {
      calls[0]++;
      assertTrue(a.text().contains("Konashenkov"));
      return a;
    });
    Pipeline p = new Pipeline(List.of(counting));
    p.warm();
    assertEquals(1, calls[0]);
    p.warm();
    assertEquals(1, calls[0], "a pipeline is warmed once, however many flows use it");
  }
}
