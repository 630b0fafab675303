package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Status and reporting words around a trigger, on hand-tagged sentences: no CoreNLP. */
class ModalityTest {
  private static String status(String sentence) {
    EventDoc x = EventFixture.doc(EventFixture.article(sentence));
    Modality m = new Modality(x);
    Trigger t = new Triggers(x, m).trigger(0, x.d.size());
    return m.status(0, t.at(), t);
  }

  @Test
  void theWordsBeforeTheTriggerGiveItsStatus() {
    assertEquals("happened", status("Rebels/NNS/O/rebel attacked/VBD/O/attack Palmyra/NNP/LOCATION ./."));
    assertEquals("future", status("Rebels/NNS/O/rebel will/MD attack/VB/O/attack Palmyra/NNP/LOCATION ./."));
    assertEquals("hypothetical",
        status("Rebels/NNS/O/rebel could/MD attack/VB/O/attack Palmyra/NNP/LOCATION ./."));
    assertEquals("negated",
        status("Rebels/NNS/O/rebel did/VBD/O/do not/RB attack/VB/O/attack Palmyra/NNP/LOCATION ./."));
  }

  @Test
  void aNegationWinsOverAFutureWord() {
    assertEquals("negated", status(
        "Rebels/NNS/O/rebel will/MD never/RB attack/VB/O/attack Palmyra/NNP/LOCATION ./."));
  }

  @Test
  void theVerbOfSayingBeforeTheTriggerReportsIt() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "Officials/NNS/O/official said/VBD/O/say rebels/NNS/O/rebel attacked/VBD/O/attack "
            + "Palmyra/NNP/LOCATION ./."));
    Modality m = new Modality(x);
    assertEquals(1, m.sayBefore(0, EventFixture.token(x, "attacked")));
    assertEquals(-1, m.sayBefore(0, EventFixture.token(x, "said")));
  }

  @Test
  void aMustInAThatClauseAfterTheTriggerIsFound() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "The/DT minister/NN warned/VBD/O/warn Iran/NNP/LOCATION that/IN it/PRP must/MD "
            + "stop/VB/O/stop ./."));
    Modality m = new Modality(x);
    assertEquals(EventFixture.token(x, "must"), m.obligationAfter(3, x.d.size()));
    assertEquals(-1, m.obligationAfter(EventFixture.token(x, "must") + 1, x.d.size()));
  }

  @Test
  void aNegationBeforeANounChainNegatesTheVerbAfterIt() {
    // "no knowledge of any efforts to urge": determiners and prepositions do not use up the window
    assertEquals("negated", status("The/DT ministry/NN had/VBD/O/have no/DT knowledge/NN of/IN "
        + "any/DT efforts/NNS/O/effort to/TO urge/VB/O/urge the/DT rebels/NNS/O/rebel to/TO "
        + "withdraw/VB/O/withdraw ./."));
  }

  @Test
  void wantingToActIsNotActing() {
    assertEquals("hypothetical", status("Officials/NNS/O/official want/VBP/O/want to/TO "
        + "arrest/VB/O/arrest the/DT rebels/NNS/O/rebel ./."));
  }

  @Test
  void aVowIsACommitmentAWillIsNot() {
    EventDoc x = EventFixture.doc(EventFixture.article("Rebels/NNS/O/rebel vowed/VBD/O/vow "
        + "to/TO attack/VB/O/attack Palmyra/NNP/LOCATION ./."));
    Modality m = new Modality(x);
    Trigger t = new Triggers(x, m).trigger(0, x.d.size());
    assertEquals(true, m.committed(0, t.at(), t));
    EventDoc y = EventFixture.doc(EventFixture.article("Prosecutors/NNS/O/prosecutor will/MD "
        + "ask/VB/O/ask the/DT court/NN to/TO open/VB/O/open an/DT investigation/NN ./."));
    Modality n = new Modality(y);
    Trigger u = new Triggers(y, n).trigger(0, y.d.size());
    assertEquals(false, n.committed(0, u.at(), u));
  }

  @Test
  void theMonthMayMadeEveryEventOfAMayDateHypothetical() {
    assertEquals("happened", status("On/IN 19/CD/DATE May/NNP/DATE 2020/CD/DATE ,/, "
        + "separatists/NNS/O/separatist ambushed/VBD/O/ambush a/DT patrol/NN ./."));
    assertEquals("hypothetical", status(
        "Rebels/NNS/O/rebel may/MD attack/VB/O/attack Palmyra/NNP/LOCATION ./."));
  }
}
