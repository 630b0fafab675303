package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Failure;
import org.sitrep.model.Json;
import org.sitrep.model.Layers;

class StoreTest {
  @TempDir
  Path dir;

  static Article article(String id, String title, String text, String published, String site,
                         List<Entity> entities) {
    Layers layers = Layers.EMPTY.withEntities(entities, List.of());
    return new Article(Article.SCHEMA_VERSION, id, id + ".txt", null, site, title, "World",
        List.of(), null, org.sitrep.model.Published.parse(published), null, "en", text, List.of(), Map.of(),
        layers);
  }

  private static final String STORY = "Rescue teams reached the flooded villages of the valley on "
      + "Tuesday after three days of rain, and officials said more than two hundred families had "
      + "been moved to schools and sports halls in the provincial capital, where the army set up "
      + "field kitchens and the health ministry sent doctors to treat the injured.";

  @Test
  void putIsIdempotentAndReplacesByIdAcrossReopen() throws Exception {
    try (Store s = Store.open(dir)) {
      s.put(article("a", "Floods", STORY, "2019-11-19", "example.com", List.of()), "1:1");
      s.put(article("a", "Floods", STORY, "2019-11-19", "example.com", List.of()), "1:1");
      assertEquals(1, s.count());
      s.put(article("a", "Floods, updated", STORY, "2019-11-19", "example.com", List.of()), "2:2");
      s.commit();
    }
    try (Store s = Store.open(dir)) {
      assertEquals(1, s.count());
      assertEquals("Floods, updated", s.get("a").title());
      assertTrue(s.hadAtOpen("a.txt", "2:2"));
      assertTrue(!s.hadAtOpen("a.txt", "1:1"));
    }
  }

  @Test
  void failuresAreStoredListedAndClearedBySuccess() throws Exception {
    try (Store s = Store.open(dir)) {
      s.putFailure(Failure.of("f", "a.txt", "detect", "binary content"), "1:1");
      assertEquals(1, s.failureCount());
      assertEquals("binary content", s.failures().get(0).error().reason());
      s.put(article("a", "Floods", STORY, null, null, List.of()), "2:2");
      assertEquals(0, s.failureCount());
    }
  }

  @Test
  void searchWithFiltersAndSnippets() throws Exception {
    Entity ministry = new Entity(0, "ORGANIZATION", "Health Ministry",
        List.of("the health ministry"), null, null, List.of());
    Entity valley = new Entity(1, "LOCATION", "Swat Valley", List.of("the valley"), null, null,
        List.of());
    try (Store s = Store.open(dir)) {
      s.put(article("a", "Floods", STORY, "2019-11-19T10:00:00Z", "example.com",
          List.of(ministry, valley)), null);
      s.put(article("b", "Budget", "The parliament passed the budget on Monday after a long "
          + "debate about taxes, pensions and the cost of the new railway line to the north.",
          "2019-10-01", "other.org", List.of()), null);
      List<Hit> hits = s.search(SearchRequest.of("families"));
      assertEquals(1, hits.size());
      assertEquals("a", hits.get(0).id());
      assertTrue(hits.get(0).snippet().contains("«families»"), hits.get(0).snippet());
      assertEquals(1, s.search(new SearchRequest(null, "Health Ministry", null, null, null, null,
          null, null, null, null, false, 10)).size());
      assertEquals(1, s.search(new SearchRequest("", null, "swat valley", null, null, null, null,
          null, null, null, false, 10)).size());
      assertEquals("b", s.search(new SearchRequest(null, null, null, null, null,
          LocalDate.of(2019, 10, 31), null, null, null, null, false, 10)).get(0).id());
      assertEquals(0, s.search(new SearchRequest(null, null, null, null,
          LocalDate.of(2019, 11, 20), null, null, null, null, null, false, 10)).size());
      assertEquals("b", s.search(new SearchRequest(null, null, null, null, null, null, null,
          "other.org", null, null, false, 10)).get(0).id());
      assertThrows(IllegalArgumentException.class, () -> s.search(SearchRequest.of("AND (")));
    }
  }

