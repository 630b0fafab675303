package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Place;
import org.sitrep.nlp.doc.Doc;

/** A people's or language's name is a mention of its country. */
class DemonymsTest {
  private static List<Place> demonyms(String... sentences) {
    Article a = GeoTagged.article(sentences);
    return Demonyms.find(Doc.of(a), Gazetteer.bundled(), a.layers().mentions());
  }

  @Test
  void aDemonymIsItsCountry() {
    List<Place> ps = demonyms("Syrian/JJ forces/NNS advanced/VBD/O/advance ./.");
    assertEquals(1, ps.size(), ps.toString());
    assertEquals("SY", ps.get(0).countryCode());
    assertEquals("demonym", ps.get(0).kind());
    assertEquals("Syrian", ps.get(0).name());
  }

  @Test
  void thePrefixIsNotPartOfTheName() {
    List<Place> ps = demonyms("They/PRP held/VBD/O/hold anti-Russian/JJ protests/NNS ./.");
    assertEquals(1, ps.size(), ps.toString());
    assertEquals("RU", ps.get(0).countryCode());
    assertEquals("Russian", ps.get(0).name());
  }

  @Test
  void aGenericWordBeforeMakesARegionsPeople() {
    List<Place> ps = demonyms("Central/NNP American/JJ migrants/NNS arrived/VBD/O/arrive ./.");
    assertTrue(ps.stream().noneMatch(p -> "American".equals(p.name())), ps.toString());
  }
}
