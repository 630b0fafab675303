package org.sitrep.nlp.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Json;
import org.sitrep.model.Pipeline;
import org.sitrep.model.Result;

/**
 * Learns {@link EventConfidence} ({@code sitrep train events-confidence}): every sentence is
 * annotated alone with the reader's own score, and each event that happened is an example,
 * right or wrong.
 *
 * <ul>
 *   <li>PLOVER gold records (JSON Lines with {@code text} and {@code event}): right when the
 *       event's type is the sentence's gold type. The even lines (first, third, …) are learnt
 *       from, the odd ones kept aside to report on;
 *   <li>ConfliBERT's CAMEO sentences ({@code sentence<TAB>class}, class 0 no political event,
 *       1-4 verbal cooperation, material cooperation, verbal conflict, material conflict): an
 *       event on a sentence of class 0 is wrong, on the others right when its PLOVER type
 *       belongs to the class's quad ({@link #QUADS}). All are learnt from.
 * </ul>
 */
public final class EventConfidenceTrainer {
  private EventConfidenceTrainer() {}

  /**
   * The CAMEO quad classes (1-4) each PLOVER type can code: CONCEDE and RETREAT come from
   * CAMEO's "yield" (material cooperation) and CONCEDE also from verbal concessions; REQUEST
   * from "appeal" (verbal cooperation) and "demand" (verbal conflict).
   */
  static final Map<String, Set<Integer>> QUADS = Map.ofEntries(
      Map.entry("AGREE", Set.of(1)), Map.entry("CONSULT", Set.of(1)),
      Map.entry("SUPPORT", Set.of(1)), Map.entry("CONCEDE", Set.of(1, 2)),
      Map.entry("REQUEST", Set.of(1, 3)), Map.entry("COOPERATE", Set.of(2)),
      Map.entry("AID", Set.of(2)), Map.entry("RETREAT", Set.of(2)),
      Map.entry("ACCUSE", Set.of(3)), Map.entry("REJECT", Set.of(3)),
      Map.entry("THREATEN", Set.of(3)), Map.entry("PROTEST", Set.of(4)),
      Map.entry("SANCTION", Set.of(4)), Map.entry("MOBILIZE", Set.of(4)),
      Map.entry("COERCE", Set.of(4)), Map.entry("ASSAULT", Set.of(4)));

  /**
   * One predicted event as the reader left it: where it came from, whether it is learnt from,
   * and whether it is right.
   */
  public record Example(String corpus, String id, boolean fit, Event event, boolean right) {
    /** Its {events, right} contribution to its trigger word's counts. */
    int[] own() {
      return new int[] {1, right ? 1 : 0};
    }
  }

  /** Whether a PLOVER type is right on a ConfliBERT sentence of this class. */
  static boolean rightForClass(String type, int cls) {
    return cls > 0 && QUADS.getOrDefault(type, Set.of()).contains(cls);
  }

  /**
   * Annotates both corpora with {@code pipeline} (whose event stage must keep the reader's
   * score: {@link EventConfidence#RAW}), calling {@code progress} with the count of sentences.
   */
  public static List<Example> annotate(Path plover, Path conflibert, Pipeline pipeline,
                                       IntConsumer progress) throws IOException {
    List<Example> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    int line = 0;
    for (String l : Files.readAllLines(plover, StandardCharsets.UTF_8)) {
      if (l.isBlank()) {
        continue;
      }
      JsonNode g = json.readTree(l);
      String text = g.path("text").asText("");
      if (text.isBlank() || !g.hasNonNull("event")) {
        continue;
      }
      boolean fit = line++ % 2 == 0;
      String id = g.path("id").asText("plover line " + line);
      List<Event> events = events(pipeline, id, text);
      for (Event e : events) {
        if (e.happened()) {
          out.add(new Example("plover", id, fit, e,
              e.type().equals(g.get("event").asText())));
        }
      }
      progress.accept(++n);
    }
    int row = 0;
    for (String l : Files.readAllLines(conflibert, StandardCharsets.UTF_8)) {
      row++;
      int tab = l.lastIndexOf('\t');
      if (tab < 0) {
        continue;
      }
      int cls;
      try {
        cls = Integer.parseInt(l.substring(tab + 1).trim());
      } catch (NumberFormatException e) {
        continue; // a header
      }
      String id = "conflibert line " + row;
      List<Event> events = events(pipeline, id, l.substring(0, tab));
      for (Event e : events) {
        if (e.happened()) {
          out.add(new Example("conflibert", id, true, e,
              rightForClass(e.type(), cls)));
        }
      }
      progress.accept(++n);
    }
    return out;
  }

