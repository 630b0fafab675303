package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateMention;
import org.sitrep.model.Event;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;

/** Place, date and counts of an event, on hand-tagged sentences: no CoreNLP. */
class AttachmentsTest {
  private static final String SENTENCE = "Troops/NNS/O/troop attacked/VBD/O/attack "
      + "Palmyra/NNP/LOCATION in/IN Syria/NNP/LOCATION on/IN Monday/NNP/DATE ,/, "
      + "killing/VBG/O/kill 12/CD ./.";

  private static Article article() {
    return EventFixture.withPlace(EventFixture.withPlace(EventFixture.article(SENTENCE),
        "Palmyra", "SY", "PPL"), "Syria", "SY", "PCLI");
  }

  private static Span span(Article a, String words) {
    int at = a.text().indexOf(words);
    return new Span(at, at + words.length());
  }

  @Test
  void theTownNearestTheTriggerIsThePlaceBeforeItsCountry() {
    EventDoc x = EventFixture.doc(article());
    Event.Where w = new Attachments(x).place(0, x.d.size(), 1);
    assertEquals("Palmyra", w.name());
    assertEquals("SYR", w.countryCode());
    assertEquals("sentence", w.precision());
  }

  @Test
  void aSentenceWithoutAPlaceHasNone() {
    EventDoc x = EventFixture.doc(EventFixture.article(
        "Troops/NNS/O/troop attacked/VBD/O/attack ./."));
    assertNull(new Attachments(x).place(0, x.d.size(), 1));
  }

  @Test
  void aDateInTheSentenceIsTheEventsDate() {
    Article a = article();
    a = a.withLayers(a.layers().withDates(List.of(
        new DateMention(span(a, "Monday"), "Monday", "2016-03-28", true, null))));
    EventDoc x = EventFixture.doc(a);
    Event.When w = new Attachments(x).date(a.layers().sentences().get(0));
    assertEquals("2016-03-28", w.value());
    assertEquals("sentence", w.precision());
  }

  @Test
  void aKilledCountIsTheDead() {
    Article a = article();
    a = a.withLayers(a.layers().withQuantities(List.of(new Quantity(span(a, "12"), "12", 12,
        "exact", null, null, null, null, null, null, null, "killed"))));
    EventDoc x = EventFixture.doc(a);
    List<Event.Count> counts = new Attachments(x).counts(0, x.d.size(), List.of());
    assertEquals(1, counts.size(), counts.toString());
    assertEquals("dead", counts.get(0).kind());
    assertEquals(12.0, counts.get(0).low());
    assertEquals(12.0, counts.get(0).high());
  }

  @Test
  void aNumberBeforeAHarmWordTheQuantitiesLeftWasNoCount() {
    EventDoc x = EventFixture.doc(EventFixture.article("two/CD dead/JJ/O/dead as/IN "
        + "police/NN/O/police clash/NN/O/clash with/IN protesters/NNS/O/protester"));
    List<Event.Count> counts = new Attachments(x).counts(0, x.d.size(), List.of(), null);
    assertEquals(1, counts.size(), counts.toString());
    assertEquals("dead", counts.get(0).kind());
    assertEquals(2.0, counts.get(0).low());
    EventDoc met = EventFixture.doc(EventFixture.article(
        "two/CD ministers/NNS/O/minister met/VBD/O/meet ./."));
    assertEquals(List.of(), new Attachments(met).counts(0, met.d.size(), List.of(), null));
  }
}
