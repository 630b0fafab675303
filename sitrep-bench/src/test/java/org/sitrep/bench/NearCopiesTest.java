package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

class NearCopiesTest {
  @Test
  void copiesAreNewPagesTellingTheSameStory() throws Exception {
    RawPage page = RawPage.ofBytes("nbc.html",
        Files.readAllBytes(Path.of("..", "examples", "nbcnews-hitler-house.html")));
    Article original = new Extractor().extract(page);
    List<Article> copies = new ArrayList<>();
    for (RawPage p : new NearCopies(List.of(page), 3)) {
      copies.add(new Extractor().extract(p));
    }
    assertEquals(3, copies.size());
    assertNotEquals(copies.get(0).url(), copies.get(1).url());
    assertNotEquals(copies.get(0).id(), copies.get(1).id());
    assertEquals(original.title(), copies.get(0).title());
    for (Article c : copies) {
      assertNotEquals(original.text(), c.text(), "a changed word and a serial line");
      assertTrue(c.text().length() > original.text().length() * 0.9);
    }
  }
}
