package org.sitrep.nlp.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Mention;

/** "Times" and "New York Times", "Matt" and "Matt Bevin" were separate entities of one article. */
class ShortNameSplitFromItsLongerNameTest {
  private static Integer entityOf(Article a, String text) {
    return a.layers().mentions().stream().filter(m -> m.text().equals(text))
        .map(Mention::entity).findFirst().orElseThrow(() -> new AssertionError(text));
  }

  @Test
  void aNameInsideExactlyOneLongerNameIsThatEntity() {
    Article a = Mentioned.article(
        "The/DT New/NNP/ORGANIZATION York/NNP/ORGANIZATION Times/NNP/ORGANIZATION "
            + "reported/VBD it/PRP ./.",
        "Matt/NNP/PERSON Bevin/NNP/PERSON lost/VBD ./.",
        "The/DT Times/NNP/ORGANIZATION said/VBD Matt/NNP/PERSON conceded/VBD ./.");
    assertEquals(entityOf(a, "New York Times"), entityOf(a, "Times"));
    assertEquals(entityOf(a, "Matt Bevin"), entityOf(a, "Matt"));
  }

  @Test
  void twoLongerNamesOrAnotherTypeLeaveItAlone() {
    Article a = Mentioned.article(
        "The/DT New/NNP/ORGANIZATION York/NNP/ORGANIZATION Times/NNP/ORGANIZATION and/CC "
            + "the/DT Financial/NNP/ORGANIZATION Times/NNP/ORGANIZATION agreed/VBD ./.",
        "The/DT Times/NNP/ORGANIZATION said/VBD so/RB in/IN New/NNP/LOCATION "
            + "York/NNP/LOCATION ./.");
    Integer times = entityOf(a, "Times");
    assertNotEquals(entityOf(a, "New York Times"), times);
    assertNotEquals(entityOf(a, "Financial Times"), times);
    assertNotEquals(entityOf(a, "New York Times"), entityOf(a, "New York"));
    assertTrue(NameWords.subsequence(new String[] {"Matt"}, new String[] {"Matt", "Bevin"}));
  }
}
