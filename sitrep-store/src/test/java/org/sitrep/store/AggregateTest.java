package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Json;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.Published;
import org.sitrep.model.Span;

/**
 * Aggregates count every matching article from doc values: 700 hand-made articles (no NLP)
 * over three places, two sites, seven days; article i names Aleppo twice, Homs when i is even,
 * Palmyra when i is a multiple of 7; "alpha" in the text of every fifth; a protest of
 * confidence 0.9 in every article, an assault of 0.3 in every other.
 */
class AggregateTest {
  static final int N = 700;
  @TempDir
  static Path dir;
  static Store store;

  static Place place(String name, long id, double lat, double lon, double confidence) {
    return new Place(new Span(0, 1), name, name, id, lat, lon, "SY", null, "P", "PPL",
        confidence, null, null);
  }

  static Event event(String id, String type, double confidence) {
    return new Event(id, type, null, null, List.of(), List.of(), null, null, List.of(),
        List.of(), List.of(), "happened", confidence);
  }

  static Article article(int i) {
    List<Place> places = new ArrayList<>();
    places.add(place("Aleppo", 170063, 36.2, 37.16, 0.9));
    places.add(place("Aleppo", 170063, 36.2, 37.16, 0.5));
    if (i % 2 == 0) {
      places.add(place("Homs", 169577, 34.73, 36.71, 0.5));
    }
    if (i % 7 == 0) {
      places.add(place("Palmyra", 170654, 34.56, 38.27, 0.9));
    }
    List<Event> events = new ArrayList<>();
    events.add(event("e1", "PROTEST", 0.9));
    if (i % 2 == 1) {
      events.add(event("e2", "ASSAULT", 0.3));
    }
    String day = LocalDate.of(2016, 3, 1 + i % 7).toString();
    String text = "Article number " + i + (i % 5 == 0 ? " alpha" : "") + " about the war.";
    return new Article(Article.SCHEMA_VERSION, "a" + i, "a" + i + ".txt", null,
        i % 3 == 0 ? "one.example" : "two.example", "Title " + i, "World", List.of(), null,
        Published.parse(day + "T10:00:00Z"), null, "en", text, List.of(), Map.of(),
        Layers.EMPTY.withPlaces(places, null).withEvents(events));
  }

