package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotes and claims said how their speaker was read but not how far to trust it: each carries a
 * confidence from 0 to 1 by its {@code via}, an unknown way the table's "other".
 */
class SpeakerWithoutConfidenceTest {
  private static final List<String> VIAS = List.of("name", "organization", "nominal", "pronoun",
      "author", "description", "document", "transcript", "continued");

  @Test
  void everyWayASpeakerIsReadHasAConfidenceBetweenZeroAndOne() {
    for (String via : VIAS) {
      Speaker s = new Speaker(0, via, null);
      for (Double c : List.of(Confidence.quote(s), Confidence.claim(s))) {
        assertTrue(c > 0 && c <= 1, via + ": " + c);
      }
    }
  }

  @Test
  void aNameIsTrustedMoreThanADescription() {
    assertTrue(Confidence.quote(new Speaker(0, "name", null))
        > Confidence.quote(new Speaker(-1, "description", null)));
  }

  @Test
  void anUnknownWayIsOtherAndNoSpeakerNone() {
    assertEquals(Confidence.quote(new Speaker(0, "other", null)),
        Confidence.quote(new Speaker(0, "telepathy", null)));
    assertNull(Confidence.claim(null));
  }
}
