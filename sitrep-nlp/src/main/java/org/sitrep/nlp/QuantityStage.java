package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.Layer;
import org.sitrep.model.Entity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Stage;

/**
 * Counts of people and things: the number (digits or words), the modifier before it as bounds
 * ("some" ≈, "more than" >, "at least" ≥, "up to" ≤, "fewer than" <), the noun it counts (the
 * next noun, past adjectives), and who claims it: the speaker of the quotation it sits in, else
 * the subject of the sentence's verb of saying ("…, the defense ministry said"). Money,
 * percentages, measures, ages and spans of time are not counts.
 */
public final class QuantityStage implements Stage {
  private static final Map<String, String> MODIFIERS = Map.ofEntries(
      Map.entry("some", "approx"), Map.entry("about", "approx"), Map.entry("around", "approx"),
      Map.entry("roughly", "approx"), Map.entry("approximately", "approx"),
      Map.entry("an estimated", "approx"), Map.entry("estimated", "approx"),
      Map.entry("close to", "approx"), Map.entry("nearly", "less-than"),
      Map.entry("almost", "less-than"), Map.entry("just under", "less-than"),
      Map.entry("more than", "more-than"), Map.entry("over", "more-than"),
      Map.entry("well over", "more-than"), Map.entry("upwards of", "more-than"),
      Map.entry("at least", "at-least"), Map.entry("as many as", "at-most"),
      Map.entry("up to", "at-most"), Map.entry("at most", "at-most"),
      Map.entry("fewer than", "less-than"), Map.entry("less than", "less-than"),
      Map.entry("under", "less-than"));
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a hundred", 100),
      Map.entry("one hundred", 100), Map.entry("a thousand", 1000), Map.entry("dozen", 12),
      Map.entry("a dozen", 12));
  /** Vague plurals: "dozens of" is at least 24, "thousands of" at least 2,000. */
  private static final Map<String, Integer> VAGUE = Map.of("dozens", 24, "scores", 40,
      "hundreds", 200, "thousands", 2000, "tens of thousands", 20_000,
      "hundreds of thousands", 200_000, "millions", 2_000_000);
  private static final Pattern NUMBER = Pattern.compile(
      "(?i)\\b(?:(" + String.join("|", MODIFIERS.keySet().stream()
          .sorted((x, y) -> y.length() - x.length()).toList()) + ")\\s+)?"
          + "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|"
          + "tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions|"
          + String.join("|", WORDS.keySet().stream().sorted((x, y) -> y.length() - x.length())
              .toList()) + ")"
          + "(?:\\s+(hundred|thousand|million|billion))?\\b");
  private static final Set<String> NOT_COUNTS = Set.of("year", "month", "week", "day", "hour",
      "minute", "second", "decade", "century", "percent", "per", "cent", "dollar", "euro",
      "pound", "yen", "yuan", "rupee", "ruble", "rouble", "km", "kilometer", "kilometre", "mile",
      "meter", "metre", "foot", "feet", "inch", "kg", "kilogram", "ton", "tonne", "gram",
      "point", "time", "times", "degree", "mph", "mm", "cm", "am", "pm", "gmt", "bn", "m",
      "barrel", "acre", "hectare", "liter", "litre", "gallon", "%", "billion", "million");

  private static final Pattern MONTH_BEFORE = Pattern.compile(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+$");

  @Override
  public String name() {
    return "quantities";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.QUOTES, Layer.TOKENS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUANTITIES);
  }

  @Override
  public Article apply(Article a) {
    Speech speech = new Speech(a);
    Doc d = speech.doc;
    List<Entity> entities = a.layers().entities();
    List<Quantity> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(a.text()).region(0, Cap.end(a.text()));
    while (m.find()) {
      if (d.size() == 0) {
        break;
      }
      int numEnd = m.end();
      if (numEnd < a.text().length() && a.text().charAt(numEnd) == '%'
          || m.start(2) > 0 && "$€£¥".indexOf(a.text().charAt(m.start(2) - 1)) >= 0) {
        continue;
      }
      String num = m.group(2).toLowerCase(Locale.ROOT);
      if (MONTH_BEFORE.matcher(a.text().substring(Math.max(0, m.start() - 10), m.start())).find()) {
        continue; // "October 11 presentation" is a date
      }
      // A bare year is a date: "in 2015".
      if (num.matches("(?:1[89]|20)\\d{2}") && m.group(1) == null) {
        continue;
      }
      int t = d.tokenAt(numEnd);
      int head = countedNoun(d, t, VAGUE.containsKey(num));
      if (head < 0) {
        continue;
      }
      int nounStart = t;
      while (nounStart < head && !d.pos(nounStart).startsWith("NN")) {
        nounStart++;
      }
      double value = value(num, m.group(3));
      String bound = m.group(1) == null ? (VAGUE.containsKey(num) ? "at-least" : "exact")
          : MODIFIERS.get(m.group(1).toLowerCase(Locale.ROOT));
      Double low = switch (bound) {
        case "exact", "at-least", "more-than" -> value;
        default -> null;
      };
      Double high = switch (bound) {
        case "exact", "at-most", "less-than" -> value;
        default -> null;
      };
      Speech.Speaker claim = claimant(a, speech, m.start(), d);
      Integer by = claim == null || claim.described() ? null : claim.entity();
      out.add(new Quantity(new Span(m.start(), d.end(head)), a.text().substring(m.start(),
          d.end(head)), value, bound, low, high, d.text(nounStart, head),
          new Span(d.start(nounStart), d.end(head)), by, by == null ? null : entities.get(by).name()));
    }
    return a.withLayers(a.layers().withQuantities(out));
  }

  /** The head of the counted noun phrase starting at token t, or -1 when nothing is counted. */
  private static int countedNoun(Doc d, int t, boolean vague) {
    int i = t;
    if (vague && i < d.size() && d.lower(i).equals("of")) {
      i++;
    }
    int limit = Math.min(d.size(), i + 4);
    while (i < limit && (d.pos(i).startsWith("JJ") || d.isHyphen(i) || d.pos(i).equals("VBN")
        && i + 1 < d.size() && d.pos(i + 1).startsWith("NN"))) {
      i++;
    }
    if (i >= d.size() || !d.pos(i).startsWith("NN") || d.pos(i).startsWith("NNP")
        && !d.pos(i).equals("NNPS") || NOT_COUNTS.contains(d.lemma(i))
        || NOT_COUNTS.contains(d.lower(i))) {
      return -1;
    }
    while (i + 1 < d.size() && d.pos(i + 1).startsWith("NN") && !d.pos(i + 1).startsWith("NNP")
        && d.sameSentence(i, i + 1)) {
      i++; // "police officers": the head is the last noun
    }
    if (NOT_COUNTS.contains(d.lemma(i))) {
      return -1;
    }
    return i;
  }

  private static double value(String num, String multiplier) {
    double v;
    if (VAGUE.containsKey(num)) {
      v = VAGUE.get(num);
    } else if (WORDS.containsKey(num)) {
      v = WORDS.get(num);
    } else {
      v = Double.parseDouble(num.replace(",", ""));
    }
    if (multiplier != null) {
      v *= switch (multiplier.toLowerCase(Locale.ROOT)) {
        case "hundred" -> 100;
        case "thousand" -> 1_000;
        case "million" -> 1_000_000;
        default -> 1_000_000_000;
      };
    }
    return v;
  }

  private static Speech.Speaker claimant(Article a, Speech speech, int offset, Doc d) {
    for (Quote q : a.layers().quotes()) {
      if (q.span().start() <= offset && offset < q.span().end()) {
        return q.speaker() == null ? null
            : new Speech.Speaker(q.speaker(), q.via(), q.attribution());
      }
    }
    // The innermost claim holding it: "the ministry said some 4,000 terrorists were sent".
    org.sitrep.model.Claim inner = null;
    for (org.sitrep.model.Claim c : a.layers().claims()) {
      if (c.claimant() != null && c.span().start() <= offset && offset < c.span().end()
          && (inner == null || c.span().length() < inner.span().length())) {
        inner = c;
      }
    }
    if (inner != null) {
      return new Speech.Speaker(inner.claimant(), inner.via(), inner.attribution());
    }
    int t = Math.min(d.size() - 1, d.tokenAt(offset));
    return speech.claimant(d.sentence(t), offset);
  }
}
