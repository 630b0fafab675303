package org.sitrep.bench;

import java.util.List;

/**
 * Pages per second of one task over a fixed list of inputs, after warm-up, on the calling thread.
 * Contenders are measured in alternating rounds so that drift (JIT, GC, a busy neighbour) hits
 * each of them alike, and each reports its best round, the one least disturbed.
 */
public final class Throughput {
  /** A named task run over every input once per round. */
  public record Task<T>(String name, Work<T> work) {}

  /** What a task does with one input. */
  @FunctionalInterface
  public interface Work<T> {
    void run(T input) throws Exception;
  }

  /** One contender's figure. */
  public record Result(String name, double pagesPerSecond, int pages, int failures) {}

  private Throughput() {}

  public static <T> List<Result> measure(List<T> inputs, List<Task<T>> tasks, int warmupRounds,
                                         int rounds) {
    int n = tasks.size();
    double[] best = new double[n];
    int[] failures = new int[n];
    for (int r = 0; r < warmupRounds + rounds; r++) {
      for (int t = 0; t < n; t++) {
        int failed = 0;
        long start = System.nanoTime();
        for (T input : inputs) {
          try {
            tasks.get(t).work().run(input);
          } catch (Exception e) {
            failed++;
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (r >= warmupRounds) {
          best[t] = Math.max(best[t], inputs.size() / seconds);
          failures[t] = failed;
        }
      }
    }
    List<Result> out = new java.util.ArrayList<>();
    for (int t = 0; t < n; t++) {
      out.add(new Result(tasks.get(t).name(), best[t], inputs.size(), failures[t]));
    }
    return out;
  }
}
