package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
  /** A stage that works until interrupted (as CoreNLP's annotators do) or for {@code millis}. */
  static Stage slow(String name, long millis, boolean heedsInterrupts) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer> requires() {
        return Set.of();
      }

      @Override
      public Set<Layer> produces() {
        return Set.of();
      }

      @Override
      public Article apply(Article a) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
          if (heedsInterrupts && Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("interrupted");
          }
        }
        return a;
      }
    };
  }

  private static final Article A = Article.ofText("x", "x.txt", "Some text.", "en");

  @Test
  void aDocumentOverBudgetBecomesATimeoutFailure() {
    Result r = new Pipeline(List.of(slow("tokens", 10_000, true), slow("quotes", 0, true)))
        .run(A, Duration.ofMillis(200));
    Failure f = assertInstanceOf(Failure.class, r);
    assertEquals("tokens", f.error().stage());
    assertTrue(f.error().reason().startsWith("timed out after 0 s"), f.error().reason());
    assertFalse(Thread.currentThread().isInterrupted(), "the worker is ready for the next document");
  }

  @Test
  void aStageThatIgnoresInterruptsIsStoppedAtTheNextStage() {
    Result r = new Pipeline(List.of(slow("tokens", 400, false), slow("quotes", 0, true)))
        .run(A, Duration.ofMillis(100));
    assertEquals("quotes", assertInstanceOf(Failure.class, r).error().stage());
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void aDocumentWithinBudgetIsAnnotated() throws Exception {
    Result r = new Pipeline(List.of(slow("tokens", 10, true))).run(A, Duration.ofSeconds(5));
    assertInstanceOf(Article.class, r);
    Thread.sleep(50);
    assertFalse(Thread.currentThread().isInterrupted(), "a disarmed alarm never rings");
  }
}
