package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.nlp.PlaceAsserts.annotate;
import static org.sitrep.nlp.PlaceAsserts.noPlace;
import static org.sitrep.nlp.PlaceAsserts.place;
import static org.sitrep.nlp.PlaceAsserts.within;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

/**
 * Each error the places issue names, on a sentence of our own making: where the place must
 * land (within 161 km of where it is, or in the right country), or that a name is no place.
 */
@Tag("corenlp")
class PlaceErrorsTest {
  @Test
  void theWhiteHouseAndTheOvalOfficeAreInWashington() {
    Article a = annotate("The senators walked from the White House lawn into the Oval Office "
        + "to meet the president.");
    for (Place p : a.layers().places()) {
      assertTrue(!"Whitehouse".equals(p.resolved()), "not Whitehouse, Texas: " + p);
    }
    within(place(a, "Oval Office"), 38.8977, -77.0365, 25);
  }

  @Test
  void aConsulateInStPetersburgBesideRussiaIsInRussia() {
    Article a = annotate("Officials at the US consulate in St. Petersburg were told to leave "
        + "Russia within a week.");
    Place p = place(a, "St. Petersburg");
    assertEquals("RU", p.countryCode(), p.toString());
    within(p, 59.94, 30.31, 50);
  }

  @Test
  void theAtlanticIsTheOceanAndTheMagazineIsNoPlace() {
    Article storm = annotate("A hurricane formed over the Atlantic on Tuesday and is expected "
        + "to strengthen.");
    Place ocean = place(storm, "Atlantic");
    assertEquals("H", ocean.featureClass(), ocean.toString());
    assertTrue(!"US".equals(ocean.countryCode()), "not Atlantic, Iowa: " + ocean);
    Article magazine = annotate("The Atlantic reported on Monday that the senator would "
        + "resign.");
    assertTrue(noPlace(magazine, "Atlantic"), magazine.layers().places().toString());
  }

  @Test
  void theWestCoastIsAmericasNotTasmanias() {
    Article a = annotate("Wildfires spread along the West Coast, from California to "
        + "Washington state.");
    Place p = place(a, "West Coast");
    assertEquals("US", p.countryCode(), p.toString());
    assertTrue(p.lon() < -115 && p.lat() > 32 && p.lat() < 49, p.toString());
  }

  @Test
  void louisvilleIsInKentucky() {
    Article a = annotate("Police said the shooting happened in Louisville on Saturday night.");
    Place p = place(a, "Louisville");
    assertEquals("Kentucky", p.admin1(), p.toString());
    within(p, 38.25, -85.76, 25);
  }

  @Test
  void cambridgeBesideBritainIsInEngland() {
    Article a = annotate("The vaccine was developed by scientists in Cambridge with money from "
        + "the British government.");
    Place p = place(a, "Cambridge");
    assertEquals("GB", p.countryCode(), "not Cambridge, Massachusetts: " + p);
    within(p, 52.2, 0.12, 25);
  }

  @Test
  void regionsSeasAndTerritoriesHaveCoordinates() {
    Article a = annotate("The talks in Seoul focused on the Korean Peninsula. The war has "
        + "spread fear across the Middle East. Fighting flared again in Nagorno-Karabakh. The "
        + "ship sank in the Indian Ocean, 300 miles off Madagascar.");
    within(place(a, "Korean Peninsula"), 38.3, 127.4, 161);
    within(place(a, "Nagorno-Karabakh"), 39.8, 46.75, 100);
    Place me = place(a, "Middle East");
    assertNotNull(me.lat(), me.toString());
    assertTrue(me.lat() > 20 && me.lat() < 38 && me.lon() > 30 && me.lon() < 55, me.toString());
    Place ocean = place(a, "Indian Ocean");
    assertEquals("H", ocean.featureClass(), ocean.toString());
    assertTrue(ocean.lat() < 10 && ocean.lon() > 50 && ocean.lon() < 110, ocean.toString());
    // a wide area's point is a convention: never "sure"
    assertTrue(ocean.confidence() < 0.8 && me.confidence() < 0.8);
  }

  @Test
  void weatherSystemsAndTeamsAreNoPlaces() {
    Article weather = annotate("Forecasters said El Niño would bring heavy rain to Peru this "
        + "winter, as Hurricane Harvey did to Texas.");
    assertTrue(noPlace(weather, "Niño"), weather.layers().places().toString());
    assertTrue(noPlace(weather, "Harvey"), weather.layers().places().toString());
    assertEquals("PE", place(weather, "Peru").countryCode());
    Article game = annotate("Notre Dame beat Michigan 31-7 on Saturday.");
    assertTrue(noPlace(game, "Notre Dame"), game.layers().places().toString());
    assertTrue(noPlace(game, "Michigan"), game.layers().places().toString());
    Article town = annotate("The storm flooded roads in Michigan on Saturday.");
    assertEquals("US", place(town, "Michigan").countryCode());
    Article attack = annotate("Militants tried to storm Palmyra again on Sunday.");
    place(attack, "Palmyra"); // a verb before it, not a storm's name
  }

  @Test
  void directionsPartiesAndAbbreviationsStillNameTheirPlace() {
    Article a = annotate("She moved to North Texas in 1973, said Rep. Nick Rahall, D-W. Va., "
        + "who grew up in Greenwood, W. Va.");
    within(place(a, "North Texas"), 31.0, -99.0, 300);
    Article dc = annotate("The senators flew back to Washington on Monday, said Rep. Nick "
        + "Rahall.");
    assertEquals("District of Columbia", place(dc, "Washington").admin1(),
        "the name of a state written out is still the city's");
    List<Place> wv = a.layers().places().stream().filter(p -> p.name().contains("W. Va"))
        .toList();
    assertEquals(2, wv.size(), a.layers().places().toString()); // "D-W. Va." and "W. Va."
    assertTrue(!wv.isEmpty() && wv.stream().allMatch(p -> "West Virginia".equals(p.admin1())),
        wv.toString());
  }

  @Test
  void adjectivesRiversAbbreviationsAndTerritoriesArePlaces() {
    // Sentences of our own: what GeoWebNews and LGL mark as places and CoreNLP or the
    // countries' demonyms miss.
    Article a = annotate("Ohioans voted, while South Ossetian and Kurdish leaders met Central "
        + "American officials.");
    assertEquals("Ohio", place(a, "Ohioans").admin1());
    assertEquals("GE", place(a, "South Ossetian").countryCode());
    within(place(a, "Kurdish"), 36.0, 43.0, 600);
    within(place(a, "Central American"), 13.0, -86.0, 600);
    Article b = annotate("The S.C. Highway Patrol said T&T police helped; government forces "
        + "shelled eastern Ghouta. Boats sailed down the Cauvery.");
    assertEquals("South Carolina", place(b, "S.C.").admin1());
    assertEquals("TT", place(b, "T&T").countryCode());
    within(place(b, "Ghouta"), 33.55, 36.4, 30);
    assertEquals("STM", place(b, "Cauvery").featureCode());
    within(place(b, "Cauvery"), 11.5, 78.0, 300);
    Article c = annotate("Traffic was held on the A417 near Gloucester. Diplomats from the "
        + "Arab world met.");
    assertEquals("facility", place(c, "A417").kind()); // placed in the article's town
    within(place(c, "A417"), 51.86, -2.24, 25);
  }
}
