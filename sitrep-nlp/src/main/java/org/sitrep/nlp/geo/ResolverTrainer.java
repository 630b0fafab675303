package org.sitrep.nlp.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.model.Pipeline;
import org.sitrep.model.Span;
import org.sitrep.nlp.geo.PlaceStage;

/**
 * Learns the place resolver's {@link ResolverWeights} from gold toponyms (GeoWebNews-style
 * {@code <id>.json} folders): each gold toponym Sitrep recognised and whose right reading is
 * among its candidates (the gazetteer entry with the gold GeoNames id, else the candidate
 * nearest the gold point, within 161 km) is one example; the weights maximise the likelihood
 * of the right candidates under the candidates' softmax (a conditional logit), with a small
 * L2 penalty. Features depend on the first pass's readings (anchors, containers), so training
 * runs in rounds: features from the current weights, fit, again.
 */
public final class ResolverTrainer {
  /**
   * One gold toponym: its candidates' features, which candidate is right (-1 when none is),
   * which lie within 161 km of the gold point, and how much the example weighs.
   */
  public record Example(double[][] features, int gold, boolean[] near, boolean[] wide,
                        double weight, Path folder) {}

  /** An annotated bench article, kept to rerun the place stage on. */
  public record Item(Path folder, JsonNode doc, Article annotated) {}

  private ResolverTrainer() {}

