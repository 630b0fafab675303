package org.sitrep.nlp.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When two names are one entity's (no CoreNLP). */
class EntityNamesTest {
  @Test
  void surnamesAcronymsAndTailsAreTheSameName() {
    assertTrue(EntityStage.sameName("PERSON", "Konashenkov", "Igor Konashenkov"));
    assertFalse(EntityStage.sameName("PERSON", "Igor", "Igor Konashenkov"));
    assertTrue(EntityStage.sameName("ORGANIZATION", "IS", "Islamic State"));
    assertTrue(EntityStage.sameName("ORGANIZATION", "Defense Ministry", "Russian Defense Ministry"));
    assertFalse(EntityStage.sameName("ORGANIZATION", "Ministry", "Russian Defense Ministry"));
  }
}
