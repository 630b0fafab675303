package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/** Which names are one person, which are not, and which are not people at all. */
@Tag("corenlp")
class EntityMergeTest {
  private static Article annotate(String text) {
    return (Article) Annotator.pipeline().run(Article.ofText("t", "t", text, "en"));
  }

  private static Integer entityOf(Article a, String mentionText) {
    return a.layers().mentions().stream().filter(m -> m.text().equals(mentionText))
        .map(Mention::entity).findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + mentionText + " in "
            + a.layers().mentions()));
  }

  @Test
  void aSurnameSpeltTwoWaysUnderTheSameOfficeIsOnePerson() {
    Article a = annotate("President Volodymyr Zelenskiy met the envoy in Kyiv on Monday. "
        + "Later, President Zelensky told reporters the talks had gone well.");
    assertEquals(entityOf(a, "President Volodymyr Zelenskiy"), entityOf(a, "President Zelensky"));
  }

  @Test
  void anOfficeTheFullNameNeverHeldDoesNotJoinIt() {
    Article a = annotate("Hunter Biden joined the board of the company in 2014. Critics said "
        + "Vice President Biden should have objected to the appointment.");
    assertNotEquals(entityOf(a, "Hunter Biden"), entityOf(a, "Vice President Biden"));
  }

  @Test
  void aSurnameAloneStillJoinsItsFullName() {
    Article a = annotate("Major-General Igor Konashenkov spoke in Moscow. Konashenkov said the "
        + "strikes would go on.");
    assertEquals(entityOf(a, "Major-General Igor Konashenkov"), entityOf(a, "Konashenkov"));
  }

  @Test
  void newspapersAndStoresAreNotPeople() {
    Article a = annotate("The Hill reported the vote on Tuesday. Lowe's said it would hire "
        + "2,000 workers in Ohio.");
    for (Entity e : a.layers().entities()) {
      assertTrue(!e.type().equals("PERSON"), e.toString());
    }
  }

  @Test
  void aPersonIsNeverAPlaceOnTheMap() {
    Article a = annotate("The Pentagon said on Friday it would send more troops, Associated "
        + "Press writer Lolita Baldor reported from Washington.");
    List<String> places = a.layers().places().stream().map(p -> p.name()).toList();
    assertTrue(places.stream().noneMatch(p -> p.startsWith("Lolita")), places.toString());
  }
}
