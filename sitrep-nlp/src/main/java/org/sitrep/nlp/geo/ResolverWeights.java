package org.sitrep.nlp.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The place resolver's weights: a candidate's score is the dot product of its features
 * ({@link #FEATURES}, computed by {@code PlaceStage}) with these weights, and the candidates'
 * softmax is the resolution's confidence. The bundled weights ({@code resolver-weights.tsv})
 * are learnt by {@code sitrep train places} ({@link ResolverTrainer}); {@link #HAND} are the
 * hand-set values they replaced, kept as the trainer's starting point.
 */
public final class ResolverWeights {
  /** Feature names, in vector order; docs/design-notes.md says what each means. */
  public static final List<String> FEATURES = List.of(
      "continent", "country", "region", "district", "water", "land_area", "airport",
      "capital", "admin_seat", "admin2_seat", "town_log_pop", "district_log_pop",
      "alternate_name_only", "country_share", "in_named_region", "container_in",
      "container_out", "town_named_like_country", "home_region", "home_country", "home_near",
      "anchor_300km", "anchor_800km", "abbreviation_spelled_out", "site_domain_country",
      "anchor_same_region", "region_log_pop");

  public static final int CONTINENT = 0;
  public static final int COUNTRY = 1;
  public static final int REGION = 2;
  public static final int DISTRICT = 3;
  public static final int WATER = 4;
  public static final int LAND_AREA = 5;
  public static final int AIRPORT = 6;
  public static final int CAPITAL = 7;
  public static final int ADMIN_SEAT = 8;
  public static final int ADMIN2_SEAT = 9;
  public static final int TOWN_LOG_POP = 10;
  public static final int DISTRICT_LOG_POP = 11;
  public static final int ALTERNATE_ONLY = 12;
  public static final int COUNTRY_SHARE = 13;
  public static final int IN_NAMED_REGION = 14;
  public static final int CONTAINER_IN = 15;
  public static final int CONTAINER_OUT = 16;
  public static final int TOWN_LIKE_COUNTRY = 17;
  public static final int HOME_REGION = 18;
  public static final int HOME_COUNTRY = 19;
  public static final int HOME_NEAR = 20;
  public static final int ANCHOR_300 = 21;
  public static final int ANCHOR_800 = 22;
  public static final int SPELLED_OUT = 23;
  public static final int DOMAIN_COUNTRY = 24;
  public static final int ANCHOR_REGION = 25;
  public static final int REGION_LOG_POP = 26;

  /**
   * The hand-set weights of the resolver before they were learnt (sessions 4 to 9); the
   * features added since start at 0.
   */
  public static final ResolverWeights HAND = new ResolverWeights(new double[] {
      6.5, 6, 5, 1.5, 5, 5, 3, 1.5, 1.0, 0.5, 0.7, 0.3, -2.0, 2.0, 1.5, 5, -3, -5, 3.0, 1.0,
      1.5, 2, 1, -1.0, 1.0, 1.0, 0});

  private static volatile ResolverWeights bundled;

  private final double[] w;
  /** The confidence model's coefficients over {@link #CONFIDENCE}, or null: the share itself. */
  private final double[] conf;
  /** How steep the confidence is: sigmoid(scale · conf · x). */
  private final double scale;

  /** What the confidence of a reading is computed from (a logistic model, see below). */
  public static final List<String> CONFIDENCE = List.of("bias", "logit_share",
      "single_candidate", "log_candidates", "town", "town_log_pop", "alternate_name_only",
      "container_in", "anchor_300km", "home_region");

  public ResolverWeights(double[] w) {
    this(w, null, 1);
  }

  public ResolverWeights(double[] w, double[] conf, double scale) {
    if (w.length != FEATURES.size()) {
      throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got "
          + w.length);
    }
    if (conf != null && conf.length != CONFIDENCE.size()) {
      throw new IllegalArgumentException("expected " + CONFIDENCE.size()
          + " confidence coefficients, got " + conf.length);
    }
    this.w = w.clone();
    this.conf = conf == null ? null : conf.clone();
    this.scale = scale;
  }

  /**
   * The shipped, learnt weights, or those of the file the system property
   * {@code sitrep.places.weights} names (weights trained on one's own corpus).
   */
  public static ResolverWeights bundled() {
    ResolverWeights b = bundled;
    if (b == null) {
      synchronized (ResolverWeights.class) {
        b = bundled;
        if (b == null) {
          String file = System.getProperty("sitrep.places.weights");
          try (InputStream in = file != null ? Files.newInputStream(Path.of(file))
              : ResolverWeights.class.getResourceAsStream("resolver-weights.tsv")) {
            b = in == null ? HAND : read(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          bundled = b;
        }
      }
    }
    return b;
  }

  /**
   * Reads "feature TAB weight" lines ('#' comments); every feature must be given. Lines
   * "confidence:NAME TAB value" give the confidence model, "confidence_scale" its steepness.
   */
  public static ResolverWeights read(InputStream in) throws IOException {
    double[] w = new double[FEATURES.size()];
    boolean[] seen = new boolean[w.length];
    double[] conf = null;
    double scale = 1;
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      double v = Double.parseDouble(f[1]);
      if (f[0].equals("confidence_scale")) {
        scale = v;
        continue;
      }
      if (f[0].startsWith("confidence:")) {
        int i = CONFIDENCE.indexOf(f[0].substring("confidence:".length()));
        if (i < 0) {
          throw new IOException("unknown confidence feature " + f[0]);
        }
        conf = conf == null ? new double[CONFIDENCE.size()] : conf;
        conf[i] = v;
        continue;
      }
      int i = FEATURES.indexOf(f[0]);
      if (i < 0) {
        throw new IOException("unknown resolver feature " + f[0]);
      }
      w[i] = v;
      seen[i] = true;
    }
    for (int i = 0; i < w.length; i++) {
      if (!seen[i]) {
        throw new IOException("no weight for resolver feature " + FEATURES.get(i));
      }
    }
    return new ResolverWeights(w, conf, scale);
  }

  public static ResolverWeights read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Writes the weights with {@code header} lines as comments. */
  public void write(Path file, List<String> header) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String h : header) {
        out.write("# " + h + "\n");
      }
      for (int i = 0; i < w.length; i++) {
        out.write(FEATURES.get(i) + "\t" + String.format(java.util.Locale.ROOT, "%.4f", w[i])
            + "\n");
      }
      if (conf != null) {
        for (int i = 0; i < conf.length; i++) {
          out.write("confidence:" + CONFIDENCE.get(i) + "\t"
              + String.format(java.util.Locale.ROOT, "%.4f", conf[i]) + "\n");
        }
      }
      out.write(String.format(java.util.Locale.ROOT, "confidence_scale\t%.4f%n", scale));
    }
  }

  public double scale() {
    return scale;
  }

  /** The confidence model's coefficients over {@link #CONFIDENCE}, or null when none is learnt. */
  public double[] confidenceModel() {
    return conf == null ? null : conf.clone();
  }

  /**
   * The confidence features of a reading: the best candidate's softmax share, how many
   * candidates there were and the best one's resolver features ({@link #FEATURES}).
   */
  public static double[] confidenceFeatures(double share, int candidates, double[] best) {
    double[] x = new double[CONFIDENCE.size()];
    x[0] = 1;
    x[1] = logit(share);
    x[2] = candidates == 1 ? 1 : 0;
    x[3] = Math.log10(candidates);
    boolean town = best[COUNTRY] + best[CONTINENT] + best[REGION] + best[DISTRICT] + best[WATER]
        + best[LAND_AREA] + best[AIRPORT] == 0;
    x[4] = town ? 1 : 0;
    x[5] = best[TOWN_LOG_POP];
    x[6] = best[ALTERNATE_ONLY];
    x[7] = best[CONTAINER_IN] > 0 ? 1 : 0;
    x[8] = best[ANCHOR_300];
    x[9] = best[HOME_REGION];
    return x;
  }

  /**
   * The confidence of a reading with confidence features {@code x}: sigmoid(scale · conf · x)
   * once the model is learnt (the chance it lies within 161 km, made steep or flat so that
   * readings of 0.8 or more are right as often as {@code eval geo}'s calibration line asks),
   * else the share itself, made steeper or flatter by the scale.
   */
  public double confidence(double[] x) {
    if (conf == null) {
      return 1 / (1 + Math.exp(-scale * x[1]));
    }
    double z = 0;
    for (int i = 0; i < x.length; i++) {
      z += conf[i] * x[i];
    }
    return 1 / (1 + Math.exp(-scale * z));
  }

  static double logit(double p) {
    double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
    return Math.log(q / (1 - q));
  }

  public double weight(int feature) {
    return w[feature];
  }

  public double[] toArray() {
    return w.clone();
  }

  /** The score of a candidate with features {@code f}. */
  public double score(double[] f) {
    double s = 0;
    for (int i = 0; i < f.length; i++) {
      s += w[i] * f[i];
    }
    return s;
  }
}
