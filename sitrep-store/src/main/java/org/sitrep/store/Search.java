package org.sitrep.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.sitrep.model.Json;

/** One search over the store: query, filters, highlighted snippets, stories. */
final class Search {
  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  Search(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
  }

  /** The hits of {@code r} and how many articles (or stories, with dedup) match in all. */
  Store.Results run(SearchRequest r) throws IOException, ParseException {
    return page(r, query(analyzer, r, entityKeys(searcher, r.entity())));
  }

  /**
   * The corpus keys an entity name asked for stands for: its own key and, for a surname or a
   * full name, the other when the corpus has exactly one full person name with that surname
   * ("Trump" and "Donald Trump"; not "Biden" when both "Joe Biden" and "Hunter Biden" occur).
   */
  static java.util.Set<String> entityKeys(IndexSearcher searcher, String name)
      throws IOException {
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    String key = name == null ? "" : org.sitrep.model.EntityNames.fold("PERSON", name);
    if (key.isEmpty()) {
      return keys;
    }
    keys.add(key);
    keys.add(org.sitrep.model.EntityNames.fold(null, name)); // as other types keep initials
    String surname = org.sitrep.model.EntityNames.surname(key);
    java.util.List<String> fulls = fullNames(searcher, surname);
    // The surname alone joins only where most articles that use it call it a person.
    if (fulls.size() == 1 && (fulls.get(0).equals(key) || !org.sitrep.model.EntityNames.full(key))
        && mostlyPerson(searcher, surname)) {
      keys.add(surname);
      keys.add(fulls.get(0));
    }
    return keys;
  }

  private static boolean mostlyPerson(IndexSearcher searcher, String key) throws IOException {
    int all = searcher.count(new TermQuery(new Term(Fields.ENTITY_KEY, key)));
    int person = searcher.count(new TermQuery(new Term(Fields.ENTITY_PERSON, key)));
    return all == 0 || 2 * person > all;
  }

  /** The full person names (keys) with this surname that some live article holds. */
  private static java.util.List<String> fullNames(IndexSearcher searcher, String surname)
      throws IOException {
    java.util.List<String> out = new ArrayList<>();
    org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(
        searcher.getIndexReader(), Fields.ENTITY_SURNAME);
    if (terms == null) {
      return out;
    }
    String prefix = surname + Store.SURNAME_SEP;
    org.apache.lucene.index.TermsEnum te = terms.iterator();
    if (te.seekCeil(new BytesRef(prefix)) == org.apache.lucene.index.TermsEnum.SeekStatus.END) {
      return out;
    }
    for (BytesRef t = te.term(); t != null; t = te.next()) {
      String v = t.utf8ToString();
      if (!v.startsWith(prefix)) {
        break;
      }
      // A term may outlive its articles until segments merge: count only live ones.
      if (searcher.count(new TermQuery(new Term(Fields.ENTITY_SURNAME, v))) > 0) {
        out.add(v.substring(prefix.length()));
      }
      if (out.size() > 1) {
        break; // two are already ambiguous
      }
    }
    return out;
  }

  /** The articles {@code r} matches, an entity asked for by its name and aliases only. */
  static Query query(Analyzer analyzer, SearchRequest r) throws ParseException {
    return query(analyzer, r, Set.of());
  }

