package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** A name written as local news writes its own towns is a town of the article's country. */
class LocalTownsTest {
  private static final String[] US_PLACES = {
      "The/DT driver/NN lived/VBD/O/live in/IN Philadelphia/NNP/LOCATION ./.",
      "He/PRP worked/VBD/O/work in/IN Pittsburgh/NNP/LOCATION and/CC "
          + "Baltimore/NNP/LOCATION ./."};

  private static String[] with(String... first) {
    String[] all = new String[first.length + US_PLACES.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(US_PLACES, 0, all, first.length, US_PLACES.length);
    return all;
  }

  @Test
  void townPolicePutAtALocalPapersTownWereReadAsTheForeignCapital() {
    // LGL: "Berlin police are investigating the crash" in a Connecticut paper beside US towns
    // was read as Berlin, Germany
    List<Place> places = GeoTagged.places(with(
        "Berlin/NNP/LOCATION police/NNS are/VBP/O/be investigating/VBG/O/investigate "
            + "the/DT crash/NN ./."));
    Place berlin = GeoTagged.place(places, "Berlin");
    assertEquals("US", berlin.countryCode(), berlin.toString());
  }

  @Test
  void theSameTownWithoutALocalCueKeepsItsReading() {
    List<Place> places = GeoTagged.places(with(
        "The/DT team/NN flew/VBD/O/fly to/TO Berlin/NNP/LOCATION ./."));
    assertEquals("DE", GeoTagged.place(places, "Berlin").countryCode());
  }

  @Test
  void aLocalCueInAnArticleThatNamesTheTownsCountryKeepsItThere() {
    List<Place> places = GeoTagged.places(with(
        "Berlin/NNP/LOCATION police/NNS in/IN Germany/NNP/LOCATION are/VBP/O/be "
            + "investigating/VBG/O/investigate ./."));
    assertEquals("DE", GeoTagged.place(places, "Berlin").countryCode());
  }

  @Test
  void theEnglishCityOfSalisburyWasReadAsAnAmericanTown() {
    // GeoWebNews: "the English city of Salisbury" in an American paper is England's: the
    // demonym names the country it is read in
    String west = "He/PRP flew/VBD/O/fly from/IN Denver/NNP/LOCATION to/TO Phoenix/NNP/LOCATION "
        + "and/CC Seattle/NNP/LOCATION ./.";
    String city = "Agents/NNS attacked/VBD/O/attack him/PRP in/IN the/DT %scity/NN of/IN "
        + "Salisbury/NNP/LOCATION ./.";
    assertNotEquals("US", GeoTagged.place(GeoTagged.places(
        "Agents/NNS attacked/VBD/O/attack him/PRP in/IN Salisbury/NNP/LOCATION ./.", west),
        "Salisbury").countryCode(), "Salisbury without a cue");
    assertEquals("US", GeoTagged.place(GeoTagged.places(String.format(city, ""), west),
        "Salisbury").countryCode(), "the city of Salisbury, beside US places");
    assertEquals("GB", GeoTagged.place(GeoTagged.places(String.format(city, "English/JJ "),
        west), "Salisbury").countryCode(), "the English city of Salisbury");
  }

  private static final String[] PARIS_MAN = {
      "A/DT Paris/NNP/LOCATION man/NN was/VBD/O/be arrested/VBN/O/arrest on/IN Sunday/NNP ./.",
      "He/PRP had/VBD/O/have moved/VBN/O/move from/IN Memphis/NNP/LOCATION ./."};

  private static Place paris(String url) {
    org.sitrep.model.Article a = GeoTagged.article(PARIS_MAN);
    if (url != null) {
      a = a.withPage(url, org.sitrep.model.Urls.host(url), null, null);
    }
    return GeoTagged.place(new PlaceStage().apply(a).layers().places(), "Paris");
  }

  @Test
  void aTownASiteIsNamedAfterIsTheSitesTownNotTheForeignCapital() {
    // LGL: "A Paris man was arrested" on parispi.net (the Paris Post-Intelligencer, Tennessee)
    // and theparisnews.com (Texas) was read as France's capital
    assertEquals("FR", paris(null).countryCode(), "no site: the capital");
    assertEquals("US", paris("http://www.parispi.net/articles/2009/03/30/news/local.html")
        .countryCode());
    assertEquals("US", paris("http://theparisnews.com/story.lasso?ewcd=1").countryCode());
    assertEquals("FR", paris("http://www.example.com/story.html").countryCode(),
        "a site not named after it");
  }

  @Test
  void aSiteNamedAfterATownOnACountrysDomainKeepsItThere() {
    // a British paper's "Cambridge man" beside Boston is Cambridge, England
    String[] article = {
        "A/DT Cambridge/NNP/LOCATION man/NN was/VBD/O/be arrested/VBN/O/arrest ./.",
        "He/PRP had/VBD/O/have flown/VBN/O/fly from/IN Boston/NNP/LOCATION ./."};
    org.sitrep.model.Article a = GeoTagged.article(article);
    assertEquals("US", GeoTagged.place(new PlaceStage().apply(a).layers().places(),
        "Cambridge").countryCode(), "no site: beside Boston");
    String url = "https://www.cambridge-news.co.uk/news/local-news/1";
    a = a.withPage(url, org.sitrep.model.Urls.host(url), null, null);
    assertEquals("GB", GeoTagged.place(new PlaceStage().apply(a).layers().places(),
        "Cambridge").countryCode());
  }

  private static final String[] DUBLIN_PARADE = {
      "Thousands/NNS came/VBD/O/come to/TO celebrate/VB/O/celebrate Dublin/NNP/LOCATION 's/POS"
          + " parade/NN ,/, the/DT event/NN 's/POS administrator/NN said/VBD/O/say ./.",
      "Bands/NNS had/VBD/O/have come/VBN/O/come from/IN Memphis/NNP/LOCATION and/CC"
          + " Nashville/NNP/LOCATION ./."};

  private static Place dublin(String url) {
    org.sitrep.model.Article a = GeoTagged.article(DUBLIN_PARADE);
    if (url != null) {
      a = a.withPage(url, org.sitrep.model.Urls.host(url), null, null);
    }
    return GeoTagged.place(new PlaceStage().apply(a).layers().places(), "Dublin");
  }

  @Test
  void aTownASectionOfThePathIsNamedAfterIsTheSitesTown() {
    // after LGL: a parade in Dublin on columbuslocalnews.com, filed under ".../dublin_news/...",
    // was read as Ireland's capital; the group's paper files each Ohio town's news under its
    // name (here with two American places beside it to say which country the site is in)
    assertEquals("IE", dublin(null).countryCode(), "no site: the capital");
    assertEquals("US", dublin("http://columbuslocalnews.com/articles/2009/03/18/dublin_news/news/"
        + "dupoststpa_20090317.txt").countryCode());
    assertEquals("IE", dublin("http://www.example.com/news/world/story.html").countryCode(),
        "a path not named after it");
    assertEquals("IE", dublin("http://www.example.com/news/2009/dublin-parade-draws-crowds")
        .countryCode(), "a story's own slug is no section");
  }

  @Test
  void onePlaceReadAbroadDoesNotTakeASectionsTownThere() {
    // LGL (latimes.com/news/local/los_angeles_metro/...): "San Fernando City" read in the
    // Philippines took the section's Los Angeles to a Philippine village of that name
    org.sitrep.model.Article a = GeoTagged.article(
        "San/NNP/LOCATION Fernando/NNP/LOCATION City/NNP/LOCATION Councilwoman/NNP Nury/NNP"
            + " Martinez/NNP wins/VBZ/O/win a/DT seat/NN ./.",
        "The/DT measure/NN went/VBD/O/go down/RP as/IN Los/NNP/LOCATION Angeles/NNP/LOCATION"
            + " election/NN officials/NNS finished/VBD/O/finish their/PRP$ count/NN ./.");
    String url = "http://www.latimes.com/news/local/los_angeles_metro/la-me-measure-b.story";
    a = a.withPage(url, org.sitrep.model.Urls.host(url), null, null);
    assertEquals("US", GeoTagged.place(new PlaceStage().apply(a).layers().places(),
        "Los Angeles").countryCode());
  }

  @Test
  void aPathsSectionsAreItsShortFoldersNotItsLastPart() {
    assertEquals(List.of(List.of("articles"), List.of("dublin", "news"), List.of("news")),
        LocalTowns.sections("http://columbuslocalnews.com/articles/2009/03/18/dublin_news/news/"
            + "dupoststpa_20090317_0453pm_5.txt"));
    assertEquals(List.of(List.of("news")),
        LocalTowns.sections("http://alextimes.com/news/2009/new-school-to-open-in-old-town/"));
    assertEquals(List.of(), LocalTowns.sections(null));
  }

  @Test
  void theSitesWordsLeaveOutWwwAndTheDomainsEnding() {
    assertEquals("theparisnews", LocalTowns.siteWords("www.theparisnews.com"));
    assertEquals("thisisoxfordshire", LocalTowns.siteWords("www.thisisoxfordshire.co.uk"));
    assertEquals("newsrichmondregister", LocalTowns.siteWords("news.richmondregister.com"));
  }
}
