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
  /** Feature names, in vector order; ARCHITECTURE.md says what each means. */
  public static final List<String> FEATURES = List.of(
      "continent", "country", "region", "district", "water", "land_area", "airport",
      "capital", "admin_seat", "admin2_seat", "town_log_pop", "district_log_pop",
      "alternate_name_only", "country_share", "in_named_region", "container_in",
      "container_out", "town_named_like_country", "home_region", "home_country", "home_near",
      "anchor_300km", "anchor_800km", "abbreviation_spelled_out");

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

  /** The hand-set weights of the resolver before they were learnt (sessions 4 to 9). */
  public static final ResolverWeights HAND = new ResolverWeights(new double[] {
      6.5, 6, 5, 1.5, 5, 5, 3, 1.5, 1.0, 0.5, 0.7, 0.3, -2.0, 2.0, 1.5, 5, -3, -5, 3.0, 1.0,
      1.5, 2, 1, -1.0});

  private static volatile ResolverWeights bundled;

  private final double[] w;

  public ResolverWeights(double[] w) {
    if (w.length != FEATURES.size()) {
      throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got "
          + w.length);
    }
    this.w = w.clone();
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

  /** Reads "feature TAB weight" lines ('#' comments); every feature must be given. */
  public static ResolverWeights read(InputStream in) throws IOException {
    double[] w = new double[FEATURES.size()];
    boolean[] seen = new boolean[w.length];
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      int i = FEATURES.indexOf(f[0]);
      if (i < 0) {
        throw new IOException("unknown resolver feature " + f[0]);
      }
      w[i] = Double.parseDouble(f[1]);
      seen[i] = true;
    }
    for (int i = 0; i < w.length; i++) {
      if (!seen[i]) {
        throw new IOException("no weight for resolver feature " + FEATURES.get(i));
      }
    }
    return new ResolverWeights(w);
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
    }
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
