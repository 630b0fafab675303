package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublishedTest {
  @Test
  void aLateEveningInNewYorkIsThatDayNotTheNextUtcDay() {
    Published p = Published.parse("2019-11-19T23:30-05:00");
    assertEquals(Instant.parse("2019-11-20T04:30:00Z"), p.instant());
    assertEquals(ZoneOffset.ofHours(-5), p.offset());
    assertEquals(Published.Precision.TIME, p.precision());
    assertEquals(LocalDate.of(2019, 11, 19), p.day());
    assertEquals("2019-11-19T23:30:00-05:00", p.iso());
  }

  @Test
  void daysAndLocalTimesKeepTheirShape() {
    Published d = Published.parse("2019-11-19");
    assertEquals(Published.Precision.DAY, d.precision());
    assertEquals("2019-11-19", d.iso());
    Published local = Published.parse("2019-11-19T23:30:00");
    assertNull(local.offset());
    assertEquals(LocalDate.of(2019, 11, 19), local.day());
    assertEquals("2019-11-19T23:30:00", local.iso());
    assertEquals("2019-11-19T07:03:25Z", Published.parse("2019-11-19T07:03:25Z").iso());
    assertNull(Published.parse("yesterday"));
    assertNull(Published.parse(null));
  }

  @Test
  void roundTripsThroughJsonAsItsIsoString() {
    Published p = Published.parse("2019-11-19T23:30-05:00");
    assertEquals("\"2019-11-19T23:30:00-05:00\"", Json.line(p));
    assertEquals(p, Json.read(Json.line(p), Published.class));
  }
}
