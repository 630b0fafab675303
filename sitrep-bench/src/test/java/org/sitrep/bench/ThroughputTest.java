package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The measuring harness, not a timing: it runs every task on every input and counts failures. */
class ThroughputTest {
  @Test
  void runsEachTaskOverEveryInputAndCountsFailures() {
    int[] calls = {0};
    Throughput.Task<Integer> counting = new Throughput.Task<>("counting", i -> calls[0]++);
    Throughput.Task<Integer> failingOnOdd = new Throughput.Task<>("odd-fails", i -> {
      if (i % 2 == 1) {
        throw new Exception("odd");
      }
    });
    List<Throughput.Result> r = Throughput.measure(List.of(1, 2, 3, 4), List.of(counting,
        failingOnOdd), 1, 2);
    assertEquals(12, calls[0], "3 rounds x 4 inputs");
    assertEquals("counting", r.get(0).name());
    assertEquals(0, r.get(0).failures());
    assertEquals(2, r.get(1).failures());
    assertTrue(r.get(0).pagesPerSecond() > 0);
  }

  @Test
  void ratiosAreTakenRoundByRoundAndSummedUpByTheirMedian() {
    List<Throughput.Rounds> r = Throughput.summarise(new double[][] {{10, 20, 10}, {20, 30, 30}});
    assertEquals(10, r.get(0).median());
    assertEquals(1, r.get(0).ratio());
    assertEquals(30, r.get(1).median());
    assertEquals(2, r.get(1).ratio(), 1e-9, "ratios 2, 1.5, 3");
    assertEquals(1.5, r.get(1).ratioLow(), 1e-9);
    assertEquals(3, r.get(1).ratioHigh(), 1e-9);
  }
}
