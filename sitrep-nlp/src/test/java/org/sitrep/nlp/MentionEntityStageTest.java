package org.sitrep.nlp;

import org.sitrep.nlp.mention.Mentioned;
import org.sitrep.nlp.mention.MentionStage;
import org.sitrep.nlp.doc.Tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/** The mention and entity stages on hand-tagged sentences: no CoreNLP is loaded. */
class MentionEntityStageTest {
  private static Article mentionsAndEntities(String... sentences) {
    return Mentioned.article(sentences);
  }

  private static Map<String, String> mentionTypes(Article a) {
    return a.layers().mentions().stream()
        .collect(Collectors.toMap(Mention::text, Mention::type, (x, y) -> x));
  }

  @Test
  void aRunOfOneNerTagIsOneMention() {
    Article a = new MentionStage().apply(Tagged.article(
        "Major-General/NNP Igor/NNP/PERSON Konashenkov/NNP/PERSON said/VBD/O/say "
            + "Islamic/NNP/ORGANIZATION State/NNP/ORGANIZATION attacked/VBD/O/attack "
            + "Palmyra/NNP/LOCATION ./."));
    Map<String, String> types = mentionTypes(a);
    assertEquals("PERSON", types.get("Igor Konashenkov"), types.toString());
    assertEquals("ORGANIZATION", types.get("Islamic State"), types.toString());
    assertEquals("LOCATION", types.get("Palmyra"), types.toString());
  }

  @Test
  void aSurnameLaterInTheArticleIsTheSamePerson() {
    Article a = mentionsAndEntities(
        "Igor/NNP/PERSON Konashenkov/NNP/PERSON spoke/VBD/O/speak ./.",
        "Konashenkov/NNP/PERSON said/VBD/O/say the/DT attack/NN failed/VBD/O/fail ./.");
    List<Entity> people = a.layers().entities().stream()
        .filter(e -> e.type().equals("PERSON")).toList();
    assertEquals(1, people.size(), people.toString());
    assertEquals("Igor Konashenkov", people.get(0).name());
    assertEquals(2, people.get(0).mentions().size(), "both mentions joined");
  }

  @Test
  void anAcronymDefinedInParenthesesIsAnAliasOfItsOrganisation() {
    Article a = mentionsAndEntities(
        "The/DT Islamic/NNP/ORGANIZATION State/NNP/ORGANIZATION (/-LRB- IS/NNP/ORGANIZATION )/-RRB- "
            + "attacked/VBD/O/attack Palmyra/NNP/LOCATION ./.",
        "IS/NNP/ORGANIZATION fighters/NNS/O/fighter withdrew/VBD/O/withdraw ./.");
    List<Entity> orgs = a.layers().entities().stream()
        .filter(e -> e.type().equals("ORGANIZATION")).toList();
    assertEquals(1, orgs.size(), orgs.toString());
    assertTrue(orgs.get(0).aliases().contains("IS") || orgs.get(0).name().equals("IS"),
        orgs.toString());
  }
}
