package org.sitrep.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {
  private static final Instant NOW = Instant.parse("2019-12-01T00:00:00Z");

  @Test
  void parsesMetadataFormats() {
    assertEquals("2019-11-19T07:03:25Z", Dates.parse("2019-11-19T07:03:25Z", NOW));
    assertEquals("2019-11-20T11:06:01+05:30", Dates.parse("2019-11-20T11:06:01+05:30", NOW));
    assertEquals("2019-11-20T11:06:01+05:30", Dates.parse("2019-11-20T11:06:01+0530", NOW));
    assertEquals("2019-11-19T10:00:00Z", Dates.parse("Tue, 19 Nov 2019 10:00:00 GMT", NOW));
    assertEquals("2019-11-19T10:00:00", Dates.parse("2019-11-19 10:00:00", NOW));
    assertEquals("2019-11-19", Dates.parse("2019-11-19", NOW));
    assertEquals("2019-11-19", Dates.parse("November 19, 2019", NOW));
    assertEquals("2019-11-19", Dates.parse("19 Nov 2019", NOW));
    assertEquals("2019-11-19", Dates.parse("Updated 2019-11-19 at noon", NOW));
  }

  @Test
  void refusesFutureAndImplausibleDates() {
    assertNull(Dates.parse("2031-01-01T00:00:00Z", NOW));
    assertNull(Dates.parse("1970-01-01", NOW));
    assertNull(Dates.parse("not a date", NOW));
    assertNull(Dates.parse("", NOW));
  }

  @Test
  void readsDatesFromUrls() {
    assertEquals("2019-11-18", Dates.fromUrl(
        "https://venturebeat.com/2019/11/18/new-york-state-attorney-general/", NOW));
    assertNull(Dates.fromUrl("https://example.com/2019/13/45/x", NOW));
    assertNull(Dates.fromUrl("https://example.com/news/12345", NOW));
  }
}
