package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Focus;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/** The article's most mentioned countries and towns. */
class ArticleFocusTest {
  private final Gazetteer g = Gazetteer.bundled();

  private int town(String name, String cc) {
    for (int c : g.lookup(name)) {
      if (g.kind(c) == Gazetteer.PLACE && g.cc(c).equals(cc) && g.isPrimary(c, name)) {
        return c;
      }
    }
    throw new AssertionError("no town " + name + " in " + cc);
  }

  private Place at(int c, String name, double confidence) {
    return PlacePoints.place(g, new Span(0, 1), name, c, confidence, null, "toponym");
  }

  @Test
  void theMostMentionedCountriesAndTownsAreTheFocus() {
    int damascus = town("Damascus", "SY");
    int aleppo = town("Aleppo", "SY");
    int baghdad = town("Baghdad", "IQ");
    List<Place> ps = List.of(at(damascus, "Damascus", 0.9), at(damascus, "Damascus", 0.9),
        at(aleppo, "Aleppo", 0.9), at(baghdad, "Baghdad", 0.9));
    Focus f = ArticleFocus.of(g, ps);
    assertEquals(List.of(g.name(g.country("SY"))), f.countries(),
        "Iraq has less than half Syria's weight");
    assertEquals(List.of(g.name(damascus)), f.places(), "a town named once is no focus");
  }

  @Test
  void countriesWithinHalfTheTopOneShareTheFocus() {
    List<Place> ps = List.of(at(g.country("SY"), "Syria", 0.9), at(g.country("SY"), "Syria", 0.9),
        at(g.country("IQ"), "Iraq", 0.9));
    Focus f = ArticleFocus.of(g, ps);
    assertEquals(List.of(g.name(g.country("SY")), g.name(g.country("IQ"))), f.countries());
    assertEquals(List.of(), f.places());
  }
}
