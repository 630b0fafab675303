package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** A town named with its state or country is that town, and the state's abbreviation its state. */
class NamesakesTest {
  private final Gazetteer g = Gazetteer.bundled();

  private static void assertIn(Place p, String cc, String admin1) {
    assertEquals(cc, p.countryCode(), p.toString());
    assertEquals(admin1, p.admin1(), p.toString());
  }

  @Test
  void cambridgeMdIsTheMarylandTownAndMdItsState() {
    List<Place> places = GeoTagged.places(
        "Protesters/NNS marched/VBD/O/march in/IN Cambridge/NNP/LOCATION ,/, Md./NNP/LOCATION"
            + " ,/, on/IN Sunday/NNP ./.");
    assertIn(GeoTagged.place(places, "Cambridge"), "US", "Maryland");
    // the abbreviation is the state, not a place of its own elsewhere
    assertIn(GeoTagged.place(places, "Md."), "US", "Maryland");
    assertEquals(2, places.size(), places.toString());
  }

  @Test
  void troyOhioIsTheOhioTown() {
    assertIn(GeoTagged.place(GeoTagged.places(
        "The/DT plant/NN in/IN Troy/NNP/LOCATION ,/, Ohio/NNP/LOCATION closed/VBD/O/close ./."),
        "Troy"), "US", "Ohio");
  }

  @Test
  void troyOhWithAnUntaggedPostalCodeWasReadAsTroyNewYork() {
    List<Place> places = GeoTagged.places(
        "The/DT plant/NN in/IN Troy/NNP/LOCATION ,/, OH/NNP closed/VBD/O/close ./.");
    assertIn(GeoTagged.place(places, "Troy"), "US", "Ohio");
    assertEquals(1, places.size(), places.toString());
  }

  @Test
  void cambridgeMdWithATaggedPostalCodeWasReadAsCambridgeEngland() {
    // "MD" is also Moldova's code; after "Cambridge," it is Maryland
    List<Place> places = GeoTagged.places(
        "Police/NNS in/IN Cambridge/NNP/LOCATION ,/, MD/NNP/LOCATION said/VBD/O/say so/RB ./.");
    assertIn(GeoTagged.place(places, "Cambridge"), "US", "Maryland");
    places.stream().filter(p -> p.name().equals("MD")).forEach(p -> assertIn(p, "US", "Maryland"));
  }

  @Test
  void parisTexasIsTheTexanTown() {
    assertIn(GeoTagged.place(GeoTagged.places(
        "He/PRP grew/VBD/O/grow up/RP in/IN Paris/NNP/LOCATION ,/, Texas/NNP/LOCATION ./."),
        "Paris"), "US", "Texas");
  }

  @Test
  void georgiaAfterAnAmericanTownIsTheState() {
    List<Place> places = GeoTagged.places(
        "Storms/NNS hit/VBD/O/hit Macon/NNP/LOCATION ,/, Georgia/NNP/LOCATION ./.");
    assertIn(GeoTagged.place(places, "Macon"), "US", "Georgia");
    assertIn(GeoTagged.place(places, "Georgia"), "US", "Georgia");
    assertEquals("A", GeoTagged.place(places, "Georgia").featureClass());
  }

  @Test
  void spacedInitialsNarrowTheTownBeforeThemToTheirState() {
    // the narrowing the stage relies on: with "D. C." unread, a Kentucky article's Washington
    // kept every candidate and was read as Old Washington, Kentucky
    org.sitrep.model.Article a = GeoTagged.article(
        "They/PRP will/MD be/VB presented/VBN/O/present in/IN Washington/NNP/LOCATION ,/,"
            + " D./NNP C./NNP ,/, Thursday/NNP ./.");
    java.util.Map<Integer, Target> targets = GeoTagged.targets(a);
    Namesakes.apply(org.sitrep.nlp.doc.Doc.of(a), g,
        new java.util.ArrayList<>(targets.values()));
    Target washington = GeoTagged.target(targets, "Washington");
    assertTrue(washington.candidates.length > 0);
    for (int c : washington.candidates) {
      assertEquals("District of Columbia", g.admin1(c), g.name(c));
    }
    assertEquals(Namesakes.region(g, "D.C.", true), Namesakes.region(g, "D. C.", true));
  }

  @Test
  void washingtonDcInAListOfStatesWasReadAsWashingtonState() {
    // "D.C." stays the city it names, so the list does not make Washington a state
    List<Place> places = GeoTagged.places(
        "Fans/NNS came/VBD/O/come from/IN Texas/NNP/LOCATION and/CC Washington/NNP/LOCATION ,/,"
            + " D.C./NNP/LOCATION ./.");
    assertIn(GeoTagged.place(places, "Washington"), "US", "District of Columbia");
    assertEquals("P", GeoTagged.place(places, "Washington").featureClass());
  }

  @Test
  void aPostalCodeAloneIsNoState() {
    assertEquals(-1, Namesakes.region(g, "OR", false)); // "OR" is a word too
    assertEquals(-1, Namesakes.region(g, "Zqx.", true));
    int oregon = Namesakes.region(g, "OR", true);
    assertEquals("Oregon", g.admin1(oregon));
    assertEquals(Gazetteer.REGION, g.kind(oregon));
    int maryland = Namesakes.region(g, "Md.", false); // an AP form names its state anywhere
    assertEquals("Maryland", g.admin1(maryland));
  }

  @Test
  void aPostalCodeAloneWasReadAsAChineseTown() {
    // "the PA" is the Palestinian Authority, not Yudong, China (nor Pennsylvania): no town
    // and comma before it, so no place at all
    List<Place> places = GeoTagged.places(
        "Talks/NNS in/IN Gaza/NNP/LOCATION stalled/VBD/O/stall ./.",
        "The/DT PA/NNP/LOCATION objected/VBD/O/object ./.");
    assertFalse(places.stream().anyMatch(p -> p.name().equals("PA")), places.toString());
    assertTrue(places.stream().anyMatch(p -> p.name().equals("Gaza")), places.toString());
  }

  @Test
  void aPostalCodeAfterAPersonIsNoState() {
    // "Dr. Jane Doe, MD": a degree after a name, not Maryland
    List<Place> places = GeoTagged.places(
        "Jane/NNP/PERSON Doe/NNP/PERSON ,/, MD/NNP/LOCATION spoke/VBD/O/speak ./.");
    assertFalse(places.stream().anyMatch(p -> "Maryland".equals(p.admin1())), places.toString());
  }

  @Test
  void countriesInAListKeepTheirOwnReading() {
    // "Iran, Russia": peers, not a town called Iran inside Russia
    List<Place> places = GeoTagged.places(
        "Talks/NNS with/IN Iran/NNP/LOCATION ,/, Russia/NNP/LOCATION and/CC China/NNP/LOCATION"
            + " failed/VBD/O/fail ./.");
    assertEquals("PCLI", GeoTagged.place(places, "Iran").featureCode());
    assertEquals("IR", GeoTagged.place(places, "Iran").countryCode());
  }

  @Test
  void everyAbbreviationNamesARegionTheGazetteerHas() {
    java.util.Set<String> all = org.sitrep.nlp.rules.WordList.load(
        "/org/sitrep/nlp/geo/state-abbreviations.words").words();
    assertTrue(all.containsAll(List.of("Md.", "Calif.", "Mass.", "Ga.", "Fla.", "N.Y.", "MD",
        "OH", "TX")), all.toString());
    for (String a : all) {
      int r = Namesakes.region(g, a, true);
      assertTrue(r >= 0 && g.kind(r) == Gazetteer.REGION, a);
    }
  }
}
