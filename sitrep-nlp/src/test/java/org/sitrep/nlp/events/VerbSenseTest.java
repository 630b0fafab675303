package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** A verb read in its news sense only where its next words say so (events/verb-types.tsv). */
class VerbSenseTest {
  private static List<String> types(String tagged) {
    return new EventStage().apply(EventFixture.article(tagged)).layers().events().stream()
        .filter(Event::happened).map(Event::type).toList();
  }

  /** Defect: the seed's "IS fighters … managed to dig in in Palmyra's outskirts" was an ACCUSE. */
  @Test
  void fightersWhoDigInInvestigateNothing() {
    assertEquals(List.of(), types("IS/NNP/ORGANIZATION fighters/NNS/O/fighter dug/VBD/O/dig "
        + "in/RP in/IN Palmyra/NNP/LOCATION 's/POS outskirts/NNS ./."));
  }
}