  @Test
  void nearCopiesShareAStoryWithTheEarliestAsCanonical() throws Exception {
    String copy = STORY.replace("on Tuesday", "on Tuesday morning")
        + " Schools will stay closed until the water recedes.";
    try (Store s = Store.open(dir)) {
      s.put(article("late", "Floods", copy, "2019-11-20", "copy.net", List.of()), null);
      s.put(article("early", "Floods", STORY, "2019-11-19", "wire.com", List.of()), null);
      s.put(article("other", "Budget", "The parliament passed the budget on Monday after a long "
          + "debate about taxes, pensions and the cost of the new railway.", null, null,
          List.of()), null);
      Map<String, String> stories = s.storiesById();
      assertEquals(stories.get("late"), stories.get("early"));
      assertTrue(!stories.get("other").equals(stories.get("early")));
      List<Hit> all = s.search(SearchRequest.of("floods OR families OR parliament"));
      assertEquals(3, all.size());
      Hit h = all.stream().filter(x -> x.id().equals("late")).findFirst().orElseThrow();
      assertEquals(2, h.storySize());
      assertEquals("early", h.canonical());
      List<Hit> dedup = s.search(new SearchRequest("floods OR families OR parliament", null,
          null, null, null, null, null, null, null, null, true, 10));
      assertEquals(2, dedup.size());
      assertNotNull(s.get("other"));
      // Newest first: the later copy, then the wire story, then the undated page.
      List<Hit> newest = s.search(SearchRequest.of(null).withDedup(false, 0, 10)
          .withNewestFirst(true));
      assertEquals(List.of("late", "early", "other"), newest.stream().map(Hit::id).toList());
      assertEquals(0f, newest.get(0).score());
      // One story's members; and stories newest first, each once, shown by its newest member.
      assertEquals(List.of("late", "early"), s.search(SearchRequest.of(null)
          .withStory(stories.get("early")).withNewestFirst(true)).stream().map(Hit::id).toList());
      assertEquals(List.of("late", "other"), s.search(SearchRequest.of(null)
          .withDedup(true, 0, 10).withNewestFirst(true)).stream().map(Hit::id).toList());
    }
  }

  @Test
  void readersSeeCommitsWhileAWriterIsOpen() throws Exception {
    try (Store w = Store.open(dir)) {
      w.put(article("a", "Floods", STORY, null, null, List.of()), null);
      w.commit();
      w.put(article("b", "Budget", "The parliament passed the budget on Monday after a long "
          + "debate about taxes.", null, null, List.of()), null);
      try (Store r = Store.openReadOnly(dir)) {
        assertEquals(1, r.count(), "the reader sees the last commit, not the pending page");
        assertThrows(IllegalStateException.class, r::commit);
      }
    }
  }

  @Test
  void aPageBelongsToTheDayWhereItWasPublished() throws Exception {
    try (Store s = Store.open(dir)) {
      s.put(article("late", "Floods", STORY, "2019-11-19T23:30-05:00", null, List.of()), null);
      LocalDate day = LocalDate.of(2019, 11, 19);
      assertEquals(1, s.search(SearchRequest.of(null).withDates(day, day)).size(),
          "23:30 in New York on the 19th is a page of the 19th, though the 20th in UTC");
      assertEquals(0, s.search(SearchRequest.of(null).withDates(day.plusDays(1), null)).size());
      assertEquals(1, s.search(SearchRequest.of(null).withDates(null, day)).size());
    }
  }

  @Test
  void placesAreGeoPoints() throws Exception {
    org.sitrep.model.Place palmyra = new org.sitrep.model.Place(new org.sitrep.model.Span(0, 7),
        "Palmyra", "Tadmur", 170017L, 34.56, 38.27, "SY", null, "P", "PPL", 1.0, null, "toponym");
    Article a = article("p", "Palmyra", STORY, null, null, List.of());
    a = a.withLayers(a.layers().withPlaces(List.of(palmyra), null));
    try (Store s = Store.open(dir)) {
      s.put(a, null);
      assertEquals(1, s.search(SearchRequest.of(null)
          .withNear(new SearchRequest.Near(34.9, 38.0, 100))).size(), "about 45 km away");
      // Deir ez-Zor is ~200 km east; Damascus ~215 km south-west; 500 km away is Beirut's sea.
      assertEquals(0, s.search(SearchRequest.of(null)
          .withNear(new SearchRequest.Near(33.0, 33.5, 100))).size(), "about 500 km away");
      assertEquals(1, s.search(SearchRequest.of(null)
          .withBox(new SearchRequest.Box(34, 35, 38, 39))).size());
    }
  }

