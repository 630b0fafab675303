package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.sitrep.model.Published;
import org.sitrep.store.Store;

/**
 * The entity view joins an entity's articles by corpus key (hand-made store, no NLP): "Trump"
 * in two articles, "Donald Trump" in one, each with WeWork, which three articles call an
 * organisation and one a person; "president" is tagged as a person once.
 */
class EntityViewTest {
  @TempDir
  Path dir;

  static Entity entity(int id, String type, String name) {
    return new Entity(id, type, name, List.of(name), null, null, List.of());
  }

  static Article article(String id, Entity... entities) {
    return new Article(Article.SCHEMA_VERSION, id, id + ".txt", null, "one.example",
        "Title " + id, "World", List.of(), null, Published.parse("2020-03-01T10:00:00Z"), null,
        "en", "Text number " + id + " of the entity view test.", List.of(), Map.of(),
        Layers.EMPTY.withEntities(List.of(entities), List.of()));
  }

  @Test
  void entityViewJoinsSurnameVotesTypeAndDropsGenericNouns() throws Exception {
    try (Store s = Store.open(dir)) {
      s.put(article("a1", entity(0, "PERSON", "Trump"), entity(1, "ORGANIZATION", "WeWork")),
          "1");
      s.put(article("a2", entity(0, "PERSON", "Trump"), entity(1, "PERSON", "WeWork")), "1");
      s.put(article("a3", entity(0, "PERSON", "Donald Trump"),
          entity(1, "ORGANIZATION", "WeWork"), entity(2, "PERSON", "president")), "1");
      s.put(article("a4", entity(0, "ORGANIZATION", "WeWork")), "1");
      s.commit();
    }
    try (Store s = Store.openReadOnly(dir)) {
      StoreView view = new StoreView(s);
      StoreView.EntityView trump = view.entity("Trump");
      StoreView.EntityView donald = view.entity("Donald Trump");
      Set<String> a = new TreeSet<>();
      trump.articles().forEach(r -> a.add(r.id()));
      Set<String> b = new TreeSet<>();
      donald.articles().forEach(r -> b.add(r.id()));
      assertEquals(Set.of("a1", "a2", "a3"), a);
      assertEquals(a, b);
      assertEquals("Donald Trump", trump.name());
      assertEquals(Map.of("Trump", 2L, "Donald Trump", 1L), trump.aliasCounts());
      assertEquals("WeWork", trump.related().get(0).name());
      assertEquals(3, trump.related().get(0).articles());

      StoreView.EntityView wework = view.entity("WeWork");
      assertEquals("ORGANIZATION", wework.type());
      assertEquals(Map.of("ORGANIZATION", 3L, "PERSON", 1L), wework.typeVotes());
      assertEquals(4, wework.matching());

      assertNull(view.entity("president"));
      assertTrue(trump.related().stream().noneMatch(e -> e.name().equals("president")));
    }
  }

  /**
   * Defect: the overview's top entities listed "Donald Trump" with its one article and
   * "Trump" apart (or not at all), where search and the entity page join them.
   */
  @Test
  void overviewCountedASurnameApartFromItsFullName(@TempDir Path other) throws Exception {
    try (Store s = Store.open(dir)) {
      s.put(article("a1", entity(0, "PERSON", "Trump"), entity(1, "ORGANIZATION", "WeWork")),
          "1");
      s.put(article("a2", entity(0, "PERSON", "Trump")), "1");
      s.put(article("a3", entity(0, "PERSON", "Donald Trump"),
          entity(1, "ORGANIZATION", "WeWork")), "1");
      s.put(article("a4", entity(0, "PERSON", "Ivanka Trump"), entity(1, "PERSON", "Biden")),
          "1");
      s.put(article("a5", entity(0, "PERSON", "Joe Biden")), "1");
      s.put(article("a6", entity(0, "PERSON", "Hunter Biden")), "1");
      s.commit();
    }
    try (Store s = Store.openReadOnly(dir)) {
      StoreView.OverviewView o = new StoreView(s).overview(
          org.sitrep.store.SearchRequest.of(null), 10);
      Map<String, Long> top = new java.util.HashMap<>();
      o.topEntities().forEach(e -> top.put(e.name(), e.articles()));
      // Two full names have the surname Trump (and two Biden): a surname joins only one.
      assertEquals(2L, top.get("Trump"), top.toString());
      assertEquals(1L, top.get("Biden"), top.toString());
    }
    try (Store s = Store.open(other)) {
      s.put(article("a1", entity(0, "PERSON", "Trump")), "1");
      s.put(article("a2", entity(0, "PERSON", "Trump")), "1");
      s.put(article("a3", entity(0, "PERSON", "Donald Trump")), "1");
      s.put(article("a4", entity(0, "ORGANIZATION", "WeWork")), "1");
      s.commit();
    }
    try (Store s = Store.openReadOnly(other)) {
      StoreView.OverviewView o = new StoreView(s).overview(
          org.sitrep.store.SearchRequest.of(null), 10);
      assertEquals("Donald Trump", o.topEntities().get(0).name(), o.topEntities().toString());
      assertEquals(3, o.topEntities().get(0).articles(), "Trump's two and Donald Trump's one");
      assertTrue(o.topEntities().stream().noneMatch(e -> e.name().equals("Trump")));
    }
  }
}
