package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

/** The whole place stage on hand-tagged articles: its steps run in order. */
class PlaceStageStepsTest {
  @Test
  void demonymsPlacesAndFocusComeOutTogether() {
    Article a = new PlaceStage().apply(GeoTagged.article(
        "Syrian/JJ forces/NNS entered/VBD/O/enter Palmyra/NNP/LOCATION ./.",
        "Palmyra/NNP/LOCATION fell/VBD/O/fall ./."));
    List<Place> ps = a.layers().places();
    assertEquals("demonym", GeoTagged.place(ps, "Syrian").kind());
    List<Place> palmyra = ps.stream().filter(p -> p.name().equals("Palmyra")).toList();
    assertEquals(2, palmyra.size(), ps.toString());
    assertTrue(palmyra.stream().allMatch(p -> "SY".equals(p.countryCode())), ps.toString());
    assertTrue(a.layers().focus().countries().get(0).contains("Syria"),
        a.layers().focus().toString());
    for (int i = 1; i < ps.size(); i++) {
      assertTrue(ps.get(i - 1).span().start() <= ps.get(i).span().start(), "in text order");
    }
  }

  @Test
  void aStormsNameIsLeftOut() {
    List<Place> ps = GeoTagged.places("Hurricane/NNP Harvey/NNP/LOCATION hit/VBD/O/hit "
        + "Houston/NNP/LOCATION ./.");
    assertTrue(ps.stream().noneMatch(p -> p.name().equals("Harvey")), ps.toString());
    assertEquals("US", GeoTagged.place(ps, "Houston").countryCode());
  }

  @Test
  void theSinkGetsEachResolvedNamesChoice() {
    List<PlaceStage.Choice> choices = new ArrayList<>();
    new PlaceStage().apply(GeoTagged.article(
        "Troops/NNS entered/VBD/O/enter Mosul/NNP/LOCATION ,/, Iraq/NNP/LOCATION ./."),
        choices::add);
    assertEquals(2, choices.size(), choices.toString());
    for (PlaceStage.Choice c : choices) {
      assertEquals(c.candidates().length, c.features().length);
      assertFalse(c.spans().isEmpty());
    }
  }
}
