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
import org.sitrep.nlp.PlaceStage;

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
  /** One gold toponym: its candidates' features and which candidate is right. */
  public record Example(double[][] features, int gold) {}

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
        if (c == null || c.candidates().length < 2) {
          continue;
        }
        int right = right(g, c.candidates(), gold);
        if (right >= 0) {
          out.add(new Example(c.features(), right));
        }
      }
    }
    return out;
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

  /** The candidate with the gold GeoNames id, else the nearest within 161 km, else -1. */
  static int right(Gazetteer g, int[] candidates, JsonNode gold) {
    String id = gold.hasNonNull("geonameId") ? gold.path("geonameId").asText() : null;
    int nearest = -1;
    double best = 161;
    for (int k = 0; k < candidates.length; k++) {
      int c = candidates[k];
      if (id != null && id.equals(g.id(c))) {
        return k;
      }
      double km = Gazetteer.km(g.lat(c), g.lon(c), gold.path("lat").asDouble(),
          gold.path("lon").asDouble());
      if (km <= best) {
        best = km;
        nearest = k;
      }
    }
    return nearest;
  }

  /** Share of examples whose right candidate scores highest under {@code w}. */
  public static double accuracy(List<Example> examples, ResolverWeights w) {
    int right = 0;
    for (Example e : examples) {
      int best = 0;
      double top = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < e.features().length; k++) {
        double s = w.score(e.features()[k]);
        if (s > top) {
          top = s;
          best = k;
        }
      }
      right += best == e.gold() ? 1 : 0;
    }
    return examples.isEmpty() ? 0 : (double) right / examples.size();
  }

  /** Mean negative log-likelihood of the right candidates under {@code w}. */
  public static double loss(List<Example> examples, ResolverWeights w) {
    double loss = 0;
    for (Example e : examples) {
      double[] s = new double[e.features().length];
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < s.length; k++) {
        s[k] = w.score(e.features()[k]);
        max = Math.max(max, s[k]);
      }
      double z = 0;
      for (double v : s) {
        z += Math.exp(v - max);
      }
      loss += max + Math.log(z) - s[e.gold()];
    }
    return examples.isEmpty() ? 0 : loss / examples.size();
  }

  /**
   * Fits the weights from {@code start} by full-batch Adam on the mean negative log-likelihood
   * plus {@code l2}/2 times the squared weights.
   */
  public static ResolverWeights fit(List<Example> examples, ResolverWeights start, double l2,
                                    int iterations) {
    double[] w = start.toArray();
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
          double coef = p[k] / z - (k == e.gold() ? 1 : 0);
          if (coef != 0) {
            for (int i = 0; i < n; i++) {
              grad[i] += coef * f[k][i];
            }
          }
        }
      }
      for (int i = 0; i < n; i++) {
        double gi = grad[i] / Math.max(1, examples.size()) + l2 * w[i];
        m[i] = 0.9 * m[i] + 0.1 * gi;
        v[i] = 0.999 * v[i] + 0.001 * gi * gi;
        double mh = m[i] / (1 - Math.pow(0.9, it));
        double vh = v[i] / (1 - Math.pow(0.999, it));
        w[i] -= rate * mh / (Math.sqrt(vh) + 1e-8);
      }
    }
    return new ResolverWeights(w);
  }
}
