package org.sitrep.nlp.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Pipeline;
import org.sitrep.model.Result;

/**
 * {@code sitrep eval police FILE}: sentence-level scores for police reporting. Each line of the
 * file is one sentence ({@code text}) with gold flags {@code arrest}, {@code killing},
 * {@code force} and {@code police_actor}, and a {@code half} ("A", "B"); each sentence is
 * annotated alone and scored per half, beside a keyword list scored on the same sentences.
 *
 * <p>A sentence is positive for Sitrep in a class when one of its events that happened is:
 *
 * <ul>
 *   <li>arrest: of PLOVER mode "arrest" or "detain", or of ACLED sub-event "Arrests";
 *   <li>police-actor: such an arrest with an actor of a security sector (COP police, MIL armed
 *       forces, SPY intelligence); gold: {@code arrest} and {@code police_actor};
 *   <li>killing: with a "dead" count above zero, or an ASSAULT whose trigger kills ("killed",
 *       "murdered", "slain", "shot dead", "stabbed to death", "assassinated", "gunned down",
 *       "homicide") or is told so by the words beside it ("fatally shot", "shot him dead", "died
 *       after being shot", "died of gunshot wounds");
 *   <li>force: an ASSAULT (shooting, beating, a Taser, tear gas: PLOVER's ASSAULT modes) with an
 *       actor of a security sector. PLOVER's COERCE modes (seize, restrict, ban, curfew, arrest,
 *       deport) are no use of force: police confiscating drugs is not force.
 * </ul>
 *
 * The keyword list ({@link #KEYWORDS}) marks a sentence positive when it holds one of the class's
 * words, case-insensitively; police-actor needs an arrest word and a police word.
 */
public final class PoliceEval {
  /** The classes, in print order. */
  public static final List<String> CLASSES = List.of("arrest", "police-actor", "killing", "force");

  /** The keyword baseline, one pattern a class (whole words, case-insensitive). */
  public static final Map<String, Pattern> KEYWORDS = keywords();

