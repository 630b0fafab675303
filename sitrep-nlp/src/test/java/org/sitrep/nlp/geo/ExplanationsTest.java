package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.model.Place;

/** Each place's explanation: the candidates the resolver weighed and why, only when asked. */
class ExplanationsTest {
  private static List<Place> places(PlaceOptions options, String... sentences) {
    Article a = GeoTagged.article(sentences);
    return new PlaceStage(new SiteHomes(), ResolverWeights.bundled(), options).apply(a)
        .layers().places();
  }

  @Test
  void aTownNamedWithItsStateExplainsTheRuleAndItsScore() {
    List<Place> ps = places(new PlaceOptions(true, null),
        "Protesters/NNS marched/VBD/O/march in/IN Cambridge/NNP/LOCATION ,/, Md./NNP/LOCATION"
            + " ./.");
    Place cambridge = GeoTagged.place(ps, "Cambridge");
    List<Place.Candidate> ex = cambridge.explain();
    assertNotNull(ex, ps.toString());
    assertFalse(ex.isEmpty());
    assertTrue(ex.size() <= PlaceOptions.EXPLAIN_CANDIDATES, ex.toString());
    Place.Candidate first = ex.get(0);
    assertEquals(cambridge.resolved(), first.name());
    assertEquals("US", first.countryCode());
    assertEquals("Maryland", first.admin1());
    for (int i = 1; i < ex.size(); i++) {
      assertTrue(ex.get(i - 1).score() >= ex.get(i).score(), "best first: " + ex);
      assertEquals("Maryland", ex.get(i).admin1(), "only Maryland's candidates were kept");
    }
    assertTrue(ex.stream().mapToDouble(Place.Candidate::share).sum() <= 1.001, ex.toString());
    assertTrue(first.reasons().stream().anyMatch(r -> r.startsWith("population ")),
        first.reasons().toString());
    assertTrue(first.reasons().stream().anyMatch(r -> r.startsWith("rule: \"X, Y\"")
        && r.contains("Maryland")), first.reasons().toString());
    Place md = GeoTagged.place(ps, "Md.");
    assertTrue(md.explain().get(0).reasons().stream()
        .anyMatch(r -> r.equals("rule: a state's abbreviation: Maryland")),
        md.explain().toString());
  }

  @Test
  void aCountryTheArticleNamesIsAReasonWithItsPart() {
    List<Place> ps = places(new PlaceOptions(true, null),
        "Russia/NNP/LOCATION sent/VBD/O/send troops/NNS ./.",
        "They/PRP reached/VBD/O/reach Syria/NNP/LOCATION and/CC Palmyra/NNP/LOCATION ./.");
    Place.Candidate palmyra = GeoTagged.place(ps, "Palmyra").explain().get(0);
    assertEquals("SY", palmyra.countryCode());
    assertTrue(palmyra.reasons().stream().anyMatch(
        r -> r.matches("in SY, which the article names \\(share [0-9.]+\\) \\(\\+[0-9.]+\\)")),
        palmyra.reasons().toString());
  }

  @Test
  void withoutTheOptionPlacesCarryNoExplanationAndTheirJsonDoesNotGrow() {
    List<Place> ps = places(PlaceOptions.DEFAULT,
        "Protesters/NNS marched/VBD/O/march in/IN Cambridge/NNP/LOCATION ,/, Md./NNP/LOCATION"
            + " ./.");
    Place cambridge = GeoTagged.place(ps, "Cambridge");
    assertNull(cambridge.explain());
    assertFalse(Json.line(cambridge).contains("explain"), Json.line(cambridge));
  }

  @Test
  void anExplainedPlaceRoundTripsThroughJson() {
    Place p = GeoTagged.place(places(new PlaceOptions(true, null),
        "Troops/NNS entered/VBD/O/enter Mosul/NNP/LOCATION ,/, Iraq/NNP/LOCATION ./."), "Mosul");
    assertNotNull(p.explain());
    assertEquals(p, Json.read(Json.line(p), Place.class));
  }
}
