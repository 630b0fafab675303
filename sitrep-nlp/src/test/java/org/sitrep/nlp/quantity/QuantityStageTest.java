package org.sitrep.nlp.quantity;

import org.sitrep.nlp.mention.Mentioned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Quantity;
import org.sitrep.nlp.attribution.QuoteStage;

/**
 * The quantity stage on hand-tagged sentences (each with its parse, so no parser loads): what a
 * number counts, its bound, its category, and the measures that are no counts.
 */
class QuantityStageTest {
  private static List<Quantity> quantities(String... sentences) {
    Article a = Mentioned.article(sentences);
    a = new QuoteStage().apply(a);
    return new QuantityStage().apply(a).layers().quantities();
  }

  @Test
  void someFourThousandTerroristsIsAnApproximateCountOfTerrorists() {
    List<Quantity> q = quantities("Some/DT//some/3:advmod 4,000/CD//4,000/3:nummod "
        + "terrorists/NNS//terrorist/4:nsubj fled/VBD//flee/0:root ././/./4:punct");
    assertEquals(1, q.size(), q.toString());
    assertEquals(4000.0, q.get(0).value());
    assertEquals("approx", q.get(0).bound());
    assertEquals("terrorists", q.get(0).counts());
  }

  @Test
  void peopleKilledAreCountedAsKilled() {
    List<Quantity> q = quantities("Twelve/CD//twelve/2:nummod people/NNS//people/4:nsubj:pass "
        + "were/VBD//be/4:aux:pass killed/VBN//kill/0:root ././/./4:punct");
    assertEquals(1, q.size(), q.toString());
    assertEquals(12.0, q.get(0).value());
    assertEquals("killed", q.get(0).category());
  }

  @Test
  void aDistanceIsAMeasureNotACount() {
    List<Quantity> q = quantities("The/DT//the/2:det convoy/NN//convoy/3:nsubj "
        + "drove/VBD//drive/0:root 40/CD//40/5:nummod km/NNS//km/3:obj ././/./3:punct");
    assertTrue(q.stream().noneMatch(x -> "km".equals(x.counts())), q.toString());
  }

  @Test
  void numbersInsideNamesWereCounts_apollo10CrewAndRs25EnginesAreNone() {
    // the Space Review: "Apollo 10 crew", "RS-25 engines" were counted as 10 crew and 25 engines
    List<Quantity> q = quantities("The/DT//the/4:det Apollo/NNP//Apollo/4:compound 10/CD//10/4:nummod "
        + "crew/NN//crew/5:nsubj flew/VBD//fly/0:root ././/./5:punct",
        "It/PRP//it/2:nsubj uses/VBZ//use/0:root four/CD//four/4:nummod "
        + "RS-25/NNP//RS-25/5:compound engines/NNS//engine/2:obj ././/./2:punct");
    assertTrue(q.stream().noneMatch(x -> x.value() == 10 || x.value() == 25), q.toString());
  }

  @Test
  void aCountAfterAWeekdayStaysACount() {
    List<Quantity> q = quantities("On/IN//on/2:case Monday/NNP//Monday/5:obl 12/CD//12/4:nummod "
        + "people/NNS//people/5:nsubj:pass were/VBD//be/5:aux:pass killed/VBN//kill/0:root "
        + "././/./5:punct");
    assertTrue(q.stream().anyMatch(x -> x.value() == 12), q.toString());
  }
}
