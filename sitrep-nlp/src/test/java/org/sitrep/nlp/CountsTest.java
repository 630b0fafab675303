package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Quantity;

/** Counts analysts trust: what is counted, what happened to it, money and shares, no noise. */
@Tag("corenlp")
class CountsTest {
  private static List<Quantity> counts(String text) {
    Article a = (Article) Annotator.pipeline().run(Article.ofText("t", "t", text, "en"));
    return a.layers().quantities();
  }

  private static Quantity only(String text) {
    List<Quantity> q = counts(text);
    assertEquals(1, q.size(), q.toString());
    return q.get(0);
  }

  @Test
  void theCountedNounIsTheHeadOfItsPhrase() {
    assertEquals("officials", only("Four national security and diplomatic officials said the "
        + "plan had stalled.").counts().replaceAll(".* ", ""));
  }

  @Test
  void whatHappenedToThePeopleCounted() {
    List<Quantity> q = counts("At least 12 people were killed on Sunday. Police arrested 40 "
        + "protesters in the capital, where 3,000 troops were deployed.");
    assertEquals(List.of("killed", "arrested", "troops"), q.stream().map(Quantity::category)
        .toList(), q.toString());
    assertEquals(12.0, q.get(0).low());
  }

  @Test
  void moneyWithItsCurrencyAndShares() {
    Quantity loss = only("The company reported a loss of $915 million in 1995.");
    assertEquals("USD", loss.unit());
    assertEquals("money", loss.category());
    assertEquals(915e6, loss.value());
    Quantity share = only("Clinton leads the race with 46 percent of likely voters.");
    assertEquals("percent", share.unit());
    assertEquals(46.0, share.value());
  }

  @Test
  void phoneNumbersScoresAgesAndDatesAreNotCounts() {
    for (String text : List.of("For tickets call 202-555-0100 or write to the box office.",
        "The Rams beat the Bears 24-17 on Sunday night.",
        "Jane Smith, 19, said she had waited for hours.",
        "The vote was held on October 11 in the capital.",
        "The office is at 131 West 23rd Street in Manhattan.")) {
      assertEquals(List.of(), counts(text), text);
    }
  }
}
