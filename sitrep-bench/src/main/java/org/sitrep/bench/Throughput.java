package org.sitrep.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pages per second of contenders over a fixed list of inputs, after warm-up, on the calling
 * thread. Contenders run in alternating order, round by round (A B, then B A, …), so that drift
 * (JIT, GC, a busy neighbour) hits each alike; each reports its median round, and each round's
 * ratio to the first contender (the baseline) gives the median ratio and its range.
 */
public final class Throughput {
  /** A named task run over every input once per round. */
  public record Task<T>(String name, Work<T> work) {}

  /** What a task does with one input. */
  @FunctionalInterface
  public interface Work<T> {
    void run(T input) throws Exception;
  }

  /**
   * One contender's figures: its median round and the range of its rounds, its ratio to the
   * baseline (median and range of the per-round ratios; 1 for the baseline itself).
   */
  public record Result(String name, double pagesPerSecond, double slowest, double fastest,
                       double ratio, double ratioLow, double ratioHigh, int pages, int failures) {}

  private Throughput() {}

  public static <T> List<Result> measure(List<T> inputs, List<Task<T>> tasks, int warmupRounds,
                                         int rounds) {
    int n = tasks.size();
    double[][] rates = new double[n][rounds];
    int[] failures = new int[n];
    for (int r = 0; r < warmupRounds + rounds; r++) {
      for (int k = 0; k < n; k++) {
        int t = r % 2 == 0 ? k : n - 1 - k; // alternate the order each round
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
          rates[t][r - warmupRounds] = inputs.size() / Math.max(seconds, 1e-9);
          failures[t] = failed;
        }
      }
    }
    List<Result> out = new ArrayList<>();
    List<Rounds> summary = summarise(rates);
    for (int t = 0; t < n; t++) {
      Rounds s = summary.get(t);
      out.add(new Result(tasks.get(t).name(), s.median(), s.slowest(), s.fastest(), s.ratio(),
          s.ratioLow(), s.ratioHigh(), inputs.size(), failures[t]));
    }
    return out;
  }

  /**
   * One contender's rounds summed up: its median, slowest and fastest round, and the median and
   * range of its per-round ratio to the first contender (the baseline).
   */
  public record Rounds(double median, double slowest, double fastest, double ratio,
                       double ratioLow, double ratioHigh) {}

  /** {@code rates[contender][round]}, contender 0 the baseline. */
  public static List<Rounds> summarise(double[][] rates) {
    List<Rounds> out = new ArrayList<>();
    for (double[] own : rates) {
      int rounds = own.length;
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = own[r] / rates[0][r];
      }
      double[] sorted = own.clone();
      Arrays.sort(sorted);
      Arrays.sort(ratios);
      out.add(new Rounds(median(sorted), sorted[0], sorted[rounds - 1], median(ratios),
          ratios[0], ratios[rounds - 1]));
    }
    return out;
  }

  /** The median of sorted values. */
  public static double median(double[] sorted) {
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }
}
