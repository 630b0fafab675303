package org.sitrep.nlp.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Event;

/**
 * An event's confidence as the chance that it is right: a logistic model over what the reader
 * found (its own score, whether there is an actor, a recipient, a named or country actor, a
 * claimant, several sentences, an ACLED reading, counts, the PLOVER type, and how often events
 * of its trigger word were right in the training data: {@link #wordEvidence}), learnt by
 * {@code sitrep train events-confidence} ({@link EventConfidenceTrainer}) from sentences with
 * gold events and sentences with none, and shipped as {@code events/event-confidence.tsv}.
 * {@code -Dsitrep.events.confidence=FILE} uses other weights; {@code =raw} keeps the reader's
 * score (what the trainer learns from).
 */
public final class EventConfidence {
  /** The shipped weights' resource. */
  public static final String RESOURCE = "/org/sitrep/nlp/events/event-confidence.tsv";

  /** The reader's own score, unchanged. */
  public static final EventConfidence RAW = new EventConfidence(null, null);

  private static volatile EventConfidence shipped;

  /** Pseudo-events at the overall rate that a trigger word's counts are shrunk towards. */
  static final double WORD_PRIOR_EVENTS = 4;

  /** Feature name to weight; null for {@link #RAW}. */
  private final Map<String, Double> weights;

  /** Trigger word (lower case) to {events, right} in the training data. */
  private final Map<String, int[]> words;

  /** The share of right events over all trigger words' counts. */
  private final double wordRate;