  /** The articles {@code r} matches (its query and filters), as one Lucene query. */
  static Query query(Analyzer analyzer, SearchRequest r, java.util.Set<String> entityKeys)
      throws ParseException {
    Query text = r.query() == null || r.query().isBlank() ? new MatchAllDocsQuery()
        : BoundedQueryParser.parseBounded(analyzer, r.query());
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER);
    if (r.entity() != null && !r.entity().isBlank()) {
      // Any article whose entity has the name (or alias) asked, or one of its corpus keys.
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      any.add(new TermQuery(new Term(Fields.ENTITY, FoldingAnalyzer.keyword(r.entity()))),
          BooleanClause.Occur.SHOULD);
      for (String k : entityKeys) {
        any.add(new TermQuery(new Term(Fields.ENTITY_KEY, k)), BooleanClause.Occur.SHOULD);
      }
      b.add(any.build(), BooleanClause.Occur.FILTER);
    }
    filter(b, Fields.PLACE, r.place());
    filter(b, Fields.COUNTRY, r.country());
    filter(b, Fields.SECTION, r.section());
    filter(b, Fields.SITE, r.site());
    filter(b, Fields.EVENT, r.event());
    if (r.eventConfidence() > 0) {
      String type = r.event() == null || r.event().isBlank() ? null : r.event();
      b.add(TermRangeQuery.newStringRange(Fields.EVENT_CONFIDENCE,
          eventConfidenceTerm(type, Math.ceil(r.eventConfidence() * 1e6) / 1e6),
          eventConfidenceTerm(type, 1), true, true), BooleanClause.Occur.FILTER);
    }
    if (r.story() != null && !r.story().isBlank()) {
      b.add(new TermQuery(new Term(Fields.STORY, r.story().strip())), BooleanClause.Occur.FILTER);
    }
    if (r.since() != null || r.until() != null) {
      long from = r.since() == null ? Long.MIN_VALUE : r.since().toEpochDay();
      long to = r.until() == null ? Long.MAX_VALUE : r.until().toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.PUBLISHED_DAY, from, to), BooleanClause.Occur.FILTER);
    }
    if (r.near() != null) {
      b.add(LatLonPoint.newDistanceQuery(Fields.GEO, r.near().lat(), r.near().lon(),
          r.near().km() * 1000), BooleanClause.Occur.FILTER);
    }
    if (r.box() != null) {
      b.add(LatLonPoint.newBoxQuery(Fields.GEO, r.box().minLat(), r.box().maxLat(),
          r.box().minLon(), r.box().maxLon()), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private Store.Results page(SearchRequest r, Query q) throws IOException {
    int offset = Math.max(0, r.offset());
    int limit = Math.max(1, r.limit());
    TopDocs td;
    long total;
    if (r.dedup()) {
      // One hit per story, exact at any size: Lucene's grouping over the story doc values.
      GroupingSearch g = new GroupingSearch(Fields.STORY);
      g.setGroupDocsLimit(1);
      if (r.newest()) {
        g.setGroupSort(NEWEST);
        g.setSortWithinGroup(NEWEST);
      }
      g.setAllGroups(true);
      TopGroups<BytesRef> groups = g.search(searcher, q, offset, limit);
      List<ScoreDoc> best = new ArrayList<>();
      for (GroupDocs<BytesRef> gd : groups.groups) {
        if (gd.scoreDocs.length > 0) {
          best.add(gd.scoreDocs[0]);
        }
      }
      td = new TopDocs(new TotalHits(best.size(), TotalHits.Relation.EQUAL_TO),
          best.toArray(new ScoreDoc[0]));
      total = groups.totalGroupCount == null ? groups.totalGroupedHitCount
          : groups.totalGroupCount;
    } else {
      // One pass gives the page and the exact number of matches (no count threshold).
      TopDocs all = r.newest()
          ? searcher.search(q, new TopFieldCollectorManager(NEWEST, offset + limit, null,
              Integer.MAX_VALUE))
          : searcher.search(q, new TopScoreDocCollectorManager(offset + limit, Integer.MAX_VALUE));
      ScoreDoc[] page = java.util.Arrays.copyOfRange(all.scoreDocs,
          Math.min(offset, all.scoreDocs.length), all.scoreDocs.length);
      td = new TopDocs(all.totalHits, page);
      total = all.totalHits.value;
    }
    String[] snippets = snippets(q, td);
    List<Hit> out = new ArrayList<>();
    Map<String, Story> storyInfo = new HashMap<>();
    for (int i = 0; i < td.scoreDocs.length; i++) {
      ScoreDoc sd = td.scoreDocs[i];
      Document d = searcher.storedFields().document(sd.doc, HIT_FIELDS);
      String story = d.get(Fields.STORY);
      Story info = storyInfo.computeIfAbsent(story, this::story);
      var json = Json.mapper().readTree(d.get(Fields.JSON));
      out.add(new Hit(d.get(Fields.ID), json.path("title").asText(null),
          json.path("site").asText(null), json.path("published").asText(null),
          d.get(Fields.SOURCE), snippets == null ? null : snippets[i],
          Float.isNaN(sd.score) ? 0f : sd.score, story,
          info.size(), info.canonical(), json.path("url").asText(null)));
    }
    return new Store.Results(out, total);
  }

  /** Newest publication first, undated last; ties (and undated pages) newest ingest first. */
  private static final Sort NEWEST;

  static {
    SortField published = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE);
    SortField ingested = new SortField(Fields.INGESTED, SortField.Type.LONG, true);
    ingested.setMissingValue(Long.MIN_VALUE);
    NEWEST = new Sort(published, ingested);
  }

  /** What a hit needs from the stored document (not the body). */
  private static final Set<String> HIT_FIELDS =
      Set.of(Fields.ID, Fields.STORY, Fields.JSON, Fields.SOURCE);

  private String[] snippets(Query q, TopDocs td) throws IOException {
    if (td.scoreDocs.length == 0) {
      return null;
    }
    UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
        .build();
    return h.highlight(Fields.TEXT, q, td, 1);
  }

  /**
   * Size and canonical member of a story: the earliest published member; undated members
   * come after dated ones, in the order they were ingested.
   */
  private record Story(int size, String canonical) {}

  private Story story(String story) {
    try {
      Query members = new TermQuery(new Term(Fields.STORY, story));
      int size = searcher.count(members);
      SortField published = new SortField(Fields.PUBLISHED, SortField.Type.LONG);
      published.setMissingValue(Long.MAX_VALUE);
      SortField ingested = new SortField(Fields.INGESTED, SortField.Type.LONG);
      ingested.setMissingValue(Long.MAX_VALUE);
      TopDocs first = searcher.search(members, 1, new Sort(published, ingested));
      String canonical = first.scoreDocs.length == 0 ? null : searcher.storedFields()
          .document(first.scoreDocs[0].doc, Set.of(Fields.ID)).get(Fields.ID);
      return new Story(size, canonical);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The {@link Fields#EVENT_CONFIDENCE} term of an event type (null: any type) at a confidence
   * (0..1).
   */
  static String eventConfidenceTerm(String type, double confidence) {
    return (type == null ? "" : FoldingAnalyzer.keyword(type)) + "\t"
        + String.format(java.util.Locale.ROOT, "%.6f", Math.max(0, Math.min(1, confidence)));
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) {
      String v = FoldingAnalyzer.keyword(value);
      if (field.equals(Fields.SITE)) {
        v = v.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/.*$", "");
      }
      b.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.FILTER);
    }
  }
}
