package org.sitrep.extract.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats news pages put in metadata and URLs into ISO-8601, refusing dates in
 * the future (a page cannot be published after it was read) and before the web.
 */
public final class Dates {
  private static final List<DateTimeFormatter> ZONED = List.of(
      DateTimeFormatter.ISO_OFFSET_DATE_TIME,
      DateTimeFormatter.ISO_ZONED_DATE_TIME,
      DateTimeFormatter.RFC_1123_DATE_TIME,
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX", Locale.ROOT),
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.ENGLISH));
  private static final List<DateTimeFormatter> LOCAL = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT));
  private static final List<DateTimeFormatter> DAY = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT),
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|$)");
  private static final Pattern EMBEDDED_DAY = Pattern.compile(
      "((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEKDAY = Pattern.compile(
      "^(?i)(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+");
  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private Dates() {}

  /** ISO-8601 for a metadata value, or null when it is not a plausible publication date. */
  public static String parse(String raw, Instant now) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip().replaceAll("\\s+", " ");
    if (s.matches("\\d{10}(\\d{3})?")) { // epoch seconds or millis
      long v = Long.parseLong(s);
      Instant i = s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
      return guard(i.atOffset(ZoneOffset.UTC), now);
    }
    for (DateTimeFormatter f : ZONED) {
      try {
        return guard(ZonedDateTime.parse(s, f).toOffsetDateTime(), now);
      } catch (DateTimeParseException e) {
        // next format
      }
    }
    for (DateTimeFormatter f : LOCAL) {
      try {
        LocalDateTime t = LocalDateTime.parse(s, f);
        return plausible(t.toLocalDate(), now)
            ? t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) : null;
      } catch (DateTimeParseException e) {
        // next format
      }
    }
    // A visible date often leads with its weekday ("Monday, November 18, 2019").
    String day = WEEKDAY.matcher(s).replaceFirst("");
    for (DateTimeFormatter f : DAY) {
      try {
        LocalDate d = LocalDate.parse(day, f);
        return plausible(d, now) ? d.toString() : null;
      } catch (DateTimeParseException e) {
        // next format
      }
    }
    Matcher m = EMBEDDED_DAY.matcher(s);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3), now);
    }
    return null;
  }

  /** A /2019/11/19/ style date in a URL path, or null. */
  public static String fromUrl(String url, Instant now) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? day(m.group(1), m.group(2), m.group(3), now) : null;
  }

  private static String day(String y, String mo, String d, Instant now) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      return plausible(date, now) ? date.toString() : null;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String guard(OffsetDateTime t, Instant now) {
    return plausible(t.toLocalDate(), now) ? t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : null;
  }

  private static boolean plausible(LocalDate d, Instant now) {
    // One day of slack for time zones ahead of UTC.
    return !d.isBefore(EARLIEST) && !d.isAfter(now.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1));
  }
}
