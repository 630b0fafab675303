package org.sitrep.nlp.quantity;

import org.sitrep.nlp.rules.WordList;
import org.sitrep.nlp.doc.Cap;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.attribution.Speaker;
import org.sitrep.nlp.attribution.Speech;
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
 * head of the counted phrase), and who claims it: the speaker of the quotation it sits in, or
 * the claimant of the innermost claim that holds it, else the subject of the sentence's verb of
 * saying ("…, the defense ministry said"). Money (with
 * its ISO currency) and percentages are quantities with a {@code unit}; counts of people carry
 * a {@code category} where the words next to them say what happened to them. Measures, ages,
 * spans of time, phone numbers, scores, codes and addresses are not counts.
 */
public final class QuantityStage implements Stage {
  /** A word table's values read as integers. */
  private static Map<String, Integer> integers(Map<String, String> values) {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, Integer.valueOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  private static final Map<String, String> MODIFIERS = WordList.load("/org/sitrep/nlp/quantity/modifiers.words").values();
  private static final Map<String, Integer> WORDS = integers(WordList.load("/org/sitrep/nlp/quantity/number-words.words").values());
  /** Vague plurals: "dozens of" is at least 24, "thousands of" at least 2,000. */
  private static final Map<String, Integer> VAGUE = integers(WordList.load("/org/sitrep/nlp/quantity/vague.words").values());
  private static final Pattern NUMBER = Pattern.compile(
      "(?i)\\b(?:(" + String.join("|", MODIFIERS.keySet().stream()
          .sorted((x, y) -> y.length() - x.length()).toList()) + ")\\s+)?"
          + "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|"
          + "tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions|"
          + String.join("|", WORDS.keySet().stream().sorted((x, y) -> y.length() - x.length())
              .toList()) + ")"
          + "(?:\\s+(hundred|thousand|million|billion))?\\b");
  private static final Set<String> NOT_COUNTS =
      WordList.load("/org/sitrep/nlp/quantity/not-counts.words").words();

  /** A month's name or abbreviation ("Oct", "October", "Sept."). */
  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b" + MONTH + "\\s+$");

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
    Speech speech = Speech.of(a);
    Doc d = speech.doc;
    List<Entity> entities = a.layers().entities();
    List<Quantity> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(a.text()).region(0, Cap.end(a.text()));
    while (m.find()) {
      if (d.size() == 0) {
        break;
      }
      int numEnd = m.end();
      String text = a.text();
      String num = m.group(2).toLowerCase(Locale.ROOT);
      if (notACount(text, m.start(2), m.end(2), num)) {
        continue; // phone numbers, scores, ids, codes
      }
      if (m.group(1) == null && inName(d, text, m.start(2), m.end(2))) {
        continue; // "RS-25 engines", "Apollo 10 crew": a model's or a mission's name
      }
      String unit = unit(text, m.start(2), numEnd);
      if (unit != null) {
        // Money and percentages: "$915 million", "46 percent", "€2bn".
        int end = numEnd;
        Matcher after = UNIT_AFTER.matcher(text).region(numEnd, Math.min(text.length(),
            numEnd + 12));
        if (after.lookingAt()) {
          end = after.end();
        }
        int from = m.start(2) > 0 && "$€£¥".indexOf(text.charAt(m.start(2) - 1)) >= 0
            ? m.start(2) - 1 : m.start(2);
        if (from > 1 && text.startsWith("US", from - 2)) {
          from -= 2;
        }
        if (m.group(1) != null) {
          from = m.start(1);
        }
        double v = value(num, m.group(3));
        String b = m.group(1) == null ? "exact" : MODIFIERS.get(m.group(1).toLowerCase(Locale.ROOT));
        Speaker claimNum = claimant(a, speech, m.start(), d);
        Integer by = claimNum == null || claimNum.described() ? null : claimNum.entity();
        out.add(new Quantity(new Span(from, end), text.substring(from, end), v, b,
            low(b, v), high(b, v), null, null, by, by == null ? null : entities.get(by).name(),
            unit, unit.equals("percent") ? "percentage" : "money"));
        continue;
      }
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
      Speaker claim = claimant(a, speech, m.start(), d);
      Integer by = claim == null || claim.described() ? null : claim.entity();
      out.add(new Quantity(new Span(m.start(), d.end(head)), a.text().substring(m.start(),
          d.end(head)), value, bound, low(bound, value), high(bound, value),
          d.text(nounStart, head), new Span(d.start(nounStart), d.end(head)), by,
          by == null ? null : entities.get(by).name(), null, category(d, t, head)));
    }
    return a.withLayers(a.layers().withQuantities(out));
  }

