package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void etaIsRemainingOverRate() {
    StringWriter out = new StringWriter();
    Progress p = new Progress(new PrintWriter(out), false, 100, Duration.ofSeconds(2), 0);
    assertNull(p.eta(5 * SECOND), "no rate yet");
    p.stored = 20;
    p.failed = 5; // 25 done in 10 s: 2.5 docs/s, 75 left: 30 s
    assertEquals(2.5, p.rate(10 * SECOND), 1e-9);
    assertEquals(Duration.ofSeconds(30), p.eta(10 * SECOND));
    p.unchanged = 75;
    assertEquals(Duration.ZERO, p.eta(20 * SECOND));
    assertEquals("1:01:01", Progress.format(Duration.ofSeconds(3661)));
    assertEquals("2:05", Progress.format(Duration.ofSeconds(125)));
  }

  @Test
  void logModeWritesALinePerIntervalAndPerCommit() {
    StringWriter out = new StringWriter();
    Progress p = new Progress(new PrintWriter(out), false, 10, Duration.ofSeconds(2), 0);
    p.stored = 1;
    p.tick(SECOND);
    assertEquals("", out.toString(), "within the interval: quiet");
    p.tick(3 * SECOND);
    p.committed(1, 3 * SECOND);
    String[] lines = out.toString().split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[1].contains("committed 1"), lines[1]);
  }
}
