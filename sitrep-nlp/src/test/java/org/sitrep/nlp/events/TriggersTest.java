package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Trigger finding on hand-tagged sentences: no CoreNLP. */
class TriggersTest {
  private static Trigger trigger(EventDoc x) {
    return new Triggers(x, new Modality(x)).trigger(0, x.d.size());
  }

  @Test
  void aVerbOfTheCameoTableIsTheTrigger() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "Rebels/NNS/O/rebel attacked/VBD/O/attack Palmyra/NNP/LOCATION ./."));
    Trigger t = trigger(x);
    assertEquals(1, t.at());
    assertEquals("ASSAULT", t.plover().type());
    assertFalse(t.nominal());
  }

  @Test
  void aLightVerbGivesWayToTheNounItMakesHappen() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "The/DT army/NN launched/VBD/O/launch an/DT offensive/NN on/IN rebels/NNS/O/rebel ./."));
    Trigger t = trigger(x);
    assertEquals(EventFixture.token(x, "offensive"), t.at());
    assertTrue(t.nominal());
    assertEquals(EventFixture.token(x, "launched"), t.light());
    assertEquals("ASSAULT", t.plover().type());
  }

  @Test
  void aVerbInsideARelativeClauseIsNoTrigger() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "The/DT town/NN ,/, which/WDT rebels/NNS/O/rebel attacked/VBD/O/attack ,/, is/VBZ/O/be "
            + "quiet/JJ ./."));
    assertNull(trigger(x));
  }

  @Test
  void aParticipleBeforeANounIsAnAdjectiveNotATrigger() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "The/DT attacked/VBN/O/attack convoy/NN is/VBZ/O/be empty/JJ ./."));
    assertNull(trigger(x));
  }

  @Test
  void aHyphenatedNominalSplitByTheTokenizerWasNoTrigger_sitIn() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "Farmers/NNS/O/farmer staged/VBD/O/stage a/DT sit/NN -/HYPH in/IN outside/IN the/DT "
            + "office/NN ./."));
    Trigger t = trigger(x);
    assertEquals("PROTEST", t.plover().type());
    assertTrue(t.nominal());
  }

  @Test
  void anAttributiveParticipleAfterACommaWasTheTrigger_suspectedMilitiamen() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "On/IN 3/CD/DATE April/NNP/DATE ,/, suspected/VBN/O/suspect militiamen/NNS/O/militiaman "
            + "abducted/VBD/O/abduct an/DT official/NN ./."));
    Trigger t = trigger(x);
    assertEquals("abducted", x.d.word(t.at()));
    assertEquals("ASSAULT", t.plover().type());
  }
}
