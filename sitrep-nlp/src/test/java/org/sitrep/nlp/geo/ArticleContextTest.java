package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.nlp.doc.Doc;

/** What the article says around its place names: countries, containers, lists, region cues. */
class ArticleContextTest {
  private final Gazetteer g = Gazetteer.bundled();

  private ArticleContext context(Article a, Map<Integer, Target> targets) {
    return ArticleContext.of(g, a.text(), a.layers().mentions(), targets, List.of(), null, null);
  }

  @Test
  void thePlaceAfterTheCommaContainsTheOneBefore() {
    Article a = GeoTagged.article(
        "Troops/NNS entered/VBD/O/enter Mosul/NNP/LOCATION ,/, Iraq/NNP/LOCATION ./.");
    Map<Integer, Target> targets = GeoTagged.targets(a);
    ArticleContext c = context(a, targets);
    Target mosul = GeoTagged.target(targets, "Mosul");
    Target iraq = GeoTagged.target(targets, "Iraq");
    assertEquals(List.of(iraq.entity.id()), mosul.containers);
    assertEquals(List.of(mosul), iraq.contains);
    assertEquals(1.0, c.countryShare.get("IQ"), 1e-9, c.countryShare.toString());
  }

  @Test
  void namesInAListAreSiblingsNotContainers() {
    Article a = GeoTagged.article("Snow/NN fell/VBD/O/fall in/IN Manitoba/NNP/LOCATION ,/, "
        + "Ontario/NNP/LOCATION and/CC Alberta/NNP/LOCATION ./.");
    Map<Integer, Target> targets = GeoTagged.targets(a);
    context(a, targets);
    Target ontario = GeoTagged.target(targets, "Ontario");
    assertEquals(2, ontario.siblings.size(), ontario.siblings.toString());
    assertTrue(GeoTagged.target(targets, "Manitoba").containers.isEmpty(),
        "Manitoba is not in Ontario");
  }

  @Test
  void fourNamesJoinedByCommasAloneWereReadAsContainersNotAList() {
    // GeoVirus: "Illnesses in Canada occurred in British Columbia, Alberta, Manitoba, Ontario
    // and New Brunswick", New Brunswick not tagged: each province was read as inside the next,
    // and Ontario as Ontario, California
    Article a = GeoTagged.article("Illnesses/NNS occurred/VBD/O/occur in/IN "
        + "Alberta/NNP/LOCATION ,/, Manitoba/NNP/LOCATION ,/, Saskatchewan/NNP/LOCATION ,/, "
        + "Ontario/NNP/LOCATION ./.");
    Map<Integer, Target> targets = GeoTagged.targets(a);
    context(a, targets);
    Target ontario = GeoTagged.target(targets, "Ontario");
    assertEquals(3, ontario.siblings.size(), ontario.siblings.toString());
    assertTrue(GeoTagged.target(targets, "Saskatchewan").containers.isEmpty(),
        "Saskatchewan is not in Ontario");
    // three are still a chain of containers: town, region, country
    Article chain = GeoTagged.article("Troops/NNS entered/VBD/O/enter Mosul/NNP/LOCATION ,/, "
        + "Nineveh/NNP/LOCATION ,/, Iraq/NNP/LOCATION ./.");
    Map<Integer, Target> chained = GeoTagged.targets(chain);
    context(chain, chained);
    assertTrue(GeoTagged.target(chained, "Mosul").siblings.isEmpty());
  }

  @Test
  void aRegionWordAfterTheNameKeepsOnlyRegions() {
    Article a = GeoTagged.article(
        "Rain/NN fell/VBD/O/fall in/IN Washington/NNP/LOCATION state/NN ./.");
    Map<Integer, Target> targets = GeoTagged.targets(a);
    Target w = GeoTagged.target(targets, "Washington");
    assertTrue(Arrays.stream(w.candidates).anyMatch(c -> g.kind(c) != Gazetteer.REGION));
    ArticleContext.regionsWhereCued(Doc.of(a), g, new ArrayList<>(targets.values()));
    assertTrue(w.candidates.length > 0);
    assertTrue(Arrays.stream(w.candidates).allMatch(c -> g.kind(c) == Gazetteer.REGION),
        Arrays.toString(w.candidates));
  }
}