  private static final Pattern POLICE = words("police|policemen|policeman|officers?|deput(y|ies)"
      + "|troopers?|sheriff'?s?|agents?|detectives?");
  private static final Pattern KILL_TRIGGER = words("kill\\w*|murder\\w*|slay\\w*|slain"
      + "|assassinat\\w*|shot dead|to death|gunned down|homicides?");
  /** A word before a trigger that makes it a killing: "fatally shot", "mortally wounded". */
  private static final Pattern FATAL_BEFORE = Pattern.compile("\\b(fatally|mortally)\\W*$",
      Pattern.CASE_INSENSITIVE);
  /** Words after a trigger that make it a killing: "stabbed to death", "shot him dead". */
  private static final Pattern FATAL_AFTER = Pattern.compile(
      "^\\W*(\\w+\\W+)?(to death|dead)\\b", Pattern.CASE_INSENSITIVE);
  /** "died after being shot", "died of gunshot wounds", "died from stab wounds". */
  private static final Pattern DIED_OF = Pattern.compile("^\\W*(after|of|from)\\W+(\\w+\\W+){0,4}?"
      + "(shot|stabbed|beaten|attacked|assaulted|strangled|gunshot|stab|knife|bullet)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DIE = words("died|dies|die|dying");
  private static final Set<String> SECURITY = Set.of("COP", "MIL", "SPY");

  private final Pipeline pipeline;

  public PoliceEval(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** One sentence: its gold classes, Sitrep's and the keyword list's. */
  public record Line(String id, String half, String text, Set<String> gold, Set<String> sitrep,
                     Set<String> keywords, String events) {}

  /** One half's scores, per class. */
  public record Half(int sentences, Map<String, EventEval.Prf> sitrep,
                     Map<String, EventEval.Prf> keywords) {}

  public record Summary(Map<String, Half> halves, List<Line> lines) {}

  public Summary run(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Line> lines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file)) {
      int n = 0;
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (l.isBlank()) {
          continue;
        }
        JsonNode g = json.readTree(l);
        String text = g.path("text").asText("");
        if (text.isBlank()) {
          continue;
        }
        n++;
        String id = g.path("id").asText("line " + n);
        Set<String> gold = new LinkedHashSet<>();
        if (g.path("arrest").asBoolean()) {
          gold.add("arrest");
          if (g.path("police_actor").asBoolean()) {
            gold.add("police-actor");
          }
        }
        if (g.path("killing").asBoolean()) {
          gold.add("killing");
        }
        if (g.path("force").asBoolean()) {
          gold.add("force");
        }
        List<Event> events = happened(id, text);
        lines.add(new Line(id, g.path("half").asText("all"), text, gold, classes(events, text),
            keywordClasses(text), describe(events)));
      }
    }
    return new Summary(score(lines), lines);
  }

  /** Scores per half, in the halves' order ("A", "B", …). */
  static Map<String, Half> score(List<Line> lines) {
    Map<String, List<Line>> byHalf = new TreeMap<>();
    for (Line l : lines) {
      byHalf.computeIfAbsent(l.half(), k -> new ArrayList<>()).add(l);
    }
    Map<String, Half> out = new LinkedHashMap<>();
    for (var e : byHalf.entrySet()) {
      Map<String, EventEval.Prf> s = new LinkedHashMap<>();
      Map<String, EventEval.Prf> k = new LinkedHashMap<>();
      for (String c : CLASSES) {
        s.put(c, prf(e.getValue(), c, Line::sitrep));
        k.put(c, prf(e.getValue(), c, Line::keywords));
      }
      out.put(e.getKey(), new Half(e.getValue().size(), s, k));
    }
    return out;
  }

  private static EventEval.Prf prf(List<Line> lines, String c,
                                   java.util.function.Function<Line, Set<String>> system) {
    int tp = 0;
    int predicted = 0;
    int gold = 0;
    for (Line l : lines) {
      boolean g = l.gold().contains(c);
      boolean p = system.apply(l).contains(c);
      tp += g && p ? 1 : 0;
      predicted += p ? 1 : 0;
      gold += g ? 1 : 0;
    }
    return new EventEval.Prf(tp, predicted, gold);
  }

  /** The classes Sitrep's events that happened give a sentence. */
  static Set<String> classes(List<Event> events) {
    return classes(events, null);
  }

  /**
   * The classes Sitrep's events that happened give the sentence {@code text} (null: the
   * triggers' words alone): an ASSAULT kills when its trigger does ("murdered", "gunned down")
   * or the words around it say so ("fatally shot", "stabbed to death", "died after being
   * shot").
   */
  static Set<String> classes(List<Event> events, String text) {
    Set<String> out = new LinkedHashSet<>();
    for (Event e : events) {
      boolean arrest = "arrest".equals(e.mode()) || "detain".equals(e.mode())
          || e.acled() != null && "Arrests".equals(e.acled().subEventType());
      boolean security = e.actors().stream().anyMatch(a -> a.sector() != null && SECURITY.contains(a.sector()));
      if (arrest) {
        out.add("arrest");
        if (security) {
          out.add("police-actor");
        }
      }
      boolean dead = e.counts().stream().anyMatch(c -> "dead".equals(c.kind())
          && (c.low() == null || c.low() > 0));
      boolean kills = "ASSAULT".equals(e.type()) && e.evidence().stream()
          .anyMatch(v -> kills(v, text));
      if (dead || kills) {
        out.add("killing");
      }
      if (security && "ASSAULT".equals(e.type())) {
        out.add("force");
      }
    }
    return out;
  }

  /** Whether the evidence's trigger, with the words beside it in {@code text}, kills. */
  static boolean kills(Event.Evidence v, String text) {
    if (v.triggerText() == null) {
      return false;
    }
    if (KILL_TRIGGER.matcher(v.triggerText()).find()) {
      return true;
    }
    if (text == null || v.trigger() == null || v.trigger().end() > text.length()) {
      return false;
    }
    String before = text.substring(Math.max(0, v.trigger().start() - 12), v.trigger().start());
    String after = text.substring(v.trigger().end(), Math.min(text.length(),
        v.trigger().end() + 60));
    return FATAL_BEFORE.matcher(before).find() || FATAL_AFTER.matcher(after).find()
        || DIE.matcher(v.triggerText()).matches() && DIED_OF.matcher(after).find();
  }

  /** The classes the keyword list gives a sentence. */
  static Set<String> keywordClasses(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (var e : KEYWORDS.entrySet()) {
      if (e.getValue().matcher(text).find()) {
        out.add(e.getKey());
      }
    }
    if (out.contains("arrest") && POLICE.matcher(text).find()) {
      out.add("police-actor");
    }
    return out;
  }

  private static Map<String, Pattern> keywords() {
    Map<String, Pattern> m = new LinkedHashMap<>();
    m.put("arrest", words("arrest|arrested|arrests|detained|custody|booked|jailed"));
    m.put("killing", words("killed|killing|killings|murdered|shot dead|slain|homicide"));
    m.put("force", words("taser|tasered|tased|pepper spray|pepper-sprayed|shot|fired|opened fire"
        + "|beat|beaten|tackled|tear gas"));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static Pattern words(String alternation) {
    return Pattern.compile("\\b(" + alternation + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  private List<Event> happened(String id, String text) {
    Result r = pipeline.run(Article.ofText(id, id, text, "en"));
    List<Event> out = new ArrayList<>();
    if (r instanceof Article a) {
      for (Event e : a.layers().events()) {
        if (e.happened()) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static String describe(List<Event> events) {
    StringBuilder sb = new StringBuilder();
    for (Event e : events) {
      sb.append(sb.length() == 0 ? "" : "; ").append(e.type());
      if (e.mode() != null) {
        sb.append('/').append(e.mode());
      }
      sb.append(' ').append(e.actors().stream().map(a -> a.name() + (a.sector() == null ? ""
          : "(" + a.sector() + ")")).toList());
      if (!e.evidence().isEmpty()) {
        sb.append(" \"").append(e.evidence().get(0).triggerText()).append('"');
      }
    }
    return sb.length() == 0 ? "(none)" : sb.toString();
  }
}
