package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sitrep.core.IngestCounts;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  /** A clock the test moves by hand. */
  private static final class Clock {
    long now;
  }

  @Test
  void etaIsRemainingOverRate() {
    Clock clock = new Clock();
    Progress p = new Progress(new PrintWriter(new StringWriter()), false, Duration.ofSeconds(2),
        () -> clock.now);
    p.started(100);
    assertNull(p.eta(5 * SECOND), "no rate yet");
    clock.now = 10 * SECOND;
    p.processed(IngestCounts.of(20, 0, 5, 0)); // 25 done in 10 s: 2.5 docs/s, 75 left: 30 s
    assertEquals(2.5, p.rate(10 * SECOND), 1e-9);
    assertEquals(Duration.ofSeconds(30), p.eta(10 * SECOND));
    p.processed(IngestCounts.of(20, 75, 5, 0));
    assertEquals(Duration.ZERO, p.eta(20 * SECOND));
    assertEquals("1:01:01", Progress.format(Duration.ofSeconds(3661)));
    assertEquals("2:05", Progress.format(Duration.ofSeconds(125)));
  }

  @Test
  void aPageLeftUnannotatedGetsALineOfItsOwn() {
    StringWriter out = new StringWriter();
    Progress p = new Progress(new PrintWriter(out), false, Duration.ofSeconds(2), () -> 0L);
    p.notAnnotated("pages/fr.html", new org.sitrep.model.Warning("english-only-skipped",
        "language 'fr': entity, quote, quantity and date annotation is English-only"));
    assertEquals("not annotated: english-only-skipped: pages/fr.html (language 'fr': entity, "
        + "quote, quantity and date annotation is English-only)", out.toString().strip());
  }

  @Test
  void anUnknownTotalHasNoEta() {
    Clock clock = new Clock();
    Progress p = new Progress(new PrintWriter(new StringWriter()), false, Duration.ofSeconds(2),
        () -> clock.now);
    p.started(-1);
    p.processed(IngestCounts.of(10, 0, 0, 0));
    assertNull(p.eta(10 * SECOND));
    assertFalse(p.line(10 * SECOND).contains("ETA"), p.line(10 * SECOND));
  }

  @Test
  void logModeWritesALinePerIntervalAndPerCommit() {
    StringWriter out = new StringWriter();
    Clock clock = new Clock();
    Progress p = new Progress(new PrintWriter(out), false, Duration.ofSeconds(2), () -> clock.now);
    p.started(10);
    clock.now = SECOND;
    p.processed(IngestCounts.of(1, 0, 0, 0));
    assertEquals("", out.toString(), "within the interval: quiet");
    clock.now = 3 * SECOND;
    p.processed(IngestCounts.of(1, 0, 0, 0));
    p.committed(IngestCounts.of(1, 0, 0, 1));
    String[] lines = out.toString().split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[1].contains("committed 1"), lines[1]);
  }
}
