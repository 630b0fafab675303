package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** Each name read as its best candidate, by the weights, in two passes. */
class ResolverTest {
  private final Gazetteer g = Gazetteer.bundled();

  @Test
  void theCountryAfterTheCommaPicksTheTown() {
    Map<Integer, Target> targets = GeoTagged.resolved(GeoTagged.article(
        "Troops/NNS entered/VBD/O/enter Mosul/NNP/LOCATION ,/, Iraq/NNP/LOCATION ./."));
    Target mosul = GeoTagged.target(targets, "Mosul");
    assertEquals("IQ", g.cc(mosul.best));
    assertTrue(mosul.share > 0 && mosul.share <= 1, "share " + mosul.share);
    assertTrue(mosul.confidence > 0 && mosul.confidence <= 1, "confidence " + mosul.confidence);
    assertNotNull(mosul.features);
    assertEquals(mosul.candidates.length, mosul.features.length);
  }

  @Test
  void aCountryNamedInTheArticleLiftsItsTown() {
    Map<Integer, Target> targets = GeoTagged.resolved(GeoTagged.article(
        "Russia/NNP/LOCATION sent/VBD/O/send troops/NNS ./.",
        "They/PRP reached/VBD/O/reach Syria/NNP/LOCATION and/CC Palmyra/NNP/LOCATION ./."));
    assertEquals("SY", g.cc(GeoTagged.target(targets, "Palmyra").best));
  }

  @Test
  void aNameTheGazetteerLacksIsHeldByThePlaceAfterTheComma() {
    Article a = GeoTagged.article(
        "A/DT fire/NN hit/VBD/O/hit Zqxville/NNP/LOCATION ,/, Auckland/NNP/LOCATION ./.");
    Map<Integer, Target> targets = GeoTagged.resolved(a);
    Target unknown = GeoTagged.target(targets, "Zqxville");
    assertEquals(-1, unknown.best);
    int holder = Resolver.holder(g, unknown, targets);
    assertEquals(GeoTagged.target(targets, "Auckland").best, holder);
    assertEquals("NZ", g.cc(holder));
  }
}