  private static Double low(String bound, double v) {
    return switch (bound) {
      case "exact", "at-least", "more-than" -> v;
      default -> null;
    };
  }

  private static Double high(String bound, double v) {
    return switch (bound) {
      case "exact", "at-most", "less-than" -> v;
      default -> null;
    };
  }

  private static final Map<String, String> CURRENCY_WORDS = WordList.load("/org/sitrep/nlp/quantity/currency-words.words").values();
  private static final Pattern UNIT_AFTER = Pattern.compile(
      "(?i)\\s*(?:%|percent\\b|per cent\\b|bn\\b|m\\b)?(?:\\s+(?:dollars|euros|pounds|yen|yuan|"
          + "rupees|roubles|rubles|lira|shekels|rials|francs)\\b)?");

  /** The word after a number and its multiplier: "5 million dollars" → dollars. */
  private static final Pattern WORD_AFTER =
      Pattern.compile("^(?: (?:hundred|thousand|million|billion))? ([a-z]+)");

  /** "USD" for "$5", "US$5", "5 dollars"; "percent" for "46%", "46 percent"; else null. */
  static String unit(String text, int numStart, int numEnd) {
    if (numStart > 0) {
      switch (text.charAt(numStart - 1)) {
        case '$':
          return "USD";
        case '€':
          return "EUR";
        case '£':
          return "GBP";
        case '¥':
          return "JPY";
        default:
          break;
      }
    }
    String after = text.substring(numEnd, Math.min(text.length(), numEnd + 24))
        .toLowerCase(Locale.ROOT);
    if (after.startsWith("%") || after.startsWith(" percent") || after.startsWith(" per cent")) {
      return "percent";
    }
    java.util.regex.Matcher w = WORD_AFTER.matcher(after);
    if (w.find() && CURRENCY_WORDS.containsKey(w.group(1))) {
      return CURRENCY_WORDS.get(w.group(1));
    }
    return null;
  }

  /**
   * Digits that count nothing: part of a phone number, a score or a code ("202-555-0100",
   * "won 3-1", "0958"), or a number glued to letters.
   */
  static boolean notACount(String text, int start, int end, String num) {
    if (Character.isDigit(num.charAt(0)) && num.length() > 1 && num.charAt(0) == '0') {
      return true;
    }
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    char before2 = start > 1 ? text.charAt(start - 2) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    char after2 = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
    boolean joined = "-–/.)".indexOf(before) >= 0 && Character.isDigit(before2)
        || "-–/(".indexOf(after) >= 0 && Character.isDigit(after2)
        || before == '(' && Character.isDigit(num.charAt(0)) && after == ')';
    return joined || Character.isLetter(before) || Character.isLetter(after)
        && !Character.isWhitespace(after);
  }

