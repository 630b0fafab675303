package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A publication date as the page stated it: the instant, how precise the page was (a day or a
 * time of day) and the UTC offset it was written in ({@code null} when the page gave a local time
 * or a day without one).
 *
 * <p>The rule for days: a page belongs to the calendar day on which it was published <em>where
 * it was published</em>, that is, in its own offset. {@code 2019-11-19T23:30-05:00} is an
 * article of 19 November (04:30 on the 20th in UTC): "yesterday" in it is the 18th, and it is
 * found by {@code --since 2019-11-19} and {@code --until 2019-11-19}. A time without an offset
 * is taken as written; only for ordering is it read as UTC.
 */
public record Published(Instant instant, Precision precision, ZoneOffset offset) {
  /** How much of the date the page stated. */
  public enum Precision { DAY, TIME }

  public Published {
    if (instant == null || precision == null) {
      throw new IllegalArgumentException("instant and precision are required");
    }
  }

  /**
   * Parses an ISO-8601 day ({@code 2019-11-19}), local date-time ({@code 2019-11-19T23:30}) or
   * offset date-time ({@code 2019-11-19T23:30-05:00}); null for null, blank or anything else.
   */
  @JsonCreator
  public static Published parse(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    String s = iso.strip();
    try {
      if (s.length() == 10) {
        return new Published(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant(),
            Precision.DAY, null);
      }
      try {
        OffsetDateTime t = OffsetDateTime.parse(s);
        return new Published(t.toInstant(), Precision.TIME, t.getOffset());
      } catch (DateTimeParseException e) {
        return new Published(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC), Precision.TIME,
            null);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The day of publication ("2016-03-27") of an ISO date or date-time as {@link #parse} reads
   * it, in its own offset; null when it is not one.
   */
  public static String dayOf(String iso) {
    Published p = parse(iso);
    return p == null ? null : p.day().toString();
  }

  /** The calendar day of publication, in the page's own offset (see the class comment). */
  public LocalDate day() {
    return instant.atOffset(offset == null ? ZoneOffset.UTC : offset).toLocalDate();
  }

  /** The day as days since 1970-01-01: what the store indexes for day filters. */
  public long epochDay() {
    return day().toEpochDay();
  }

  /** ISO-8601 as the page stated it: a day, a local date-time or an offset date-time. */
  @JsonValue
  public String iso() {
    if (precision == Precision.DAY) {
      return day().toString();
    }
    return offset == null
        ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
        : instant.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  @Override
  public String toString() {
    return iso();
  }
}