  @BeforeAll
  static void fill() throws IOException {
    try (Store s = Store.open(dir)) {
      for (int i = 0; i < N; i++) {
        s.put(article(i), i + ":1");
      }
      s.commit();
    }
    store = Store.openReadOnly(dir);
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  static Aggregate.PlaceCount place(Aggregate.Result r, String name) {
    return r.places().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  static long count(int from, int to, java.util.function.IntPredicate p) {
    return java.util.stream.IntStream.range(from, to).filter(p).count();
  }

  @Test
  void mapCountedOnlyTheNewest500Articles() throws IOException {
    Aggregate.Result r = store.aggregate(SearchRequest.of(null));
    assertTrue(r.complete());
    assertEquals(N, r.matching());
    assertEquals(3, r.places().size());
    Aggregate.PlaceCount aleppo = place(r, "Aleppo");
    assertEquals(2L * N, aleppo.mentions());
    assertEquals(N, aleppo.articles());
    assertTrue(aleppo.sure());
    assertEquals(Long.valueOf(170063), aleppo.geonameId());
    assertEquals(List.of("Aleppo"), aleppo.names());
    assertEquals(350, place(r, "Homs").articles());
    assertFalse(place(r, "Homs").sure());
    assertEquals(100, place(r, "Palmyra").mentions());
    assertEquals(List.of("Aleppo", "Homs", "Palmyra"),
        r.places().stream().map(Aggregate.PlaceCount::name).toList());
    // The top articles are the newest (2016-03-07: i % 7 == 6).
    assertEquals(Aggregate.TOP, aleppo.top().size());
    for (Aggregate.Ref ref : aleppo.top()) {
      assertEquals(6, Integer.parseInt(ref.id().substring(1)) % 7, ref.toString());
      assertTrue(ref.published().startsWith("2016-03-07"), ref.toString());
    }
    assertEquals(7, r.days().size());
    assertEquals(N, r.days().stream().mapToLong(Aggregate.Day::articles).sum());
    assertEquals(100, r.days().get(0).articles());
    assertEquals(N + N / 2, r.days().stream().mapToLong(Aggregate.Day::events).sum());
    assertEquals(0, r.undated());
    assertEquals(count(0, N, i -> i % 3 == 0), r.sites().get("one.example"));
    assertEquals(Long.valueOf(N), r.eventTypes().get("PROTEST"));
    assertEquals(Long.valueOf(N / 2), r.eventTypes().get("ASSAULT"));
    assertEquals(N + N / 2, r.events());
  }

  @Test
  void aggregateCountsWhatTheFiltersKeep() throws IOException {
    Aggregate.Result q = store.aggregate(SearchRequest.of("alpha"));
    assertEquals(N / 5, q.matching());
    assertEquals(N / 5, place(q, "Aleppo").articles());
    assertEquals(count(0, N, i -> i % 5 == 0 && i % 7 == 0), place(q, "Palmyra").articles());

    Aggregate.Result days = store.aggregate(SearchRequest.of(null).withDates(
        LocalDate.of(2016, 3, 2), LocalDate.of(2016, 3, 3)));
    assertEquals(200, days.matching());
    assertEquals(List.of("2016-03-02", "2016-03-03"),
        days.days().stream().map(Aggregate.Day::day).toList());

    Aggregate.Result site = store.aggregate(new SearchRequest(null, null, null, null, null,
        null, null, "one.example", null, null, false, 10));
    assertEquals(count(0, N, i -> i % 3 == 0), site.matching());
    assertEquals(Map.of("one.example", site.matching()), site.sites());

    Aggregate.Result assault = store.aggregate(SearchRequest.of(null).withEvent("ASSAULT"));
    assertEquals(N / 2, assault.matching());
    assertTrue(assault.places().stream().noneMatch(p -> p.name().equals("Homs")),
        "Homs is named in even articles only, assaults are in odd ones");
    assertEquals(N / 2, place(assault, "Aleppo").articles());

    // min_confidence keeps the articles with a sure event and counts only the sure events.
    Aggregate.Result sure = store.aggregate(SearchRequest.of(null).withEvent(null, 0.5));
    assertEquals(N, sure.matching());
    assertEquals(N, sure.events());
    assertEquals(N, sure.days().stream().mapToLong(Aggregate.Day::events).sum());
    assertEquals(Map.of("PROTEST", (long) N), sure.eventTypes());
    Aggregate.Result unsureType = store.aggregate(SearchRequest.of(null)
        .withEvent("ASSAULT", 0.5));
    assertEquals(0, unsureType.matching());
  }

  @Test
  void aggregateReadsNoStoredDocument() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    try (FSDirectory d = FSDirectory.open(dir);
         DirectoryReader reader = new CountingReader(DirectoryReader.open(d), loads)) {
      IndexSearcher s = new IndexSearcher(reader);
      // The counter works: a stored-fields read is seen.
      s.storedFields().document(0);
      assertEquals(1, loads.get());
      loads.set(0);
      Aggregate.Result r = Aggregate.run(s, Search.query(new FoldingAnalyzer(),
          SearchRequest.of(null)), 0, java.util.EnumSet.allOf(Aggregate.Dim.class));
      assertEquals(N, r.matching());
      assertEquals(5, place(r, "Aleppo").top().size());
      assertEquals(0, loads.get(), "stored documents read");
    }
  }

  @Test
  void storeWrittenBeforeAggregatesSaysItsCountsAreIncomplete(@TempDir Path old)
      throws IOException {
    try (Store s = Store.open(old)) {
      s.put(article(1), "1:1");
      s.commit();
    }
    writeWithoutAggregates(old, article(2));
    try (Store s = Store.openReadOnly(old)) {
      Aggregate.Result r = s.aggregate(SearchRequest.of(null));
      assertEquals(2, r.matching());
      assertFalse(r.complete());
      assertTrue(s.aggregate(SearchRequest.of("\"number 1\"")).complete());
    }
  }

  @Test
  void storeWrittenBeforeEntityKeysKeepsItsOtherCountsComplete(@TempDir Path old)
      throws IOException {
    try (Store s = Store.open(old)) {
      s.put(article(1), "1:1");
      s.commit();
    }
    writeWithoutAggregates(old, article(2), Aggregate.BEFORE_ENTITY_KEYS);
    try (Store s = Store.openReadOnly(old)) {
      assertTrue(s.aggregate(SearchRequest.of(null), Aggregate.Dim.SITES).complete());
      assertFalse(s.aggregate(SearchRequest.of(null), Aggregate.Dim.ENTITY_KEYS).complete());
    }
  }

  /** An article as a store written before the aggregate fields held it. */
  static void writeWithoutAggregates(Path dir, Article a) throws IOException {
    writeWithoutAggregates(dir, a, 0);
  }

  /** As a store of aggregate {@code version} (0: none) held it, without its fields. */
  static void writeWithoutAggregates(Path dir, Article a, long version) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new FoldingAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
      doc.add(new StringField(Fields.KIND, Fields.ARTICLE, Field.Store.NO));
      doc.add(new StringField(Fields.SOURCE, a.source(), Field.Store.YES));
      doc.add(new StringField(Fields.STORY, a.id(), Field.Store.YES));
      doc.add(new org.apache.lucene.document.SortedDocValuesField(Fields.STORY,
          new org.apache.lucene.util.BytesRef(a.id())));
      doc.add(new StoredField(Fields.JSON, Json.line(a.withoutText())));
      org.apache.lucene.document.FieldType text =
          new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
      text.setIndexOptions(org.apache.lucene.index.IndexOptions
          .DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
      doc.add(new Field(Fields.TEXT, a.text(), text));
      if (version > 0) {
        doc.add(new org.apache.lucene.document.NumericDocValuesField(Aggregate.VERSION, version));
      }
      w.addDocument(doc);
      w.commit();
    }
  }

  /** A reader that counts the stored documents read through it. */
  static final class CountingReader extends FilterDirectoryReader {
    private final AtomicInteger loads;

    CountingReader(DirectoryReader in, AtomicInteger loads) throws IOException {
      super(in, new SubReaderWrapper() {
        @Override
        public LeafReader wrap(LeafReader reader) {
          return new FilterLeafReader(reader) {
            @Override
            public StoredFields storedFields() throws IOException {
              StoredFields inner = in.storedFields();
              return new StoredFields() {
                @Override
                public void document(int doc, StoredFieldVisitor visitor) throws IOException {
                  loads.incrementAndGet();
                  inner.document(doc, visitor);
                }
              };
            }

            @Override
            public void document(int doc, StoredFieldVisitor visitor) throws IOException {
              loads.incrementAndGet();
              super.document(doc, visitor);
            }

            @Override
            public CacheHelper getCoreCacheHelper() {
              return null;
            }

            @Override
            public CacheHelper getReaderCacheHelper() {
              return null;
            }
          };
        }
      });
      this.loads = loads;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new CountingReader(in, loads);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }
}