  EventConfidence(Map<String, Double> weights, Map<String, int[]> words) {
    this.weights = weights == null ? null
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    this.words = words == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(words));
    int n = 0;
    int right = 0;
    for (int[] c : this.words.values()) {
      n += c[0];
      right += c[1];
    }
    this.wordRate = n == 0 ? 0.5 : Math.min(0.99, Math.max(0.01, (double) right / n));
  }

  /** The weights in use: {@code -Dsitrep.events.confidence} (a file, or raw), else the shipped ones. */
  public static EventConfidence get() {
    String p = System.getProperty("sitrep.events.confidence");
    if (p != null && !p.isBlank()) {
      if (p.equals("raw")) {
        return RAW;
      }
      try (BufferedReader r = Files.newBufferedReader(Path.of(p), StandardCharsets.UTF_8)) {
        return read(r, p);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read -Dsitrep.events.confidence=" + p, e);
      }
    }
    EventConfidence s = shipped;
    if (s == null) {
      try (InputStream in = EventConfidence.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        s = read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shipped = s;
    }
    return s;
  }

  /**
   * Reads {@code feature<TAB>weight} lines and {@code word<TAB>trigger<TAB>events<TAB>right}
   * lines; {@code #} starts a comment.
   */
  static EventConfidence read(BufferedReader r, String name) throws IOException {
    Map<String, Double> w = new LinkedHashMap<>();
    Map<String, int[]> words = new LinkedHashMap<>();
    int n = 0;
    for (String l = r.readLine(); l != null; l = r.readLine()) {
      n++;
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t");
      try {
        if (f[0].equals("word") && f.length == 4) {
          words.put(f[1], new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])});
        } else if (f.length == 2) {
          w.put(f[0], Double.parseDouble(f[1]));
        } else {
          throw new IOException(name + ":" + n
              + ": expected feature<TAB>weight or word<TAB>trigger<TAB>events<TAB>right: " + l);
        }
      } catch (NumberFormatException e) {
        throw new IOException(name + ":" + n + ": not a number: " + l);
      }
    }
    return new EventConfidence(w, words);
  }

  /** The weights, feature by feature (empty for {@link #RAW}). */
  public Map<String, Double> weights() {
    return weights == null ? Map.of() : weights;
  }

  /** The trigger words' {events, right} counts. */
  Map<String, int[]> words() {
    return words;
  }

  /** The event's trigger word, lower case ("" without evidence). */
  static String word(Event e) {
    return e.evidence().isEmpty() || e.evidence().get(0).triggerText() == null ? ""
        : e.evidence().get(0).triggerText().toLowerCase(Locale.ROOT).strip();
  }

  /**
   * How much more (or less) often than overall the events of this trigger word were right, as
   * a difference of log-odds, the word's counts shrunk towards the overall rate by
   * {@link #WORD_PRIOR_EVENTS}: 0 for a word never seen. {@code leaveOut} removes one event
   * ({events, right}) from the counts, so the trainer scores an example without itself.
   */
  double wordEvidence(String word, int[] leaveOut) {
    int[] c = words.get(word);
    if (c == null) {
      return 0;
    }
    double n = c[0] - leaveOut[0];
    double right = c[1] - leaveOut[1];
    double p = (right + WORD_PRIOR_EVENTS * wordRate) / (n + WORD_PRIOR_EVENTS);
    return Math.log(p / (1 - p)) - Math.log(wordRate / (1 - wordRate));
  }

  /**
   * What the model sees of an event as the reader left it, with its trigger word's evidence
   * ({@link #wordEvidence}): feature name to value.
   */
  static Map<String, Double> features(Event e, double wordEvidence) {
    Map<String, Double> x = new LinkedHashMap<>();
    x.put("bias", 1.0);
    x.put("reader", e.confidence());
    x.put("actor", flag(!e.actors().isEmpty()));
    x.put("recipient", flag(!e.recipients().isEmpty()));
    x.put("actor-country", flag(e.actors().stream().anyMatch(a -> a.country() != null)));
    x.put("actor-entity", flag(e.actors().stream().anyMatch(a -> a.entity() != null)));
    x.put("recipient-country", flag(e.recipients().stream().anyMatch(a -> a.country() != null)));
    x.put("claimed", flag(!e.claimedBy().isEmpty()));
    x.put("sentences", flag(e.evidence().size() > 1));
    x.put("acled", flag(e.acled() != null));
    x.put("counts", flag(!e.counts().isEmpty()));
    x.put("mode", flag(e.mode() != null));
    x.put("place", flag(e.place() != null));
    x.put("word", wordEvidence);
    x.put("type:" + e.type(), 1.0);
    return x;
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }

  /** The model's score for features {@code x}: the logistic of the weighted sum. */
  double score(Map<String, Double> x) {
    double z = 0;
    for (Map.Entry<String, Double> f : x.entrySet()) {
      z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** What the model sees of an event. */
  Map<String, Double> features(Event e) {
    return features(e, wordEvidence(word(e), new int[2]));
  }

  /** The event's confidence under this model, rounded to three decimals. */
  public double of(Event e) {
    return of(e, new int[2]);
  }

  /**
   * The same, the counts {@code leaveOut} (right, all) taken out of its trigger word's evidence:
   * an event scored as in fitting, without its own counts.
   */
  public double of(Event e, int[] leaveOut) {
    if (weights == null) {
      return e.confidence();
    }
    return Math.round(score(features(e, wordEvidence(word(e), leaveOut))) * 1000) / 1000.0;
  }

  /** An article's events with this model's confidence. */
  public List<Event> apply(List<Event> events) {
    if (weights == null) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(new Event(e.id(), e.type(), e.mode(), e.acled(), e.actors(), e.recipients(),
          e.place(), e.date(), e.counts(), e.evidence(), e.claimedBy(), e.status(),
          of(e)));
    }
    return out;
  }

  /** One row of a calibration table: events at or above a threshold and how many were right. */
  public record Row(double threshold, int events, int right) {
    public double share() {
      return events == 0 ? 0 : (double) right / events;
    }
  }

  /** The thresholds a calibration table reports. */
  public static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9};

  /** A calibration table over (confidence, right) pairs. */
  public static List<Row> table(List<Double> confidence, List<Boolean> right) {
    List<Row> rows = new ArrayList<>();
    for (double t : THRESHOLDS) {
      int n = 0;
      int ok = 0;
      for (int i = 0; i < confidence.size(); i++) {
        if (confidence.get(i) >= t) {
          n++;
          ok += right.get(i) ? 1 : 0;
        }
      }
      rows.add(new Row(t, n, ok));
    }
    return rows;
  }

  /** A table as text lines: "confidence >= 0.8   123 events   0.911 right". */
  public static List<String> format(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(String.format(Locale.ROOT, "  >= %.1f  %5d events  %s right", r.threshold(),
          r.events(), r.events() == 0 ? "  -  " : String.format(Locale.ROOT, "%.3f", r.share())));
    }
    return out;
  }
}
