package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityNamesTest {
  @Test
  void keyFoldsCaseAccentsPunctuationAndMiddleInitials() {
    assertEquals("donald trump", EntityNames.key("PERSON", "Donald J. Trump"));
    assertEquals("donald trump", EntityNames.key("PERSON", "DONALD TRUMP"));
    assertEquals("recep tayyip erdogan", EntityNames.key("PERSON", "Recep Tayyip Erdoğan"));
    assertEquals("islamic state", EntityNames.key("ORGANIZATION", "the Islamic State"));
    assertEquals("wework", EntityNames.key("ORGANIZATION", "WeWork"));
  }

  @Test
  void commonNounsAreGenericNotNames() {
    assertTrue(EntityNames.generic("president"));
    assertTrue(EntityNames.generic("source"));
    assertTrue(EntityNames.generic("Officials"));
    assertTrue(EntityNames.generic("the ministry spokesman"));
    assertEquals("", EntityNames.key("PERSON", "President"));
    assertFalse(EntityNames.generic("President Trump"));
    assertFalse(EntityNames.generic("WeWork"));
    assertFalse(EntityNames.generic("3M"));
  }

  @Test
  void surnameIsTheLastWord() {
    assertEquals("trump", EntityNames.surname("donald trump"));
    assertTrue(EntityNames.full("donald trump"));
    assertFalse(EntityNames.full("trump"));
  }
}
