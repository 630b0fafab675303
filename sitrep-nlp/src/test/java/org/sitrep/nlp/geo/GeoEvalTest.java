package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("corenlp")
class GeoEvalTest {
  @Test
  void aucIsZeroForPerfectAndOneForWorst() {
    assertEquals(0, GeoEval.auc(List.of(0.0, 0.0, 0.0)), 1e-9);
    assertEquals(1, GeoEval.auc(List.of(20039.0, 20039.0)), 1e-3);
    assertEquals(0.5, GeoEval.auc(List.of(0.0, 20039.0)), 1e-3);
  }

  /** A gold file: one toponym at the first occurrence of {@code name}. */
  private static void article(Path dir, String file, String text, String name, double lat,
                              double lon) throws Exception {
    int start = text.indexOf(name);
    Files.writeString(dir.resolve(file), String.format(java.util.Locale.ROOT,
        "{\"id\": \"%s\", \"url\": \"https://www.thetowntalk.com/story/%s\", \"text\": \"%s\", "
        + "\"toponyms\": [{\"start\": %d, \"end\": %d, \"name\": \"%s\", \"lat\": %s, "
        + "\"lon\": %s, \"geonameId\": 1}]}", file, file, text, start, start + name.length(),
        name, lat, lon));
  }

  @Test
  void homesFromTheStoreHelpTheSitesFirstArticle(@TempDir Path dir) throws Exception {
    // Articles of our own from one local site: the first in file order names "Alexandria"
    // alone; the others place the site in Louisiana. Read in order, the first has no home yet;
    // with homes from every other article of the folder, it is Alexandria, Louisiana.
    article(dir, "a.json", "Alexandria officials met on Monday to discuss the city budget.",
        "Alexandria", 31.3113, -92.4451);
    article(dir, "b.json", "Pineville, Louisiana, and Ball, Louisiana, opened new parks in "
        + "Rapides Parish.", "Pineville", 31.3224, -92.4343);
    article(dir, "c.json", "Pineville, Louisiana, and Lecompte, Louisiana, will share a new "
        + "fire station.", "Pineville", 31.3224, -92.4343);
    GeoEval.Summary s = new GeoEval(org.sitrep.nlp.Annotator.places(), null).run(dir);
    assertNotNull(s.fromStore());
    assertEquals(3, s.resolved());
    assertEquals(1.0, s.fromStore().acc161(), 1e-9, "from the store");
    assertTrue(s.acc161() < 1.0, "in file order the first article has no home: " + s.worst());
  }

  @Test
  void distancesAreGreatCircle() {
    // Damascus to Palmyra (Tadmur) is about 215 km.
    assertEquals(215, Gazetteer.km(33.5102, 36.2913, 34.5561, 38.2839), 10);
    assertEquals(0, Gazetteer.km(1, 2, 1, 2), 1e-9);
  }
}
