package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Layers;
import org.sitrep.model.Published;

/**
 * Entities are joined across the corpus by their key: typed articles, no NLP. "Trump" alone in
 * some articles, "Donald Trump" (alias "Trump") in others; "Biden" alone, with both "Joe
 * Biden" and "Hunter Biden" elsewhere; WeWork an organisation in three articles and a person in
 * one; "president" and "officials" tagged as people.
 */
class EntityKeyTest {
  @TempDir
  static Path dir;
  static Store store;

  static Entity entity(int id, String type, String name, String... aliases) {
    return new Entity(id, type, name, List.of(aliases), null, null, List.of());
  }

  static Article article(String id, Entity... entities) {
    return new Article(Article.SCHEMA_VERSION, id, id + ".txt", null, "one.example",
        "Title " + id, "World", List.of(), null, Published.parse("2020-03-01T10:00:00Z"), null,
        "en", "Text of " + id + ".", List.of(), Map.of(),
        Layers.EMPTY.withEntities(List.of(entities), List.of()));
  }

  @BeforeAll
  static void fill() throws IOException {
    try (Store s = Store.open(dir)) {
      s.put(article("t1", entity(0, "PERSON", "Donald Trump", "Donald Trump", "Trump")), "1");
      s.put(article("t2", entity(0, "PERSON", "Donald J. Trump", "Donald J. Trump")), "1");
      s.put(article("t3", entity(0, "PERSON", "Trump", "Trump"),
          entity(1, "PERSON", "president", "president"),
          entity(2, "PERSON", "Officials", "Officials")), "1");
      s.put(article("t4", entity(0, "PERSON", "Trump", "Trump", "Mr. Trump")), "1");
      s.put(article("b1", entity(0, "PERSON", "Joe Biden", "Joe Biden")), "1");
      s.put(article("b2", entity(0, "PERSON", "Hunter Biden", "Hunter Biden")), "1");
      s.put(article("b3", entity(0, "PERSON", "Biden", "Biden")), "1");
      s.put(article("w1", entity(0, "ORGANIZATION", "WeWork", "WeWork")), "1");
      s.put(article("w2", entity(0, "ORGANIZATION", "WeWork", "WeWork")), "1");
      s.put(article("w3", entity(0, "ORGANIZATION", "WeWork", "WeWork")), "1");
      s.put(article("w4", entity(0, "PERSON", "WeWork", "WeWork")), "1");
      s.commit();
    }
    store = Store.openReadOnly(dir);
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  static Set<String> ids(String entity) throws IOException {
    Set<String> out = new TreeSet<>();
    for (Hit h : store.search(new SearchRequest(null, entity, null, null, null, null, null,
        null, null, null, false, 0, 100))) {
      out.add(h.id());
    }
    return out;
  }

  @Test
  void surnameAndFullNameFoundDifferentArticles() throws IOException {
    Set<String> all = Set.of("t1", "t2", "t3", "t4");
    assertEquals(all, ids("Trump"));
    assertEquals(all, ids("Donald Trump"));
    assertEquals(all, ids("donald j trump"));
  }

  @Test
  void ambiguousSurnameDoesNotJoin() throws IOException {
    assertEquals(Set.of("b1"), ids("Joe Biden"));
    assertEquals(Set.of("b2"), ids("Hunter Biden"));
    assertEquals(Set.of("b3"), ids("Biden"));
    assertEquals(Set.of("biden"), store.entityKeys("Biden"));
  }

  @Test
  void entityTypeIsTheMajorityOverArticles() throws IOException {
    Aggregate.Result r = store.aggregate(new SearchRequest(null, "WeWork", null, null, null,
        null, null, null, null, null, false, 0, 10), Aggregate.Dim.ENTITY_KEYS);
    Aggregate.EntityKeyCount we = r.entityKeys().stream().filter(k -> k.key().equals("wework"))
        .findFirst().orElseThrow();
    assertEquals(4, we.articles());
    assertEquals(Map.of("ORGANIZATION", 3L, "PERSON", 1L), we.types());
    assertEquals("ORGANIZATION", we.types().keySet().iterator().next());
    // A one-word name most articles call an organisation joins no person's full name.
    assertEquals(Set.of("wework"), store.entityKeys("WeWork"));
  }

  @Test
  void genericNounIsNotAnEntity() throws IOException {
    assertTrue(ids("president").isEmpty());
    assertTrue(ids("officials").isEmpty());
    Aggregate.Result r = store.aggregate(new SearchRequest(null, null, null, null, null, null,
        null, null, null, null, false, 0, 10), Aggregate.Dim.ENTITY_KEYS,
        Aggregate.Dim.ENTITIES);
    List<String> keys = new ArrayList<>();
    r.entityKeys().forEach(k -> keys.add(k.key()));
    assertFalse(keys.contains("president"), keys.toString());
    assertFalse(keys.contains("officials"), keys.toString());
    assertTrue(keys.contains("donald trump"), keys.toString());
    assertFalse(r.entities().keySet().stream().anyMatch(k -> k.endsWith("president")));
  }

  @Test
  void aliasesAreCountedByKey() throws IOException {
    Aggregate.Result r = store.aggregate(new SearchRequest(null, "Trump", null, null, null,
        null, null, null, null, null, false, 0, 10), Aggregate.Dim.ENTITY_KEYS);
    Aggregate.EntityKeyCount full = r.entityKeys().stream()
        .filter(k -> k.key().equals("donald trump")).findFirst().orElseThrow();
    assertEquals(2, full.articles());
    assertEquals(1L, full.names().get("Donald J. Trump"));
    assertEquals(1L, full.names().get("Trump"));
  }
}
