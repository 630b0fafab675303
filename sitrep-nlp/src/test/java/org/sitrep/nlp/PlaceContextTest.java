package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.nlp.PlaceAsserts.annotate;
import static org.sitrep.nlp.PlaceAsserts.place;
import static org.sitrep.nlp.PlaceAsserts.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

/**
 * What the words around a name say about which place it is: a list of its peers, "the state
 * of", the town it holds; and first-level regions by the names news uses. Sentences of our own
 * making.
 */
@Tag("corenlp")
class PlaceContextTest {
  /** An article of one local site, as a page would give it. */
  private static Article page(String id, String text) {
    String url = "https://www.suburbnews.example/" + id;
    return Article.ofText(id, url, text, "en").withPage(url, "www.suburbnews.example", null, null);
  }

  @Test
  void aProvinceInAListOfProvinces() {
    Article a = annotate("Cases were reported in British Columbia, Alberta, Manitoba, Ontario "
        + "and New Brunswick this week.");
    Place p = place(a, "Ontario");
    assertEquals("CA", p.countryCode(), "not Ontario, California: " + p);
  }

  @Test
  void aStateInAListOfStates() {
    Article a = annotate("The recalled melons were sold in Oregon, Tennessee, Utah, Washington "
        + "and Wisconsin.");
    Place p = place(a, "Washington");
    assertEquals("Washington", p.admin1(), p.toString());
    assertTrue(p.lon() < -115, "the state, not the capital: " + p);
  }

  @Test
  void aCountryInAListIsNotATownOfTheNextCountry() {
    Article a = annotate("Many countries, among them China, Japan, and the United Kingdom, "
        + "have warned travellers.");
    assertEquals("CN", place(a, "China").countryCode(), a.layers().places().toString());
  }

  @Test
  void theRegionThatHoldsTheTownBeforeIt() {
    Article a = annotate("The company, which is based in Mississauga, Ontario, recalled its "
        + "products on Friday.");
    assertEquals("CA", place(a, "Ontario").countryCode(), a.layers().places().toString());
  }

  @Test
  void theStateOfVictoria() {
    Article a = annotate("Most of the cases have been in the state of Victoria, officials said.");
    within(place(a, "Victoria"), -37, 144.5, 400);
  }

  @Test
  void regionsByTheNamesNewsUses() {
    Article a = annotate("Deaths occurred in the provinces of Shandong, Guangxi and Hunan, and "
        + "in West Java.");
    within(place(a, "Shandong"), 36.4, 118.4, 250);
    within(place(a, "Guangxi"), 23.6, 108.3, 250);
    within(place(a, "Hunan"), 27.4, 111.8, 250);
    within(place(a, "West Java"), -6.9, 107.6, 250);
  }

  @Test
  void aCompassWordAloneIsNoPartOfAName() {
    Article a = annotate("A rumour spread across Northeast Texas and North-Western Sydney.");
    within(place(a, "Northeast Texas"), 31.3, -99.3, 700);
    within(place(a, "North-Western Sydney"), -33.8, 151, 100);
  }

  @Test
  void aTownNamedLikeAForeignRegionOnlyWhenSpelledOut() {
    Article a = annotate("He received degrees in history from Washington University in St. Louis "
        + "and then worked in Mexico City and Bogota.");
    assertEquals("US", place(a, "St. Louis").countryCode(),
        "not Saint-Louis, Senegal (a region of Senegal is called Saint-Louis): "
            + a.layers().places());
  }

  @Test
  void aReadingBySizeAloneDoesNotVoteForTheOutletsHome() {
    org.sitrep.model.Pipeline p = Annotator.places();
    p.run(page("1", "The Dublin council met on Tuesday to discuss parking downtown."));
    p.run(page("2", "Police in Hilliard and Powell, Ohio, said the roads would stay closed."));
    Article c = (Article) p.run(page("3", "The Dublin council approved the budget on Monday."));
    Place dublin = place(c, "Dublin");
    assertEquals("US", dublin.countryCode(), "the suburb of Columbus, Ohio, the site's home: "
        + dublin);
  }

  @Test
  void aNameNoGazetteerHasIsPlacedAtWhatHoldsIt() {
    Article a = annotate("Everyone who ate at the restaurant in Greenlane, Auckland, last week "
        + "should see a doctor.");
    Place p = place(a, "Greenlane");
    assertEquals("held", p.kind(), p.toString());
    within(p, -36.89, 174.79, 50);
    assertTrue(p.confidence() < 0.8, "never sure: " + p);
  }

  @Test
  void mexicoIsTheCountryNotItsState() {
    Article a = annotate("Officials in Mexico said the outbreak had spread to Mexico City.");
    Place p = place(a, "Mexico");
    assertEquals("PCLI", p.featureCode(), "the country, not the state of México: " + p);
  }
}