  @Test
  void aReadOnlyStoreSeesNewCommitsWithoutReopening() throws Exception {
    try (Store w = Store.open(dir); Store r = Store.openReadOnly(dir)) {
      assertEquals(0, r.count());
      w.put(article("a", "Floods", STORY, null, null, List.of()), null);
      assertEquals(0, r.count(), "not committed yet");
      w.commit();
      assertEquals(1, r.count(), "the same reader sees the commit");
    }
  }

  /** A distinct article per story number, in several near-copies (a changed serial line). */
  private static String story(int n) {
    String[] topics = {"flood", "budget", "election", "strike", "harvest", "bridge", "hospital",
        "school", "railway", "festival"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      b.append("Report ").append(n).append(" line ").append(i).append(": the ")
          .append(topics[(n + i) % topics.length]).append(" committee number ").append(n * 31 + i)
          .append(" met the president in district ").append(n * 7 + i).append(". ");
    }
    return b.toString();
  }

  @Test
  void dedupIsExactAtAnySizeAndPages() throws Exception {
    try (Store s = Store.open(dir)) {
      for (int n = 0; n < 30; n++) {
        for (int copy = 0; copy < 6; copy++) {
          s.put(article("s" + n + "c" + copy, "Story " + n, story(n) + " Copy " + copy + ".",
              null, "site" + copy + ".example", List.of()), null);
        }
      }
      s.commit();
      assertEquals(180, s.count());
      Store.Results first = s.searchCounted(SearchRequest.of("president").withDedup(true, 0, 10));
      assertEquals(30, first.total(), "thirty stories");
      assertEquals(10, first.hits().size());
      java.util.Set<String> seen = new java.util.HashSet<>();
      first.hits().forEach(h -> seen.add(h.story()));
      assertEquals(10, seen.size(), "one hit per story");
      Store.Results second = s.searchCounted(SearchRequest.of("president").withDedup(true, 10, 50));
      assertEquals(20, second.hits().size());
      second.hits().forEach(h -> assertTrue(seen.add(h.story()), "pages do not repeat stories"));
      assertEquals(6, first.hits().get(0).storySize());
    }
  }

  @Test
  void theBodyIsStoredOnceAndComesBackWithTheArticle() throws Exception {
    try (Store s = Store.open(dir)) {
      s.put(article("a", "Floods", STORY, "2019-11-19", null, List.of()), null);
      s.commit();
      Article got = s.get("a");
      assertEquals(STORY, got.text());
      String json = Json.line(got);
      assertTrue(json.indexOf("\"text\"") > json.indexOf("\"language\""), json);
      // Readers of layers and metadata only can leave the body where it is.
      List<Article> bare = new java.util.ArrayList<>();
      s.articlesWith(null, false, st -> bare.add(st.article()));
      assertEquals(1, bare.size());
      assertEquals("Floods", bare.get(0).title());
      assertNull(bare.get(0).text(), "the body is not read");
      List<Article> full = new java.util.ArrayList<>();
      s.articlesWith(null, st -> full.add(st.article()));
      assertEquals(STORY, full.get(0).text());
    }
  }

  @Test
  void aStoredArticleReadsBackAsTheRecordItWasSoItsJsonKeepsItsBytes() throws Exception {
    Article a = article("a", "Floods", STORY, "2019-11-19T23:30:00-05:00", "news.example",
        List.of(new Entity(0, "LOCATION", "Palmyra", List.of("Tadmur"), null, null, List.of(0))));
    try (Store s = Store.open(dir)) {
      s.put(a, null);
      s.commit();
      Article got = s.get("a");
      assertEquals(a.withLayers(a.layers().withoutTokens()), got);
      assertEquals(Json.line(a.withLayers(a.layers().withoutTokens())), Json.line(got));
    }
  }

  @Test
  void aStoredFieldTheModelNoLongerHasIsSkippedSoAnOlderStoreStillOpens() throws Exception {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new org.apache.lucene.document.StoredField(Fields.ID, "old"));
    d.add(new org.apache.lucene.document.StoredField(Fields.JSON,
        "{\"schemaVersion\":1,\"id\":\"old\",\"source\":\"old.txt\",\"retired\":[1],"
            + "\"title\":\"Old\",\"language\":\"en\"}"));
    d.add(new org.apache.lucene.document.StoredField(Fields.TEXT, "The body."));
    Article a = Store.article(d);
    assertEquals("Old", a.title());
    assertEquals("The body.", a.text());
  }
}
