package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Failure;
import org.sitrep.model.Json;
import org.sitrep.model.Layer;
import org.sitrep.model.Published;
import org.sitrep.model.Place;

/**
 * The embedded store: one Lucene index in a folder holding every annotated article (as stored
 * JSON plus indexed fields) and every failure. Writes become durable at {@link #commit()}; a
 * process killed between commits loses only what came after the last one, which an idempotent
 * re-ingest puts back (documents are replaced by id, never added twice). One writer per folder:
 * Lucene's lock refuses a second one.
 */
public final class Store implements AutoCloseable {
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /** Above this estimated Jaccard similarity of 5-word shingles, two pages are one story. */
  public static final double SAME_STORY = 0.5;

  private final Path dir;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  /** The index as committed when the store was opened: what a resumed ingest can skip. */
  private final DirectoryReader atOpen;
  private volatile boolean dirty;
  private final Stories.Recent recent = new Stories.Recent();

  private Store(Path dir, boolean readOnly) throws IOException {
    this.dir = dir;
    if (!readOnly) {
      Files.createDirectories(dir);
    }
    this.directory = FSDirectory.open(dir);
    // Title and text are English-stemmed; keyword fields (ids, names, sites) are not analysed.
    this.analyzer = new EnglishAnalyzer();
    if (readOnly) {
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no Sitrep store here");
      }
      this.writer = null;
      this.searchers = new SearcherManager(directory, null);
    } else {
      IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      this.writer = new IndexWriter(directory, cfg);
      writer.commit(); // a new store is a valid, empty index from the start
      this.searchers = new SearcherManager(writer, null);
    }
    this.atOpen = DirectoryReader.open(directory);
  }

  /** Opens (or creates) the store in {@code dir} for writing; one writer per folder. */
  public static Store open(Path dir) throws IOException {
    return new Store(dir, false);
  }

  /**
   * Opens the store's last commit for reading only: searches work while an ingest writes (they
   * see what it has committed so far).
   */
  public static Store openReadOnly(Path dir) throws IOException {
    return new Store(dir, true);
  }

  /** True when {@code dir} holds a store (an index with at least one commit). */
  public static boolean exists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (FSDirectory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("store " + dir + " was opened read-only");
    }
    return writer;
  }

  public Path dir() {
    return dir;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /**
   * Adds or replaces an article and puts it into a story: the story of the most similar stored
   * page above {@link #SAME_STORY}, else a story of its own. Returns the story id.
   */
  public String put(Article a, String stamp) throws IOException {
    return put(a, stamp, MinHash.signature(a.text()));
  }

  /** As {@link #put(Article, String)}, with the signature computed by the caller (on a worker). */
  public String put(Article a, String stamp, int[] sig) throws IOException {
    // Pages put since the last refresh are matched in memory, so that story assignment needs no
    // near-real-time reopen per page; the searcher covers everything before.
    IndexSearcher s = searchers.acquire();
    String story;
    try {
      story = recent.find(Stories.find(s, a.id(), sig, SAME_STORY), a.id(), sig, SAME_STORY);
    } finally {
      searchers.release(s);
    }
    if (story == null) {
      story = a.id();
    }
    recent.add(a.id(), story, sig);
    Document d = new Document();
    d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    d.add(new StringField(Fields.KIND, Fields.ARTICLE, Field.Store.NO));
    d.add(new StringField(Fields.SOURCE, a.source(), Field.Store.YES));
    d.add(new StringField(Fields.STAMP, stamp == null ? "" : stamp, Field.Store.YES));
    d.add(new StringField(Fields.STORY, story, Field.Store.YES));
    d.add(new StoredField(Fields.JSON, Json.line(a.withLayers(a.layers().withoutTokens()))));
    d.add(new Field(Fields.TEXT, a.text(), TEXT_WITH_OFFSETS));
    if (a.title() != null) {
      d.add(new TextField(Fields.TITLE, a.title(), Field.Store.YES));
    }
    keyword(d, Fields.SECTION, a.section());
    keyword(d, Fields.SITE, a.site());
    keyword(d, Fields.LANGUAGE, a.language());
    Published published = a.published();
    if (published != null) {
      // Ordering by the instant; day filters by the day where the page was published.
      d.add(new NumericDocValuesField(Fields.PUBLISHED, published.instant().toEpochMilli()));
      d.add(new LongPoint(Fields.PUBLISHED_DAY, published.epochDay()));
    }
    for (Layer l : a.layers().done()) {
      d.add(new StringField(Fields.LAYERS, l.id(), Field.Store.YES));
    }
    d.add(new NumericDocValuesField(Fields.INGESTED, System.currentTimeMillis()));
    for (Entity e : a.layers().entities()) {
      String field = e.type().equals("LOCATION") ? Fields.PLACE : Fields.ENTITY;
      keyword(d, field, e.name());
      for (String alias : e.aliases()) {
        keyword(d, field, alias);
      }
    }
    for (Place p : a.layers().places()) {
      keyword(d, Fields.PLACE, p.name());
      keyword(d, Fields.PLACE, p.resolved());
      keyword(d, Fields.COUNTRY, p.countryCode());
      if ("PCLI".equals(p.featureCode())) {
        keyword(d, Fields.COUNTRY, p.resolved());
      }
      // Towns and regions are where things happen; a country's or continent's centre point
      // (and the country a demonym names) is not, and would put every article on Syria there.
      if (p.lat() != null && p.lon() != null && !"demonym".equals(p.kind())
          && !"L".equals(p.featureClass())
          && (p.featureCode() == null || !p.featureCode().startsWith("PCL"))) {
        d.add(new LatLonPoint(Fields.GEO, p.lat(), p.lon()));
      }
    }
    for (String band : MinHash.bands(sig)) {
      d.add(new StringField(Fields.BAND, band, Field.Store.NO));
    }
    d.add(new StoredField(Fields.MINHASH, MinHash.toBytes(sig)));
    writer().updateDocument(new Term(Fields.ID, a.id()), d);
    // A page that now extracts fine is no longer a failure.
    writer().deleteDocuments(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.KIND, Fields.FAILURE)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.SOURCE, a.source())), BooleanClause.Occur.FILTER)
        .build());
    dirty = true;
    return story;
  }

  /** Records a failure (replacing an earlier one of the same source). */
  public void putFailure(Failure f, String stamp) throws IOException {
    Document d = new Document();
    String id = "failure:" + f.source();
    d.add(new StringField(Fields.ID, id, Field.Store.YES));
    d.add(new StringField(Fields.KIND, Fields.FAILURE, Field.Store.NO));
    d.add(new StringField(Fields.SOURCE, f.source(), Field.Store.YES));
    d.add(new StringField(Fields.STAMP, stamp == null ? "" : stamp, Field.Store.YES));
    d.add(new StoredField(Fields.JSON, Json.line(f)));
    writer().updateDocument(new Term(Fields.ID, id), d);
    dirty = true;
  }

  /**
   * True when this source, with this stamp (size and modification time), was committed before
   * the store was opened: an interrupted ingest resumes by skipping it.
   */
  public boolean hadAtOpen(String source, String stamp) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.SOURCE, source)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.STAMP, stamp)), BooleanClause.Occur.FILTER)
        .build();
    return new IndexSearcher(atOpen).count(q) > 0;
  }

  /** True when an article or failure from this source (a path or URL) is stored. */
  public boolean hasSource(String source) throws IOException {
    IndexSearcher s = searcher();
    try {
      return s.count(new TermQuery(new Term(Fields.SOURCE, source))) > 0;
    } finally {
      searchers.release(s);
    }
  }

  /** Makes every write so far durable. */
  public void commit() throws IOException {
    writer().commit();
    searchers.maybeRefreshBlocking();
    recent.clear();
    dirty = false;
  }

  public int count() throws IOException {
    return count(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)));
  }

  public int failureCount() throws IOException {
    return count(new TermQuery(new Term(Fields.KIND, Fields.FAILURE)));
  }

  private int count(Query q) throws IOException {
    IndexSearcher s = searcher();
    try {
      return s.count(q);
    } finally {
      searchers.release(s);
    }
  }

  /** Every stored failure, as its JSON. */
  public List<JsonNode> failures() throws IOException {
    IndexSearcher s = searcher();
    try {
      List<JsonNode> out = new ArrayList<>();
      TopDocs td = s.search(new TermQuery(new Term(Fields.KIND, Fields.FAILURE)), Integer.MAX_VALUE >> 4);
      for (ScoreDoc sd : td.scoreDocs) {
        out.add(Json.mapper().readTree(s.storedFields().document(sd.doc).get(Fields.JSON)));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /** The stored article JSON of an id, or null. */
  public JsonNode get(String id) throws IOException {
    IndexSearcher s = searcher();
    try {
      TopDocs td = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
      return td.scoreDocs.length == 0 ? null
          : Json.mapper().readTree(s.storedFields().document(td.scoreDocs[0].doc).get(Fields.JSON));
    } finally {
      searchers.release(s);
    }
  }

  public List<Hit> search(SearchRequest r) throws IOException {
    IndexSearcher s = searcher();
    try {
      return new Search(s, analyzer).run(r);
    } catch (org.apache.lucene.queryparser.classic.ParseException e) {
      throw new IllegalArgumentException("cannot parse query: " + e.getMessage(), e);
    } finally {
      searchers.release(s);
    }
  }

  /** Bytes on disk. */
  public long sizeOnDisk() throws IOException {
    long total = 0;
    for (String f : directory.listAll()) {
      total += directory.fileLength(f);
    }
    return total;
  }

  /**
   * A searcher that sees every write so far: for a writing store, committed or not; for a
   * read-only store, the latest commit (another process's ingest shows up without a reopen).
   * Safe to call from many threads; release it to the manager.
   */
  private IndexSearcher searcher() throws IOException {
    if (writer == null) {
      searchers.maybeRefresh(); // cheap when nothing changed; never blocks on another refresher
    } else if (dirty) {
      synchronized (this) {
        if (dirty) {
          searchers.maybeRefreshBlocking();
          recent.clear();
          dirty = false;
        }
      }
    }
    return searchers.acquire();
  }

  private static void keyword(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new StringField(field, value.strip().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      atOpen.close();
      if (writer != null) {
        writer.commit();
        writer.close();
      }
    } finally {
      directory.close();
    }
  }

  /** Story of every article, by id (for tests and checks). */
  Map<String, String> storiesById() throws IOException {
    IndexSearcher s = searcher();
    try {
      Map<String, String> out = new LinkedHashMap<>();
      TopDocs td = s.search(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), 100_000);
      for (ScoreDoc sd : td.scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        out.put(d.get(Fields.ID), d.get(Fields.STORY));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }
}
