package org.sitrep.nlp.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Pipeline;
import org.sitrep.model.Result;

/**
 * {@code sitrep eval events FILE}: scores the events layer on sentence-level gold in the format
 * of the PLOVER gold-standard records (one JSON object per line: {@code text}, {@code event},
 * {@code actor[]} and {@code recipient[]} with {@code text} and {@code code}). Each sentence is
 * annotated alone; its events that happened are matched one-to-one with the gold event, so a
 * prediction beyond the gold is a false positive.
 *
 * <ul>
 *   <li>type: the predicted type equals the gold one;
 *   <li>type+actor: and the actors match (every gold actor is matched by a predicted one and
 *       every predicted one by a gold one; none and none match);
 *   <li>full (who did what to whom): and the recipients match the same way.
 * </ul>
 *
 * An argument matches when the two spans share a head word (the last word before "of", "in",
 * "at", "for", "from" or a comma, compared case-insensitively with the other span's words).
 * Actor country accuracy counts gold actors with a three-letter country code that a predicted
 * actor of a type-matched event matches, and how many of those got the same code.
 *
 * <p>A calibration table ({@link EventConfidence#table}): for each threshold, how many predicted
 * events (that happened, on lines with a gold event) have at least that confidence and the share
 * of them whose type is the gold type.
 *
 * <p>Lines with an ACLED label ({@code sub_event_type}, or {@code acled.subEventType}) are
 * scored on the ACLED sub-event type of the first event that happened ("none" when there is
 * none): accuracy, support-weighted F1 over the gold sub-types, and coverage (the share of those
 * lines given any sub-event type).
 */
public final class EventEval {
  private final Pipeline pipeline;

  public EventEval(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Precision, recall and F1 from counts. */
  public record Prf(int tp, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) tp / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) tp / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** One scored sentence, for the mistakes listing. */
  public record Line(String id, String text, String gold, String predicted, boolean typeOk,
                     boolean fullOk) {}

  public record Summary(int sentences, Prf type, Prf typeActor, Prf full, int countryGold,
                        int countryRight, int acledLines, double acledAccuracy,
                        double acledWeightedF1, Map<String, Prf> perType, List<Line> lines,
                        List<EventConfidence.Row> calibration, double acledCoverage) {
    public double countryAccuracy() {
      return countryGold == 0 ? 0 : (double) countryRight / countryGold;
    }
  }

