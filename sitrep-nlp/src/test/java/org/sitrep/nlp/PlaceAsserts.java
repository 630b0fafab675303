package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.sitrep.model.Article;
import org.sitrep.model.Place;
import org.sitrep.nlp.geo.Gazetteer;

/** What the place tests share: annotating a sentence up to places, finding a place, its error. */
final class PlaceAsserts {
  private PlaceAsserts() {}

  static Article annotate(String text) {
    return (Article) Annotator.places().run(Article.ofText("t", "t", text, "en"));
  }

  /** The first place written {@code name}, or an assertion error listing the places. */
  static Place place(Article a, String name) {
    return a.layers().places().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no place " + name + " in " + a.layers().places()));
  }

  static boolean noPlace(Article a, String name) {
    return a.layers().places().stream().noneMatch(p -> p.name().contains(name));
  }

  /** The place lies within {@code km} of where it is. */
  static void within(Place p, double lat, double lon, double km) {
    assertNotNull(p.lat(), p.name() + " has no coordinates: " + p);
    double d = Gazetteer.km(p.lat(), p.lon(), lat, lon);
    assertTrue(d <= km, p.name() + " is " + Math.round(d) + " km from where it is: " + p);
  }
}
