package org.sitrep.nlp.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * "president", "the company", "police", "a WeWork spokesperson" were entities in the stored
 * article (and the export) although they name nobody: the entities layer keeps only entities
 * with a proper name, and every id pointing into it follows.
 */
class GenericNounStoredAsEntityTest {
  private static List<String> names(Article a) {
    return a.layers().entities().stream().map(Entity::name).toList();
  }

  @Test
  void entitiesWithoutAProperNameLeaveTheLayer() {
    Article before = Mentioned.article(
        "The/DT president/NN met/VBD police/NNS in/IN Paris/NNP/LOCATION ./.",
        "A/DT WeWork/NNP/ORGANIZATION spokesperson/NN said/VBD the/DT company/NN "
            + "would/MD appeal/VB ./.",
        "Hong/NNP/LOCATION Kong/NNP/LOCATION police/NNS and/CC Ms./NNP Zakharova/NNP/PERSON "
            + "spoke/VBD ./.",
        "Local/JJ/O/local officials/NNS/O/official said/VBD Syrian/JJ/O/Syrian "
            + "forces/NNS/O/force attacked/VBD ./.");
    assertTrue(names(before).contains("president"), names(before).toString());
    Article a = new NamedEntities().apply(before);
    List<String> names = names(a);
    for (String generic : List.of("president", "police", "a WeWork spokesperson", "company",
        "Local officials")) {
      assertTrue(!names.contains(generic), generic + " in " + names);
    }
    for (String kept : List.of("Paris", "WeWork", "Hong Kong police", "Zakharova",
        "Syrian forces")) {
      assertTrue(names.stream().anyMatch(n -> n.endsWith(kept)), kept + " not in " + names);
    }
    for (int i = 0; i < a.layers().entities().size(); i++) {
      Entity e = a.layers().entities().get(i);
      assertEquals(i, e.id());
      for (int id : e.mentions()) {
        assertEquals(i, a.layers().mentions().get(id).entity(), e.toString());
      }
    }
    Mention president = a.layers().mentions().stream()
        .filter(m -> m.text().equals("The president")).findFirst().orElseThrow();
    assertNull(president.entity());
  }

  @Test
  void aQuoteKeepsItsDescribedSpeakersWordsAndFollowsRenumberedIds() {
    Article before = Mentioned.article(
        "The/DT president/NN met/VBD Ms./NNP Zakharova/NNP/PERSON ./.");
    int president = before.layers().mentions().stream()
        .filter(m -> m.text().equals("The president")).findFirst().orElseThrow().entity();
    int zakharova = before.layers().mentions().stream()
        .filter(m -> m.text().contains("Zakharova")).findFirst().orElseThrow().entity();
    Span s = new Span(0, 3);
    before = before.withLayers(before.layers().withQuotes(List.of(
        new Quote(s, "x", president, "The president", s, "nominal"),
        new Quote(s, "y", zakharova, "Zakharova", s, "name"))));
    Article a = new NamedEntities().apply(before);
    Quote q0 = a.layers().quotes().get(0);
    Quote q1 = a.layers().quotes().get(1);
    assertNull(q0.speaker());
    assertEquals("The president", q0.speakerName());
    assertEquals("Zakharova", a.layers().entities().get(q1.speaker()).name());
  }
}
