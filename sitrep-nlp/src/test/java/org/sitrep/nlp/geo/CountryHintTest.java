package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

/** The user's country hint, and the sites' homes the user gives. */
class CountryHintTest {
  private static Place paris(PlaceOptions options, SiteHomes homes, String url,
                             String... sentences) {
    Article a = GeoTagged.article(sentences);
    if (url != null) {
      a = a.withPage(url, org.sitrep.model.Urls.host(url), null, null);
    }
    List<Place> ps = new PlaceStage(homes, ResolverWeights.bundled(), options).apply(a)
        .layers().places();
    return GeoTagged.place(ps, "Paris");
  }

  /** Paris, Texas among the candidates the place's explanation lists. */
  private static Place.Candidate texan(Place p) {
    return p.explain().stream().filter(c -> "Texas".equals(c.admin1())).findFirst()
        .orElseThrow(() -> new AssertionError("no Paris, Texas in " + p.explain()));
  }

  private static final String PARIS = "Paris/NNP/LOCATION was/VBD/O/be calm/JJ ./.";

  @Test
  void theHintFlipsParisToTexasWhereTheTextSaysNothing() {
    assertEquals("FR", paris(PlaceOptions.DEFAULT, new SiteHomes(), null, PARIS).countryCode());
    Place hinted = paris(new PlaceOptions(true, "us"), new SiteHomes(), null, PARIS);
    assertEquals("US", hinted.countryCode());
    assertEquals("Texas", hinted.admin1());
    assertTrue(hinted.explain().get(0).reasons().stream()
        .anyMatch(r -> r.startsWith("in US, the country hint (+")), hinted.explain().toString());
  }

  @Test
  void theHintGivesWayToACountryTheArticleNames() {
    assertEquals("FR", paris(new PlaceOptions(false, "US"), new SiteHomes(), null,
        "France/NNP/LOCATION voted/VBD/O/vote ./.", PARIS).countryCode());
    assertEquals("FR", paris(new PlaceOptions(false, "US"), new SiteHomes(), null,
        "Paris/NNP/LOCATION ,/, France/NNP/LOCATION was/VBD/O/be calm/JJ ./.").countryCode());
  }

  @Test
  void anInvalidCountryCodeIsRefusedWithItsReason() {
    assertEquals("US", PlaceOptions.countryCode("us"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PlaceOptions.countryCode("USA"));
    assertTrue(e.getMessage().contains("'USA'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PlaceOptions.countryCode("QQ"));
  }

  @Test
  void aSiteHomeTheUserGivesIsUsedForTheSiteAndItsSubdomains() {
    SiteHomes homes = new SiteHomes().withHome("parisnews.example", "US-TX").freeze();
    assertEquals("US/Texas", homes.home("www.parisnews.example").region());
    assertEquals(null, homes.home("other.example"));
    Place.Candidate atHome = texan(paris(new PlaceOptions(true, null), homes,
        "https://www.parisnews.example/a", PARIS));
    Place.Candidate elsewhere = texan(paris(new PlaceOptions(true, null), homes,
        "https://other.example/a", PARIS));
    assertTrue(atHome.reasons().stream()
        .anyMatch(r -> r.startsWith("in the outlet's home region (US/Texas) (+")),
        atHome.reasons().toString());
    assertTrue(atHome.score() > elsewhere.score(), atHome + " vs " + elsewhere);
    SiteHomes country = new SiteHomes().withHome("x.example", "US");
    assertEquals("US", country.home("x.example").region());
    assertEquals("US/Texas", new SiteHomes().withHome("y.example", "US/Texas")
        .home("y.example").region());
    assertThrows(IllegalArgumentException.class,
        () -> new SiteHomes().withHome("z.example", "US-ZZ"));
  }
}
