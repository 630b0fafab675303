package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/** An event's place: its clause's, else its sentence's, before the article's focus. */
class EventPlaceTest {
  /**
   * Defect: the event of a later clause ("…, and officers fired tear gas") had no place of its
   * own, took the article's, and merged with the next paragraph's air strike in Idlib.
   */
  @Test
  void aLaterClausesEventIsAtThePlaceItsSentenceNames() {
    Article a = EventFixture.withPlace(EventFixture.article(
        "In/IN Nairobi/NNP ,/, protesters/NNS clashed/VBD with/IN police/NN ,/, and/CC "
            + "officers/NNS fired/VBD/O/fire tear/NN gas/NN ./.",
        "An/DT air/NN strike/NN killed/VBD/O/kill nine/CD civilians/NNS in/IN Idlib/NNP ./."),
        "Nairobi", "KE", "PPLC");
    a = EventFixture.withPlace(a, "Idlib", "SY", "PPLA");
    EventDoc x = EventFixture.doc(a);
    Attachments at = new Attachments(x);
    int officers = EventFixture.token(x, "officers");
    int fired = EventFixture.token(x, "fired");
    int end = EventFixture.token(x, "An");
    Event.Where w = at.place(officers, end, fired);
    assertNotNull(w);
    assertEquals("Nairobi", w.name());
    assertEquals("sentence", w.precision());
    Event.Where strike = at.place(end, x.d.size(), EventFixture.token(x, "killed"));
    assertEquals("Idlib", strike.name());
  }
}
