package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Aliases;

/** The article's toponyms: place entities, names inside other names, untagged proper nouns. */
class ToponymsTest {
  private final Gazetteer g = Gazetteer.bundled();

  @Test
  void aPlaceEntityGetsTheCandidatesOfItsNameAndIsKnownByIt() {
    Article a = GeoTagged.article("Jets/NNS struck/VBD/O/strike Raqqa/NNP/LOCATION ./.");
    Map<String, Target> known = new HashMap<>();
    Map<Integer, Target> targets = Toponyms.ofEntities(a, g, known);
    assertEquals(1, targets.size(), targets.toString());
    Target raqqa = GeoTagged.target(targets, "Raqqa");
    assertEquals(1, raqqa.mentions.size());
    assertFalse(raqqa.fromPart);
    assertTrue(Arrays.stream(raqqa.candidates).anyMatch(c -> g.cc(c).equals("SY")),
        "a Syrian candidate");
    assertSame(raqqa, known.get(Aliases.key("Raqqa")));
  }

  @Test
  void aNameTheGazetteerLacksTakesTheCandidatesOfItsKnownPart() {
    Article a = GeoTagged.article(
        "Homes/NNS in/IN St./NNP/LOCATION Louis/NNP/LOCATION Hills/NNP/LOCATION sold/VBD ./.");
    Target t = GeoTagged.target(GeoTagged.targets(a), "St. Louis Hills");
    assertTrue(t.fromPart);
    assertTrue(t.candidates.length > 0);
    assertTrue(Arrays.stream(t.candidates).allMatch(c -> g.name(c).contains("Louis")),
        Arrays.toString(t.candidates));
  }

  @Test
  void aPlaceInsideAnOrganisationsNameIsEmbedded() {
    Article a = GeoTagged.article("The/DT Washington/NNP/ORGANIZATION Post/NNP/ORGANIZATION "
        + "reported/VBD/O/report it/PRP ./.");
    Map<String, Target> extra = Toponyms.embedded(Doc.of(a), g, a.layers().mentions(),
        new HashMap<>());
    Target t = extra.values().stream().filter(x -> x.names.contains("Washington")).findFirst()
        .orElseThrow(() -> new AssertionError(extra.keySet().toString()));
    assertEquals("embedded", t.kind);
    assertEquals("embedded", t.mentions.get(0).source());
  }

  @Test
  void aKnownNameRecurringUntaggedJoinsItsTarget() {
    Article a = GeoTagged.article("Rebels/NNS held/VBD/O/hold Douma/NNP/LOCATION ./.",
        "Douma/NNP is/VBZ/O/be surrounded/VBN/O/surround ./.");
    Map<String, Target> known = new HashMap<>();
    Map<Integer, Target> targets = Toponyms.ofEntities(a, g, known);
    Map<String, Target> extra = Toponyms.embedded(Doc.of(a), g, a.layers().mentions(), known);
    assertTrue(extra.isEmpty(), extra.keySet().toString());
    assertEquals(2, GeoTagged.target(targets, "Douma").mentions.size());
  }

  @Test
  void aTownNamedLikeAPersonIsReadByTheLocalCueAfterIt() {
    Article a = GeoTagged.article(
        "Monroe/NNP/PERSON police/NNS said/VBD/O/say the/DT road/NN closed/VBD/O/close ./.");
    Map<String, Target> extra = Toponyms.embedded(Doc.of(a), g, a.layers().mentions(),
        new HashMap<>());
    Target t = extra.get(Aliases.key("Monroe") + "/toponym");
    assertTrue(t != null, extra.keySet().toString());
    assertEquals("toponym", t.kind);
    assertTrue(t.candidates.length > 0);
  }

  @Test
  void aPersonsNameWithoutALocalCueStaysAPerson() {
    Article a = GeoTagged.article("Monroe/NNP/PERSON said/VBD/O/say the/DT road/NN "
        + "closed/VBD/O/close ./.");
    Map<String, Target> extra = Toponyms.embedded(Doc.of(a), g, a.layers().mentions(),
        new HashMap<>());
    assertTrue(extra.isEmpty(), extra.keySet().toString());
  }
}
