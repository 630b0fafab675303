package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Layers;
import org.sitrep.store.Store;

/**
 * {@code search --entity} finds an entity by its corpus key (hand-made store, no NLP): "Trump"
 * alone in one article, "Donald Trump" in another, and no other Trump.
 */
class SearchEntityKeyTest {
  @TempDir
  Path tmp;

  static Article article(String id, String text, String type, String name) {
    return new Article(Article.SCHEMA_VERSION, id, id + ".txt", null, "example.com", "T " + id,
        "World", List.of(), null, null, null, "en", text, List.of(), Map.of(),
        Layers.EMPTY.withEntities(List.of(new Entity(0, type, name, List.of(name), null, null,
            List.of())), List.of()));
  }

  static Set<String> ids(Path store, String entity) {
    String[] r = ExtractCommandTest.runText("search", "--store", store.toString(), "--json",
        "--entity", entity);
    assertEquals("0", r[0], r[2]);
    Set<String> out = new TreeSet<>();
    r[1].lines().filter(l -> !l.isBlank()).forEach(l -> {
      try {
        out.add(org.sitrep.model.Json.mapper().readTree(l).path("id").asText());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return out;
  }

  @Test
  void searchEntitySurnameFoundOnlyArticlesOfThatSpelling() throws Exception {
    Path store = tmp.resolve("store");
    try (Store s = Store.open(store)) {
      s.put(article("a1", "Trump spoke in the rose garden on Monday about the economy.",
          "PERSON", "Trump"), "1:1");
      s.put(article("a2", "Donald Trump held a rally in Ohio on Saturday night with voters.",
          "PERSON", "Donald Trump"), "2:2");
      s.put(article("a3", "The president said the source of the leak was unknown to him.",
          "PERSON", "president"), "3:3");
      s.commit();
    }
    assertEquals(Set.of("a1", "a2"), ids(store, "Trump"));
    assertEquals(Set.of("a1", "a2"), ids(store, "Donald Trump"));
    assertEquals(Set.of(), ids(store, "president"));
  }
}
