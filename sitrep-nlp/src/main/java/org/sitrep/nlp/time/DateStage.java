package org.sitrep.nlp.time;

import org.sitrep.nlp.rules.WordList;
import org.sitrep.nlp.doc.Cap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.Published;
import org.sitrep.model.Layer;
import org.sitrep.model.DateMention;
import org.sitrep.model.Span;
import org.sitrep.model.Stage;

/**
 * Time expressions, normalised against the article's publication date: "on Monday" is the last
 * Monday on or before it, "last Thursday" the last one before it, "till spring" the next spring,
 * "November 19" the nearest November 19. Without a publication date they are kept with
 * {@code relative: true} and no value; full dates ("19 November 2019") never need one. A cheap
 * extractor of Sitrep's own: CoreNLP's SUTime would cost more than it gives here.
 */
public final class DateStage implements Stage {
  private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
  private static final String MONTH = "January|February|March|April|May|June|July|August|"
      + "September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|"
      + "Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
  static final Pattern DATES = Pattern.compile(
      "\\b(?<mdy>(?<m1>" + MONTH + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y1>(?:19|20)\\d{2}))?)\\b"
          + "|\\b(?<dmy>(?<d2>\\d{1,2})\\s+(?<m2>" + MONTH + ")(?:\\s+(?<y2>(?:19|20)\\d{2}))?)\\b"
          + "|\\b(?<my>(?<m3>" + MONTH + ")\\s+(?<y3>(?:19|20)\\d{2}))\\b"
          + "|\\b(?<iso>(?<y4>(?:19|20)\\d{2})-(?<m4>\\d{2})-(?<d4>\\d{2}))\\b"
          + "|\\b(?<wd>(?:(?<wmod>last|next|this|on|since|until|till|by)\\s+)?(?<day>" + WEEKDAY + "))\\b"
          + "|\\b(?<rel>today|yesterday|tomorrow|tonight)\\b"
          + "|\\b(?<per>(?<pmod>last|next|this|earlier this|later this)\\s+(?<unit>week|month|year))\\b"
          + "|\\b(?<season>(?:(?<smod>till|until|by|in|this|next|last|since|during|through)\\s+)"
          + "(?:the\\s+)?(?<sname>spring|summer|autumn|winter|fall))\\b"
          + "|\\b(?<year>(?:in|since|until|by)\\s+(?<y5>(?:19|20)\\d{2}))\\b",
      Pattern.CASE_INSENSITIVE);
  /** First words of every alternative of {@link #DATES} (digits aside). */
  private static final Set<String> TRIGGERS = triggers();

  private static Set<String> triggers() {
    Set<String> t = new java.util.HashSet<>(Set.of("last", "next", "this", "on", "since",
        "until", "till", "by", "today", "yesterday", "tomorrow", "tonight", "earlier", "later",
        "in", "during", "through"));
    for (String w : (WEEKDAY + "|" + MONTH).split("\\|")) {
      t.add(w.replace("\\.?", "").replace("?", "").toLowerCase(java.util.Locale.ROOT));
    }
    t.add("sep");
    return Set.copyOf(t);
  }

  private static final Set<String> FORWARD = WordList.load("/org/sitrep/nlp/time/forward.words").words();

  @Override
  public String name() {
    return "dates";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.DATES);
  }

  @Override
  public Article apply(Article a) {
    LocalDate anchor = anchor(a.published());
    List<DateMention> out = new ArrayList<>();
    String text = a.text();
    int end = Cap.end(text);
    Matcher m = DATES.matcher(text);
    m.useTransparentBounds(true); // \b sees the characters around a region
    // The pattern is only tried where a date can start (a digit or a trigger word): the same
    // matches as find(), without running a long alternation at every character.
    for (int i = 0; i < end; ) {
      char c = text.charAt(i);
      boolean wordStart = Character.isLetterOrDigit(c)
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
      if (!wordStart) {
        i++;
        continue;
      }
      int w = i;
      while (w < end && Character.isLetter(text.charAt(w))) {
        w++;
      }
      if (Character.isDigit(c) || TRIGGERS.contains(text.substring(i, w).toLowerCase(
          java.util.Locale.ROOT))) {
        m.region(i, end);
        if (m.lookingAt()) {
          DateMention dm = normalise(m, anchor);
          if (dm != null) {
            out.add(dm);
          }
          i = Math.max(m.end(), i + 1);
          continue;
        }
      }
      i = Math.max(w, i + 1);
    }
    return a.withLayers(a.layers().withDates(out));
  }

  /** The day the article was published where it was published ({@link Published#day()}). */
  static LocalDate anchor(Published published) {
    return published == null ? null : published.day();
  }


  private static DateMention normalise(Matcher m, LocalDate anchor) {
    Span span = new Span(m.start(), m.end());
    String text = m.group();
    String anchorText = anchor == null ? null : anchor.toString();
    try {
      if (m.group("mdy") != null || m.group("dmy") != null) {
        Month month = month(m.group("m1") != null ? m.group("m1") : m.group("m2"));
        int day = Integer.parseInt(m.group("d1") != null ? m.group("d1") : m.group("d2"));
        String y = m.group("y1") != null ? m.group("y1") : m.group("y2");
        if (y != null) {
          return new DateMention(span, text, LocalDate.of(Integer.parseInt(y), month, day)
              .toString(), false, null);
        }
        if (anchor == null) {
          return new DateMention(span, text, null, true, null);
        }
        LocalDate d = LocalDate.of(anchor.getYear(), month, day);
        if (d.isAfter(anchor.plusDays(183))) {
          d = d.minusYears(1);
        } else if (d.isBefore(anchor.minusDays(183))) {
          d = d.plusYears(1);
        }
        return new DateMention(span, text, d.toString(), true, anchorText);
      }
      if (m.group("my") != null) {
        Month month = month(m.group("m3"));
        return new DateMention(span, text, String.format("%s-%02d", m.group("y3"),
            month.getValue()), false, null);
      }
      if (m.group("iso") != null) {
        return new DateMention(span, text, LocalDate.of(Integer.parseInt(m.group("y4")),
            Integer.parseInt(m.group("m4")), Integer.parseInt(m.group("d4"))).toString(), false,
            null);
      }
      if (m.group("wd") != null) {
        if (anchor == null) {
          return new DateMention(span, text, null, true, null);
        }
        DayOfWeek dow = DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT));
        String mod = m.group("wmod") == null ? "" : m.group("wmod").toLowerCase(Locale.ROOT);
        LocalDate d = FORWARD.contains(mod) ? anchor.with(TemporalAdjusters.next(dow))
            : mod.equals("last") ? anchor.with(TemporalAdjusters.previous(dow))
            : anchor.with(TemporalAdjusters.previousOrSame(dow));
        return new DateMention(span, text, d.toString(), true, anchorText);
      }
      if (m.group("rel") != null) {
        if (anchor == null) {
          return new DateMention(span, text, null, true, null);
        }
        String r = m.group("rel").toLowerCase(Locale.ROOT);
        LocalDate d = r.equals("yesterday") ? anchor.minusDays(1)
            : r.equals("tomorrow") ? anchor.plusDays(1) : anchor;
        return new DateMention(span, text, d.toString(), true, anchorText);
      }
      if (m.group("per") != null) {
        if (anchor == null) {
          return new DateMention(span, text, null, true, null);
        }
        String mod = m.group("pmod").toLowerCase(Locale.ROOT);
        int shift = mod.equals("last") ? -1 : mod.equals("next") ? 1 : 0;
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String value = switch (unit) {
          case "week" -> {
            LocalDate d = anchor.plusWeeks(shift);
            yield String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
          }
          case "month" -> {
            LocalDate d = anchor.plusMonths(shift);
            yield String.format("%d-%02d", d.getYear(), d.getMonthValue());
          }
          default -> String.valueOf(anchor.getYear() + shift);
        };
        return new DateMention(span, text, value, true, anchorText);
      }
      if (m.group("season") != null) {
        if (anchor == null) {
          return new DateMention(span, text, null, true, null);
        }
        return new DateMention(span, text, season(m.group("smod"), m.group("sname"), anchor),
            true, anchorText);
      }
      if (m.group("year") != null) {
        return new DateMention(span, text, m.group("y5"), false, null);
      }
    } catch (java.time.DateTimeException e) {
      return null; // "February 30": not a date
    }
    return null;
  }

  /** TIMEX season codes: "2017-SP". Forward modifiers and "this" pick the next such season. */
  static String season(String mod, String name, LocalDate anchor) {
    String n = name.toLowerCase(Locale.ROOT);
    String code = switch (n) {
      case "spring" -> "SP";
      case "summer" -> "SU";
      case "autumn", "fall" -> "FA";
      default -> "WI";
    };
    int startMonth = switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    String md = mod == null ? "in" : mod.toLowerCase(Locale.ROOT);
    int year = anchor.getYear();
    LocalDate start = LocalDate.of(year, startMonth, 1);
    LocalDate end = start.plusMonths(3);
    boolean past = md.equals("last") || md.equals("since");
    if (past) {
      if (!anchor.isAfter(end) && !anchor.isBefore(start) || anchor.isBefore(start)) {
        year--;
      }
    } else if (!anchor.isBefore(end)) {
      year++; // that season is over this year: the next one is meant
    }
    return year + "-" + code;
  }

  private static Month month(String s) {
    String k = s.replace(".", "").toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.startsWith(k)) {
        return m;
      }
    }
    throw new java.time.DateTimeException("no month " + s);
  }
}
