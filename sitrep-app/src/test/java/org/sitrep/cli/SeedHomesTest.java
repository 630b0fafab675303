package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.nlp.geo.SiteHomes;
import org.sitrep.store.Store;

/** An ingest starts knowing where the stored sites are at home. */
class SeedHomesTest {
  @TempDir
  Path tmp;

  @Test
  void theStoredArticlesOfASiteGiveItsHome() throws Exception {
    Place pineville = new Place(new Span(0, 9), "Pineville", "Pineville", 4337291L, 31.32,
        -92.43, "US", "Louisiana", "P", "PPL", 0.9, 0, "toponym");
    Article a = new Article(Article.SCHEMA_VERSION, "a1", "a.html",
        "https://www.thetowntalk.example/news/1", "The Town Talk", "Flood", null, List.of(),
        null, null, null, "en", "Pineville flooded on Monday after a night of heavy rain.",
        List.of(), Map.of(), Layers.EMPTY.withPlaces(List.of(pineville), null));
    try (Store s = Store.open(tmp)) {
      s.put(a, "1:1");
      s.commit();
      SiteHomes homes = new SiteHomes();
      IngestCommand.seedHomes(s, homes);
      SiteHomes.Home home = homes.home("thetowntalk.example");
      assertNotNull(home);
      assertEquals("US/Louisiana", home.region());
      assertNull(homes.home("other.example"));
    }
  }

  @Test
  void aStoredArticleWithoutPlacesDoesNotStopTheNextNlpIngest() throws Exception {
    // A non-English page: its places layer is done and empty, so the stored JSON has none.
    Article german = new Article(Article.SCHEMA_VERSION, "de1", "de.html",
        "https://www.zeitung.example/politik/1", "Die Zeitung", "Politik", null, List.of(),
        null, null, null, "de", "Der Stadtrat hat am Montag den Haushalt beschlossen.",
        List.of(), Map.of(), Layers.EMPTY.withPlaces(List.of(), null));
    try (Store s = Store.open(tmp)) {
      s.put(german, "1:1");
      s.commit();
      SiteHomes homes = new SiteHomes();
      IngestCommand.seedHomes(s, homes); // threw NullPointerException: "places" is null
      assertNull(homes.home("zeitung.example"));
    }
  }

  @Test
  void aFrozenHomesTableLearnsNothingMore() {
    Place pineville = new Place(new Span(0, 9), "Pineville", "Pineville", 4337291L, 31.32,
        -92.43, "US", "Louisiana", "P", "PPL", 0.9, 0, "toponym");
    SiteHomes homes = new SiteHomes().freeze();
    homes.record("thetowntalk.example", List.of(pineville));
    assertNull(homes.home("thetowntalk.example"));
  }
}