  public Summary run(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    int sentences = 0;
    int tpType = 0;
    int tpActor = 0;
    int tpFull = 0;
    int predicted = 0;
    int gold = 0;
    int countryGold = 0;
    int countryRight = 0;
    Map<String, int[]> perType = new TreeMap<>(); // tp, predicted, gold
    List<String[]> acled = new ArrayList<>(); // gold, predicted
    List<Line> lines = new ArrayList<>();
    List<Double> confidence = new ArrayList<>();
    List<Boolean> right = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file)) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (l.isBlank()) {
          continue;
        }
        JsonNode g = json.readTree(l);
        String text = g.path("text").asText(g.path("notes").asText(""));
        if (text.isBlank()) {
          continue;
        }
        sentences++;
        String id = g.path("id").asText("line " + sentences);
        List<Event> events = happened(annotate(id, text));
        String acledGold = g.hasNonNull("sub_event_type") ? g.get("sub_event_type").asText()
            : g.path("acled").hasNonNull("subEventType")
            ? g.path("acled").get("subEventType").asText() : null;
        if (acledGold != null) {
          String p = "none";
          for (Event e : events) {
            if (e.acled() != null) {
              p = e.acled().subEventType();
              break;
            }
          }
          acled.add(new String[] {acledGold, p});
          if (!acledGold.equalsIgnoreCase(p) && !g.hasNonNull("event")) {
            lines.add(new Line(id, text, "ACLED " + acledGold, "ACLED " + p + " " + describe(events),
                false, false));
          }
        }
        String goldType = g.hasNonNull("event") ? g.get("event").asText() : null;
        if (goldType == null) {
          continue;
        }
        gold++;
        predicted += events.size();
        perType.computeIfAbsent(goldType, k -> new int[3])[2]++;
        for (Event e : events) {
          perType.computeIfAbsent(e.type(), k -> new int[3])[1]++;
          confidence.add(e.confidence());
          right.add(e.type().equals(goldType));
        }
        List<String> goldActors = texts(g.path("actor"));
        List<String> goldRecipients = texts(g.path("recipient"));
        boolean typeOk = false;
        boolean actorOk = false;
        boolean fullOk = false;
        Event matched = null;
        for (Event e : events) {
          if (!e.type().equals(goldType)) {
            continue;
          }
          boolean a = sameArguments(goldActors, names(e.actors()));
          boolean f = a && sameArguments(goldRecipients, names(e.recipients()));
          int rank = (f ? 3 : a ? 2 : 1);
          int best = matched == null ? 0 : (fullOk ? 3 : actorOk ? 2 : 1);
          if (rank > best) {
            matched = e;
            typeOk = true;
            actorOk = a;
            fullOk = f;
          }
        }
        if (typeOk) {
          tpType++;
          perType.get(goldType)[0]++;
        }
        tpActor += actorOk ? 1 : 0;
        tpFull += fullOk ? 1 : 0;
        if (matched != null) {
          for (JsonNode ga : g.path("actor")) {
            String code = ga.path("code").asText("");
            if (code.length() != 3 || Set.of("IGO", "NGO", "MNC", "ISM", "UNO").contains(code)) {
              continue;
            }
            for (Event.Actor pa : matched.actors()) {
              if (sameHead(ga.path("text").asText(), pa.name())) {
                countryGold++;
                countryRight += code.equals(pa.country()) ? 1 : 0;
                break;
              }
            }
          }
        }
        lines.add(new Line(id, text, goldType + " " + goldActors + " → " + goldRecipients,
            describe(events), typeOk, fullOk));
      }
    }
    Map<String, Prf> types = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : perType.entrySet()) {
      types.put(e.getKey(), new Prf(e.getValue()[0], e.getValue()[1], e.getValue()[2]));
    }
    double[] ac = acledScores(acled);
    return new Summary(sentences, new Prf(tpType, predicted, gold),
        new Prf(tpActor, predicted, gold), new Prf(tpFull, predicted, gold), countryGold,
        countryRight, acled.size(), ac[0], ac[1], types, lines,
        EventConfidence.table(confidence, right), acledCoverage(acled));
  }

  private List<Event> happened(Article a) {
    List<Event> out = new ArrayList<>();
    if (a == null) {
      return out;
    }
    for (Event e : a.layers().events()) {
      if (e.happened()) {
        out.add(e);
      }
    }
    return out;
  }

  private Article annotate(String id, String text) {
    Result r = pipeline.run(Article.ofText(id, id, text, "en"));
    return r instanceof Article a ? a : null;
  }

  private static String describe(List<Event> events) {
    StringBuilder sb = new StringBuilder();
    for (Event e : events) {
      sb.append(sb.length() == 0 ? "" : "; ").append(e.type()).append(' ')
          .append(names(e.actors())).append(" → ").append(names(e.recipients()));
    }
    return sb.length() == 0 ? "(none)" : sb.toString();
  }

  private static List<String> texts(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : arr) {
      String t = n.path("text").asText("");
      if (!t.isBlank()) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<String> names(List<Event.Actor> actors) {
    List<String> out = new ArrayList<>();
    for (Event.Actor a : actors) {
      if (a.name() != null) {
        out.add(a.name());
      }
    }
    return out;
  }

  /** Both directions: each gold argument has a predicted match and each predicted one a gold. */
  static boolean sameArguments(List<String> gold, List<String> predicted) {
    for (String g : gold) {
      if (predicted.stream().noneMatch(p -> sameHead(g, p))) {
        return false;
      }
    }
    for (String p : predicted) {
      if (gold.stream().noneMatch(g -> sameHead(g, p))) {
        return false;
      }
    }
    return true;
  }

  /** Two spans share a head word: either's head is one of the other's words. */
  static boolean sameHead(String a, String b) {
    List<String> wa = words(a);
    List<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    return wb.contains(head(wa)) || wa.contains(head(wb));
  }

  private static final Set<String> STOP = Set.of("of", "in", "at", "for", "from", ",", "on",
      "to", "with", "who", "that");

  static String head(List<String> words) {
    String last = words.get(0);
    for (String w : words) {
      if (STOP.contains(w)) {
        break;
      }
      last = w;
    }
    return last;
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "")
        .split("[^\\p{L}\\p{N},.]+|(?<=,)|(?=,)")) {
      w = w.replaceAll("^[.-]+|[.]+$", "");
      if (!w.isEmpty() && !w.equals("the") && !w.equals("...")) {
        out.add(w);
      }
    }
    return out;
  }

  /** The share of {gold, predicted} pairs whose prediction is a sub-event type (not "none"). */
  static double acledCoverage(List<String[]> pairs) {
    if (pairs.isEmpty()) {
      return 0;
    }
    return (double) pairs.stream().filter(p -> !"none".equals(p[1])).count() / pairs.size();
  }

  /** Accuracy and support-weighted F1 over the gold labels of {gold, predicted} pairs. */
  static double[] acledScores(List<String[]> pairs) {
    if (pairs.isEmpty()) {
      return new double[] {0, 0};
    }
    Set<String> labels = new HashSet<>();
    int right = 0;
    for (String[] p : pairs) {
      labels.add(p[0]);
      right += p[0].equalsIgnoreCase(p[1]) ? 1 : 0;
    }
    double weighted = 0;
    for (String label : labels) {
      int tp = 0;
      int pred = 0;
      int support = 0;
      for (String[] p : pairs) {
        boolean g = p[0].equalsIgnoreCase(label);
        boolean q = p[1].equalsIgnoreCase(label);
        tp += g && q ? 1 : 0;
        pred += q ? 1 : 0;
        support += g ? 1 : 0;
      }
      weighted += support * new Prf(tp, pred, support).f1();
    }
    return new double[] {(double) right / pairs.size(), weighted / pairs.size()};
  }
}
