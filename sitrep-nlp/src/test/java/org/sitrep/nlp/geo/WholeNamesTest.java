package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** Names of features taken whole, before the parts a gazetteer knows. */
class WholeNamesTest {
  private static boolean none(List<Place> ps, String name) {
    return ps.stream().noneMatch(p -> p.name().equals(name));
  }

  @Test
  void spanishFortIsOneToponymNotTheDemonymSpanish() {
    List<Place> ps = GeoTagged.places("Police/NNS in/IN Spanish/JJ/NATIONALITY Fort/NNP "
        + "arrested/VBD/O/arrest two/CD men/NNS ./.");
    Place fort = GeoTagged.place(ps, "Spanish Fort");
    assertEquals("US", fort.countryCode(), "the town in Alabama the gazetteer has: " + fort);
    assertTrue(none(ps, "Spanish"), "no demonym inside the name: " + ps);
  }

  @Test
  void fortDetrickIsOneToponymPlacedInTheTownItIsIn() {
    List<Place> ps = GeoTagged.places("Scientists/NNS at/IN Fort/NNP Detrick/NNP/LOCATION "
        + "near/IN Frederick/NNP/LOCATION ,/, Maryland/NNP/LOCATION studied/VBD/O/study it/PRP ./.");
    Place fort = GeoTagged.place(ps, "Fort Detrick");
    assertTrue(none(ps, "Detrick"), ps.toString());
    assertEquals("Frederick", fort.resolved(), fort.toString());
    assertEquals("S", fort.featureClass());
    assertEquals("facility", fort.kind());
  }

  @Test
  void rioGrandeDoSulTaggedAsRioGrandeWasATownNotTheState() {
    List<Place> ps = GeoTagged.places("One/CD case/NN is/VBZ/O/be in/IN Rio/NNP/LOCATION "
        + "Grande/NNP/LOCATION do/FW Sul/NNP ,/, Brazil/NNP/LOCATION ./.");
    Place state = GeoTagged.place(ps, "Rio Grande do Sul");
    assertEquals("ADM1", state.featureCode(), state.toString());
    assertEquals("BR", state.countryCode());
    assertTrue(none(ps, "Rio Grande"), ps.toString());
    // a particle before a name the gazetteer lacks whole joins nothing
    assertTrue(WholeNames.withParticles(org.sitrep.nlp.doc.Doc.of(GeoTagged.article(
        "Troops/NNS crossed/VBD/O/cross Mosul/NNP/LOCATION de/FW Gaulle/NNP ./.")),
        Gazetteer.bundled()).isEmpty());
  }

  @Test
  void theHeadNounGivesTheFeatureClass() {
    assertEquals("R", WholeNames.featureClass("Mill Creek Road"));
    assertEquals("R", WholeNames.featureClass("Appalachian Trail"));
    assertEquals("T", WholeNames.featureClass("Napa Valley"));
    assertEquals("H", WholeNames.featureClass("Lake Tahoe"));
    assertEquals("H", WholeNames.featureClass("Mill Creek"));
    assertEquals("S", WholeNames.featureClass("Bagram Air Base"));
    assertEquals("S", WholeNames.featureClass("Al-Shifa hospital"));
    assertNull(WholeNames.featureClass("Road"));
    assertNull(WholeNames.featureClass("Kingsley"));
  }

  @Test
  void millCreekRoadIsARoadNotTheTownMillCreek() {
    List<Place> ps = GeoTagged.places(
        "The/DT crash/NN closed/VBD/O/close Mill/NNP Creek/NNP Road/NNP in/IN "
            + "Troy/NNP/LOCATION ,/, Ohio/NNP/LOCATION ./.",
        "Boston/NNP/LOCATION and/CC Boston/NNP/LOCATION again/RB ./.");
    Place road = GeoTagged.place(ps, "Mill Creek Road");
    assertEquals("R", road.featureClass());
    assertEquals("Troy", road.resolved(), "the town the text puts it in, not the article's "
        + "most mentioned: " + road);
    assertEquals("Ohio", road.admin1(), "Troy, Ohio: " + road);
    assertTrue(none(ps, "Mill Creek"), ps.toString());
  }

  @Test
  void aValleyTheGazetteerLacksIsAFeatureInItsRegion() {
    List<Place> ps = GeoTagged.places("Fires/NNS swept/VBD/O/sweep the/DT Napa/NNP/LOCATION "
        + "Valley/NNP ,/, California/NNP/LOCATION ./.");
    Place valley = GeoTagged.place(ps, "Napa Valley");
    assertEquals("feature", valley.kind());
    assertEquals("T", valley.featureClass());
    assertEquals("US", valley.countryCode(), valley.toString());
    assertTrue(valley.confidence() < 0.5, valley.toString());
    assertTrue(none(ps, "Napa"), ps.toString());
  }

  @Test
  void aPossessorHoldsTheFacilityAndStaysAPlace() {
    List<Place> ps = GeoTagged.places("Fans/NNS filled/VBD/O/fill Seoul/NNP/LOCATION 's/POS "
        + "Jamsil/NNP Stadium/NNP ./.");
    Place stadium = GeoTagged.place(ps, "Jamsil Stadium");
    assertEquals("Seoul", GeoTagged.place(ps, "Seoul").resolved());
    assertEquals("Seoul", stadium.resolved(), stadium.toString());
  }

  @Test
  void aLowerCaseFeatureWordAfterAPlaceIsNoPartOfIt() {
    List<Place> ps = GeoTagged.places("He/PRP landed/VBD/O/land at/IN the/DT "
        + "Amsterdam/NNP/LOCATION airport/NN ./.");
    assertEquals("Amsterdam", GeoTagged.place(ps, "Amsterdam").resolved());
    assertTrue(none(ps, "Amsterdam airport"), ps.toString());
    List<Place> shifa = GeoTagged.places("Patients/NNS fled/VBD/O/flee Al-Shifa/NNP "
        + "hospital/NN in/IN Gaza/NNP/LOCATION ./.");
    Place hospital = GeoTagged.place(shifa, "Al-Shifa hospital");
    assertEquals("facility", hospital.kind());
    assertEquals("S", hospital.featureClass());
  }

  @Test
  void aJailNamedAfterItsCountyIsInTheCountyNotTheArticlesTown() {
    List<Place> ps = GeoTagged.places(
        "Boston/NNP/LOCATION police/NNS and/CC Boston/NNP/LOCATION officials/NNS met/VBD/O/meet ./.",
        "He/PRP is/VBZ/O/be held/VBN/O/hold in/IN the/DT Cook/NNP/LOCATION County/NNP/LOCATION "
            + "Jail/NNP ./.");
    Place jail = GeoTagged.place(ps, "Cook County Jail");
    assertEquals("facility", jail.kind());
    assertEquals("S", jail.featureClass());
    assertEquals("Illinois", jail.admin1(), "in Cook County, not in Boston: " + jail);
    assertTrue(none(ps, "Cook County"), ps.toString());
  }

  @Test
  void aSeaNamedWithItsHeadWordWasReadAsTheRegionNamedAfterIt() {
    // LGL: "Cargo ship sinks in Red Sea" read as Egypt's Red Sea Governorate (here Sudan's
    // Red Sea state), not the sea
    List<Place> ps = GeoTagged.places("A/DT ship/NN sank/VBD/O/sink in/IN the/DT "
        + "Red/NNP/LOCATION Sea/NNP/LOCATION ./.");
    Place sea = GeoTagged.place(ps, "Red Sea");
    assertEquals("H", sea.featureClass(), sea.toString());
  }
}
