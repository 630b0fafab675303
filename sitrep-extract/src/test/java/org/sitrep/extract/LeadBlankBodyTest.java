package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A body of blank lines has no first paragraph; a description beside it is judged, not a crash. */
class LeadBlankBodyTest {
  @Test
  void aBlankBodyWithADescriptionWasANullPointer_itIsNoSummaryAndNoLead() {
    String description = "The minister said on Monday that the talks would resume next week in Geneva.";
    assertFalse(Lead.isSummary(description, "Talks", " \n\n \n"));
    assertNull(Lead.of(null, "Talks", " \n\n \n"));
  }
}