  /** Annotates every article of {@code dirs} once (up to places) with {@code pipeline}. */
  public static List<Item> annotate(List<Path> dirs, Pipeline pipeline, IntConsumer progress)
      throws IOException {
    List<Item> items = new ArrayList<>();
    for (Path dir : dirs) {
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path f : files) {
        JsonNode doc = Json.mapper().readTree(f.toFile());
        if (!doc.has("toponyms")) {
          continue;
        }
        if (pipeline.run(GeoEval.input(f, doc)) instanceof Article a) {
          items.add(new Item(dir, doc, a));
        }
        progress.accept(items.size());
      }
    }
    return items;
  }

  /**
   * The examples of one pass of the place stage with {@code w} over {@code items}, in order,
   * sites' homes learnt as they go (as {@code eval geo} and {@code annotate} do).
   */
  public static List<Example> examples(List<Item> items, ResolverWeights w) {
    Gazetteer g = Gazetteer.bundled();
    List<Example> out = new ArrayList<>();
    java.util.Map<Path, Integer> perFolder = new java.util.HashMap<>();
    List<Path> folderOf = new ArrayList<>();
    PlaceStage stage = new PlaceStage(new SiteHomes(), w);
    for (Item item : items) {
      List<PlaceStage.Choice> choices = new ArrayList<>();
      stage.apply(item.annotated(), choices::add);
      for (JsonNode gold : item.doc().path("toponyms")) {
        if (!gold.hasNonNull("lat") || !gold.hasNonNull("lon")) {
          continue;
        }
        PlaceStage.Choice c = overlapping(choices, gold.path("start").asInt(),
            gold.path("end").asInt());
        if (c == null) {
          continue; // a single candidate teaches the weights nothing, but the confidence
        }
        int[] cands = c.candidates();
        double[] km = new double[cands.length];
        boolean[] near = new boolean[cands.length];
        boolean[] wide = new boolean[cands.length];
        for (int k = 0; k < cands.length; k++) {
          km[k] = Gazetteer.km(g.lat(cands[k]), g.lon(cands[k]), gold.path("lat").asDouble(),
              gold.path("lon").asDouble());
          near[k] = km[k] <= 161;
          wide[k] = g.reachKm(cands[k]) > WIDE_KM;
        }
        int right = right(g, cands, gold.hasNonNull("geonameId")
            ? gold.path("geonameId").asText() : null, km);
        out.add(new Example(c.features(), right, near, wide, 1, item.folder()));
        folderOf.add(item.folder());
        perFolder.merge(item.folder(), 1, Integer::sum);
      }
    }
    // Each folder (corpus) weighs the same in all: local news must not outvote the world's.
    List<Example> balanced = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      double wt = (double) out.size() / (perFolder.size() * perFolder.get(folderOf.get(i)));
      Example e = out.get(i);
      balanced.add(new Example(e.features(), e.gold(), e.near(), e.wide(), wt, e.folder()));
    }
    return balanced;
  }

  private static PlaceStage.Choice overlapping(List<PlaceStage.Choice> choices, int start,
                                               int end) {
    PlaceStage.Choice best = null;
    int most = 0;
    for (PlaceStage.Choice c : choices) {
      for (Span s : c.spans()) {
        int ov = Math.min(end, s.end()) - Math.max(start, s.start());
        if (ov > most) {
          most = ov;
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * The candidate with the gold GeoNames id {@code id}, else the nearest within 161 km
   * ({@code km}: each candidate's distance to the gold point), else -1.
   */
  static int right(Gazetteer g, int[] candidates, String id, double[] km) {
    int nearest = -1;
    double best = 161;
    for (int k = 0; k < candidates.length; k++) {
      if (id != null && id.equals(g.id(candidates[k]))) {
        return k;
      }
      if (km[k] <= best) {
        best = km[k];
        nearest = k;
      }
    }
    return nearest;
  }

  /** Share of examples whose right candidate scores highest under {@code w}. */
  public static double accuracy(List<Example> examples, ResolverWeights w) {
    examples = learnable(examples);
    int right = 0;
    for (Example e : examples) {
      right += top(e, w).best() == e.gold() ? 1 : 0;
    }
    return examples.isEmpty() ? 0 : (double) right / examples.size();
  }

  /** Mean negative log-likelihood of the right candidates under {@code w}. */
  public static double loss(List<Example> examples, ResolverWeights w) {
    examples = learnable(examples);
    double loss = 0;
    for (Example e : examples) {
      Top t = top(e, w);
      loss += e.weight() * (t.logZ() - w.score(e.features()[e.gold()]));
    }
    return examples.isEmpty() ? 0 : loss / examples.size();
  }

  /** The winning candidate of an example, its softmax share and the log of the partition. */
  record Top(int best, double share, double logZ) {}

  static Top top(Example e, ResolverWeights w) {
    double[] s = new double[e.features().length];
    int best = 0;
    for (int k = 0; k < s.length; k++) {
      s[k] = w.score(e.features()[k]);
      if (s[k] > s[best]) {
        best = k;
      }
    }
    double z = 0;
    for (double v : s) {
      z += Math.exp(v - s[best]);
    }
    return new Top(best, 1 / z, s[best] + Math.log(z));
  }

  /**
   * Fits the weights from {@code start} by full-batch Adam on the examples' weighted mean
   * negative log-likelihood plus {@code l2}/2 times the squared distance to {@code prior}.
   */
  public static ResolverWeights fit(List<Example> examples, ResolverWeights start,
                                    ResolverWeights prior, double l2, int iterations) {
    examples = learnable(examples);
    double[] w = start.toArray();
    double[] w0 = prior.toArray();
    int n = w.length;
    double[] m = new double[n];
    double[] v = new double[n];
    double rate = 0.05;
    for (int it = 1; it <= iterations; it++) {
      double[] grad = new double[n];
      for (Example e : examples) {
        double[][] f = e.features();
        double[] p = new double[f.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < f.length; k++) {
          double s = 0;
          for (int i = 0; i < n; i++) {
            s += w[i] * f[k][i];
          }
          p[k] = s;
          max = Math.max(max, s);
        }
        double z = 0;
        for (int k = 0; k < f.length; k++) {
          p[k] = Math.exp(p[k] - max);
          z += p[k];
        }
        for (int k = 0; k < f.length; k++) {
          double coef = e.weight() * (p[k] / z - (k == e.gold() ? 1 : 0));
          if (coef != 0) {
            for (int i = 0; i < n; i++) {
              grad[i] += coef * f[k][i];
            }
          }
        }
      }
      for (int i = 0; i < n; i++) {
        double gi = grad[i] / Math.max(1, examples.size()) + l2 * (w[i] - w0[i]);
        m[i] = 0.9 * m[i] + 0.1 * gi;
        v[i] = 0.999 * v[i] + 0.001 * gi * gi;
        double mh = m[i] / (1 - Math.pow(0.9, it));
        double vh = v[i] / (1 - Math.pow(0.999, it));
        w[i] -= rate * mh / (Math.sqrt(vh) + 1e-8);
      }
    }
    return new ResolverWeights(w);
  }

  /** The examples whose right reading is among the candidates. */
  static List<Example> learnable(List<Example> examples) {
    return examples.stream().filter(e -> e.gold() >= 0).toList();
  }

  /**
   * An area reaching farther than this (the 161 km circle's diameter) is never sure: its
   * confidence is capped below {@link #SURE} in use, so the confidence model ignores it.
   */
  static final double WIDE_KM = 2 * 161;

  /** A confidence from which a reading counts as sure (as {@code eval geo} and the map say). */
  static final double SURE = GeoEval.CONFIDENT;
  /**
   * The share of sure readings that must lie within 161 km on every corpus trained on: above
   * the 0.95 the calibration line asks, because on articles not trained on the share drops
   * (0.96 in-sample gave 0.946 and 0.949 on held-out halves of LGL).
   */
  public static final double SURE_RIGHT = 0.98;

  /**
   * Learns what a reading's confidence is: a logistic model of "the chosen candidate lies
   * within 161 km of the gold point" over {@link ResolverWeights#CONFIDENCE} (the softmax share,
   * how many candidates, what the winner is), fitted on every matched toponym (also those whose
   * right reading is no candidate: the weights cannot learn from them, a confidence must own
   * them); then the steepest scale of 2, 1.9 … 0.1 under which, on every folder, at least
   * {@link #SURE_RIGHT} of the readings with a confidence of {@link #SURE} or more are right.
   * Which candidate wins does not change, only how sure it is said to be.
   */
  public static ResolverWeights calibrate(List<Example> examples, ResolverWeights w) {
    return calibrate(examples, w, SURE_RIGHT);
  }

  /** {@link #calibrate(List, ResolverWeights)} with {@code sureRight} for {@link #SURE_RIGHT}. */
  public static ResolverWeights calibrate(List<Example> examples, ResolverWeights w,
                                          double sureRight) {
    int n = examples.size();
    int m = ResolverWeights.CONFIDENCE.size();
    double[][] x = new double[n][];
    boolean[] right = new boolean[n];
    boolean[] skip = new boolean[n];
    for (int i = 0; i < n; i++) {
      Example e = examples.get(i);
      Top t = top(e, w);
      x[i] = ResolverWeights.confidenceFeatures(t.share(), e.features().length,
          e.features()[t.best()]);
      right[i] = e.near()[t.best()];
      skip[i] = e.wide()[t.best()];
    }
    double[] b = new double[m];
    for (int it = 0; it < 30; it++) { // Newton's method, a little L2 for stability
      double[] grad = new double[m];
      double[][] hess = new double[m][m];
      for (int i = 0; i < n; i++) {
        if (skip[i]) {
          continue;
        }
        double z = 0;
        for (int j = 0; j < m; j++) {
          z += b[j] * x[i][j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double r = p - (right[i] ? 1 : 0);
        double h = p * (1 - p);
        for (int j = 0; j < m; j++) {
          grad[j] += r * x[i][j];
          for (int k = 0; k < m; k++) {
            hess[j][k] += h * x[i][j] * x[i][k];
          }
        }
      }
      for (int j = 0; j < m; j++) {
        grad[j] += 1e-3 * b[j];
        hess[j][j] += 1e-3;
      }
      double[] step = solve(hess, grad);
      double moved = 0;
      for (int j = 0; j < m; j++) {
        b[j] -= step[j];
        moved += Math.abs(step[j]);
      }
      if (moved < 1e-8) {
        break;
      }
    }
    double chosen = 0.1;
    for (int step = 20; step >= 1; step--) {
      double a = step / 10.0;
      ResolverWeights c = new ResolverWeights(w.toArray(), b, a);
      java.util.Map<Path, int[]> sure = new java.util.HashMap<>();
      for (int i = 0; i < n; i++) {
        if (!skip[i] && c.confidence(x[i]) >= SURE) {
          int[] t = sure.computeIfAbsent(examples.get(i).folder(), k -> new int[2]);
          t[0]++;
          t[1] += right[i] ? 1 : 0;
        }
      }
      if (sure.values().stream().allMatch(t -> t[1] >= sureRight * t[0])) {
        chosen = a;
        break;
      }
    }
    return new ResolverWeights(w.toArray(), b, chosen);
  }

  /** Solves a x = y by Gaussian elimination with partial pivoting (a small dense system). */
  private static double[] solve(double[][] a, double[] y) {
    int n = y.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = y[i];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] out = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double v = m[r][n];
      for (int k = r + 1; k < n; k++) {
        v -= m[r][k] * out[k];
      }
      out[r] = v / m[r][r];
    }
    return out;
  }
}
