package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Layers;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/** The PolNeAR metric on a hand-built article (no CoreNLP): each rule of the README counted. */
class QuoteEvalTest {
  static final String TEXT = "\"We won,\" Smith said. \"Not so,\" he said. \"Maybe,\" said Jones."
      + " \"Odd.\"";

  @Test
  void countsDetectionSpeakersAndEndToEnd() {
    Mention smith = new Mention(0, new Span(10, 15), "Smith", "PERSON", "ner", 0);
    Mention jones = new Mention(1, new Span(55, 60), "Jones", "PERSON", "ner", 1);
    Entity e0 = new Entity(0, "PERSON", "John Smith", List.of("Smith"), null, null, List.of(0));
    Entity e1 = new Entity(1, "PERSON", "Ann Jones", List.of("Jones"), null, null, List.of(1));
    List<Quote> quotes = List.of(
        new Quote(new Span(0, 9), "We won,", 0, "John Smith", new Span(10, 20), "name"),
        new Quote(new Span(22, 31), "Not so,", 0, "John Smith", new Span(32, 39), "pronoun"),
        new Quote(new Span(41, 49), "Maybe,", 0, "John Smith", new Span(50, 60), "name"),
        new Quote(new Span(62, 68), "Odd.", null, null, null, null));
    Layers l = Layers.EMPTY.withMentions(List.of(smith, jones))
        .withEntities(List.of(e0, e1), List.of(smith, jones)).withQuotes(quotes);
    Article a = Article.ofText("x", "x", TEXT, "en").withLayers(l);
    List<QuoteEval.Gold> gold = List.of(
        new QuoteEval.Gold(List.of(new Span(0, 9)), List.of(new Span(10, 15)), "Smith", true),
        // a bare pronoun: the attribution words overlapping it count
        new QuoteEval.Gold(List.of(new Span(22, 31)), List.of(new Span(32, 34)), "he", true),
        // the predicted speaker is wrong (Smith for Jones)
        new QuoteEval.Gold(List.of(new Span(41, 49)), List.of(new Span(55, 60)), "Jones", true),
        // a gold quote nobody predicted (its content lies elsewhere)
        new QuoteEval.Gold(List.of(new Span(15, 20)), List.of(), "", true));
    java.util.Map<String, int[]> byVia = new java.util.HashMap<>();
    QuoteEval.Counts c = QuoteEval.score(a, gold, new java.util.ArrayList<>(), byVia);
    assertEquals(4, c.predicted());
    assertEquals(3, c.predictedInGold(), "\"Odd.\" overlaps no gold content");
    assertEquals(4, c.gold());
    assertEquals(3, c.goldFound());
    assertEquals(3, c.attributable());
    assertEquals(2, c.speakerRight(), "Smith by mention, he by the attribution words");
    assertEquals(3, c.goldWithSource());
    assertEquals(2, c.goldRightSpeaker());
    assertEquals(0.5, c.endToEndP(), 1e-9);
    assertEquals(2.0 / 3, c.endToEndR(), 1e-9);
    // how often each way of reading a speaker was right: confidence.words holds these shares
    assertArrayEquals(new int[] {1, 2}, byVia.get("quote.name"), "Smith right, Jones wrong");
    assertArrayEquals(new int[] {1, 1}, byVia.get("quote.pronoun"));
  }
}