  /** The events of one sentence annotated alone. */
  private static List<Event> events(Pipeline pipeline, String id, String text) {
    Result r = pipeline.run(Article.ofText(id, id, text, "en"));
    return r instanceof Article a ? a.layers().events() : List.of();
  }

  /** Writes examples as JSON Lines (to learn again without annotating: {@link #read}). */
  public static void write(List<Example> examples, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Example e : examples) {
        w.write(Json.line(e));
        w.write('\n');
      }
    }
  }

  /** Reads examples {@link #write} wrote. */
  public static List<Example> read(Path file) throws IOException {
    List<Example> out = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        out.add(Json.read(l, Example.class));
      }
    }
    return out;
  }

  /**
   * A logistic regression of "right" on the examples' features, by gradient descent on the mean
   * log loss plus {@code l2} times the squared weights (the bias not penalised): deterministic.
   */
  public static EventConfidence fit(List<Example> examples, double l2, int iterations) {
    Map<String, int[]> words = new TreeMap<>();
    for (Example e : examples) {
      int[] c = words.computeIfAbsent(EventConfidence.word(e.event()), k -> new int[2]);
      c[0]++;
      c[1] += e.right() ? 1 : 0;
    }
    // Each example sees its word's counts without itself, as an event of new text would.
    EventConfidence counts = new EventConfidence(Map.of(), words);
    List<Map<String, Double>> xs = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (Example e : examples) {
      Map<String, Double> x = EventConfidence.features(e.event(),
          counts.wordEvidence(EventConfidence.word(e.event()), e.own()));
      xs.add(x);
      names.addAll(x.keySet());
    }
    List<String> features = new ArrayList<>(names);
    int k = features.size();
    double[][] x = new double[examples.size()][k];
    double[] y = new double[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      for (int j = 0; j < k; j++) {
        x[i][j] = xs.get(i).getOrDefault(features.get(j), 0.0);
      }
      y[i] = examples.get(i).right() ? 1 : 0;
    }
    int bias = features.indexOf("bias");
    double[] w = new double[k];
    double[] m = new double[k];
    double[] v = new double[k];
    double rate = 0.05;
    for (int it = 1; it <= iterations; it++) {
      double[] grad = new double[k];
      for (int i = 0; i < x.length; i++) {
        double z = 0;
        for (int j = 0; j < k; j++) {
          z += w[j] * x[i][j];
        }
        double err = 1 / (1 + Math.exp(-z)) - y[i];
        for (int j = 0; j < k; j++) {
          grad[j] += err * x[i][j] / x.length;
        }
      }
      for (int j = 0; j < k; j++) {
        if (j != bias) {
          grad[j] += 2 * l2 * w[j];
        }
        m[j] = 0.9 * m[j] + 0.1 * grad[j];
        v[j] = 0.999 * v[j] + 0.001 * grad[j] * grad[j];
        double mh = m[j] / (1 - Math.pow(0.9, it));
        double vh = v[j] / (1 - Math.pow(0.999, it));
        w[j] -= rate * mh / (Math.sqrt(vh) + 1e-8);
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int j = 0; j < k; j++) {
      weights.put(features.get(j), Math.round(w[j] * 10000) / 10000.0);
    }
    return new EventConfidence(weights, words);
  }

  /**
   * The calibration table of {@code model} (null: the reader's score) on some examples; those
   * it learnt from scored without their own trigger-word counts (as in fitting).
   */
  public static List<EventConfidence.Row> table(List<Example> examples, EventConfidence model) {
    List<Double> c = new ArrayList<>();
    List<Boolean> r = new ArrayList<>();
    for (Example e : examples) {
      c.add(model == null ? e.event().confidence()
          : model.of(e.event(), e.fit() ? e.own() : new int[2]));
      r.add(e.right());
    }
    return EventConfidence.table(c, r);
  }

  /** Writes the weights with {@code header} lines as comments. */
  public static void write(EventConfidence model, Path file, List<String> header)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String h : header) {
        w.write("# " + h + "\n");
      }
      w.write("# feature\tweight\n");
      for (Map.Entry<String, Double> e : model.weights().entrySet()) {
        w.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
      }
      w.write("# word\ttrigger\tevents\tright (how often events of the trigger word were right)\n");
      for (Map.Entry<String, int[]> e : model.words().entrySet()) {
        w.write("word\t" + e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
      }
    }
  }
}