  private static final Pattern CALENDAR = Pattern.compile(
      "(?i)" + MONTH + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day");

  /**
   * Whether the digits at [start, end) are part of a name: joined by a hyphen to letters
   * ("RS-25", "F-16", "Covid-19") or after a proper noun and before a lower-case word
   * ("Apollo 10 crew", "Artemis 1 test flight"; not "Arrest 12 Protesters" in a headline, and
   * never after a month or a weekday).
   */
  static boolean inName(Doc d, String text, int start, int end) {
    if (!Character.isDigit(text.charAt(start))) {
      return false;
    }
    if (start > 1 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))) {
      return true;
    }
    int t = d.tokenAt(start);
    if (t <= 0 || t >= d.size() || d.start(t) != start || !d.sameSentence(t - 1, t)) {
      return false;
    }
    String prev = d.word(t - 1);
    int next = d.tokenAt(end);
    return d.pos(t - 1).startsWith("NNP") && Character.isUpperCase(prev.charAt(0))
        && !CALENDAR.matcher(prev).matches() && next < d.size() && d.sameSentence(t, next)
        && Character.isLowerCase(d.word(next).charAt(0));
  }

  private static final Map<String, String> EVENT_WORDS = WordList.load("/org/sitrep/nlp/quantity/event-words.words").values();
  private static final Map<String, String> NOUN_CATEGORIES = WordList.load("/org/sitrep/nlp/quantity/noun-categories.words").values();

  /**
   * What happened to the people counted, when the words next to the count say it: "12 people
   * were killed", "killing 12 people", "12 dead"; else what they are ("3,000 troops").
   */
  static String category(Doc d, int t, int head) {
    for (int i = head + 1; i < d.size() && i <= head + 4 && d.sameSentence(head, i); i++) {
      String c = EVENT_WORDS.get(d.lemma(i));
      if (c == null) {
        c = EVENT_WORDS.get(d.lower(i));
      }
      if (c != null) {
        return c;
      }
      if (d.pos(i).startsWith("VB") && !Set.of("be", "have").contains(d.lemma(i))) {
        break; // "12 people attended the funeral of …"
      }
    }
    int number = t - 1;
    for (int i = number - 1; i >= 0 && i >= number - 3 && d.sameSentence(i, number); i--) {
      String c = EVENT_WORDS.get(d.lemma(i));
      if (c != null && d.pos(i).startsWith("VB")) {
        return c; // "killing 12 people", "have arrested 40 protesters"
      }
    }
    for (int i = t; i <= head; i++) {
      String c = EVENT_WORDS.get(d.lower(i)); // "12 dead", "40 injured people"
      if (c != null && (d.pos(i).startsWith("JJ") || d.pos(i).startsWith("VBN"))) {
        return c;
      }
    }
    String noun = NOUN_CATEGORIES.get(d.lemma(head));
    String w = d.lower(head);
    return noun != null ? noun : NOUN_CATEGORIES.get(w.endsWith("s") ? w.substring(0,
        w.length() - 1) : w);
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
    // "four national security and diplomatic officials": past "and" to the plural it counts.
    if (!d.pos(i).equals("NNS") && i + 1 < d.size() && d.pos(i + 1).equals("CC")) {
      for (int k = i + 2; k < d.size() && k <= i + 5 && d.sameSentence(i, k); k++) {
        if (d.pos(k).equals("NNS")) {
          i = k;
          break;
        }
        if (!d.pos(k).startsWith("JJ") && !d.pos(k).equals("NN") && !d.isHyphen(k)) {
          break;
        }
      }
    }
    if (NOT_COUNTS.contains(d.lemma(i)) || d.capitalised(i)) {
      return -1; // a count counts common nouns: "131 West 23rd Street" is an address
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

  private static Speaker claimant(Article a, Speech speech, int offset, Doc d) {
    for (Quote q : a.layers().quotes()) {
      if (q.span().start() <= offset && offset < q.span().end()) {
        return q.speaker() == null ? null
            : new Speaker(q.speaker(), q.via(), q.attribution());
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
      return new Speaker(inner.claimant(), inner.via(), inner.attribution());
    }
    int t = Math.min(d.size() - 1, d.tokenAt(offset));
    return speech.claimant(d.sentence(t), offset);
  }
}
