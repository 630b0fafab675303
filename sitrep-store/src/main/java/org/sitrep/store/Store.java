package org.sitrep.store;

import org.sitrep.model.MinHash;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
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
import org.sitrep.model.EntityNames;
import org.sitrep.model.Failure;
import org.sitrep.model.Ids;
import org.sitrep.model.Json;
import org.sitrep.model.Layer;
import org.sitrep.model.Published;
import org.sitrep.model.Place;
import org.sitrep.model.Urls;

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
  public static final double SAME_STORY = MinHash.SAME_STORY;

  private final Path dir;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  /** The index as committed when the store was opened: what a resumed ingest can skip. */
  private final DirectoryReader atOpen;
  private volatile boolean dirty;
  private final Stories.Recent recent = new Stories.Recent();
  /** Pages put since the searcher last refreshed, by id and by source (see {@link #put}). */
  private final Map<String, Held> pendingById = new java.util.HashMap<>();
  private final Map<String, String> pendingIdBySource = new java.util.HashMap<>();

  /** A stored page as the store holds it: where it came from and a hash of its body. */
  private record Held(String source, String textHash) {}

  /**
   * What {@link #put} did: {@code STORED} a new page (the store grew by one); {@code UPDATED} a
   * page of the same source (re-read, or changed); {@code REPLACED} a page with the same id
   * from {@code other} source; {@code DUPLICATE}: the same id and body are held from
   * {@code other}, so nothing was written.
   */
  public record Put(Kind kind, String other, String story) {
    /** The outcomes of a put. */
    public enum Kind { STORED, UPDATED, REPLACED, DUPLICATE }
  }

  private Store(Path dir, boolean readOnly) throws IOException {
    this.dir = dir;
    refuseOrphanedSegments(dir);
    if (!readOnly) {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new StoreException("store path " + dir + " is a file, not a folder; pass --store "
            + "a folder (it is created when missing)", null);
      }
      try {
        Files.createDirectories(dir);
      } catch (java.nio.file.FileSystemException e) {
        throw environment(e, "cannot create the store folder " + dir);
      }
      if (readOnlyByMode(dir)) {
        // Even root, who could write anyway, is told: the owner made it read-only on purpose.
        throw new StoreException("store " + dir + " is read-only (its folder has no write "
            + "permission); make it writable (chmod u+w) or use another --store", null);
      }
    }
    this.directory = FSDirectory.open(dir);
    // Title and text are English-stemmed with accents folded; keyword fields are folded only.
    this.analyzer = new FoldingAnalyzer();
    if (readOnly) {
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no Sitrep store here");
      }
      this.writer = null;
      try {
        this.searchers = new SearcherManager(directory, null);
      } catch (IOException e) {
        directory.close();
        StoreException damaged = damaged(dir, e);
        throw damaged != null ? damaged : e;
      }
    } else {
      IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      try {
        this.writer = new IndexWriter(directory, cfg);
      } catch (org.apache.lucene.store.LockObtainFailedException e) {
        directory.close();
        throw new StoreException("store " + dir + " is locked by another ingest" + owner(dir)
            + "; wait for it to end, or use another --store", e);
      } catch (IOException e) {
        directory.close();
        StoreException damaged = damaged(dir, e);
        throw damaged != null ? damaged : environment(e, "cannot open the store " + dir
            + " for writing");
      }
      try {
        writer.commit(); // a new store is a valid, empty index from the start
        Files.writeString(dir.resolve(OWNER), ProcessHandle.current().pid() + "\n");
      } catch (IOException e) {
        writer.rollback();
        directory.close();
        throw environment(e, "cannot write to the store " + dir);
      }
      this.searchers = new SearcherManager(writer, null);
    }
    try {
      this.atOpen = DirectoryReader.open(directory);
    } catch (IOException e) {
      StoreException damaged = damaged(dir, e);
      throw damaged != null ? damaged : e;
    }
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
    refuseOrphanedSegments(dir);
    try (FSDirectory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  /**
   * A folder with index segment files but no {@code segments_N} commit point is a store whose
   * commit file was lost, not an empty folder: opening it for writing would delete the orphaned
   * segments, so it is refused as damaged.
   */
  static void refuseOrphanedSegments(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    boolean commit = false;
    String segment = null;
    try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (n.startsWith("segments_")) {
          commit = true;
        } else if (segment == null && n.matches("_[0-9a-z]+(_[0-9a-z]+)*\\.[a-z]+")) {
          segment = n;
        }
      }
    } catch (java.nio.file.AccessDeniedException e) {
      return; // reported where the folder is opened
    }
    if (!commit && segment != null) {
      throw damagedStore(dir, "index files such as " + segment + " but no segments_N commit file",
          null);
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
    return putPage(a, stamp, MinHash.signature(a.text())).story();
  }

  /**
   * As {@link #put(Article, String)}, with the signature computed by the caller (on a worker);
   * says what it did (see {@link Put}).
   */
  public Put putPage(Article a, String stamp, int[] sig) throws IOException {
    return putPage(a, stamp, sig, findStory(a.id(), sig));
  }

  /**
   * The story the committed store offers a page with this signature (the most similar story
   * head above {@link #SAME_STORY}), or null. Thread-safe: ingest calls it on its workers, and
   * passes the answer to {@link #putPage(Article, String, int[], StoryMatch)}.
   */
  public StoryMatch findStory(String id, int[] sig) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return Stories.find(s, id, sig, SAME_STORY);
    } finally {
      searchers.release(s);
    }
  }

  /** A story found for a page before it is stored: its id and the head's similarity. */
  public record StoryMatch(String story, double similarity) {}

  /** As {@link #putPage(Article, String, int[])}, with the story lookup done by the caller. */
  public Put putPage(Article a, String stamp, int[] sig, StoryMatch indexed) throws IOException {
    String hash = Ids.sha256(a.text()).substring(0, 16);
    Held held = held(a.id());
    Put.Kind kind = Put.Kind.STORED;
    String other = null;
    if (held != null && !held.source().equals(a.source())) {
      if (held.textHash().equals(hash)) {
        return new Put(Put.Kind.DUPLICATE, held.source(), null);
      }
      kind = Put.Kind.REPLACED;
      other = held.source();
    } else if (held != null) {
      kind = Put.Kind.UPDATED;
    }
    // An earlier version of this source under another id (its body changed) gives way.
    if (olderVersion(a.source(), a.id()) && kind == Put.Kind.STORED) {
      kind = Put.Kind.UPDATED;
    }
    writer().deleteDocuments(otherVersions(a.source(), a.id()));
    // A failure of this source from an earlier run is resolved by this page.
    writer().deleteDocuments(new Term(Fields.ID, "failure:" + a.source()));
    String story = write(a, stamp, sig, hash, indexed);
    pendingById.put(a.id(), new Held(a.source(), hash));
    pendingIdBySource.put(a.source(), a.id());
    return new Put(kind, other, story);
  }

  private Held held(String id) throws IOException {
    Held h = pendingById.get(id);
    if (h != null) {
      return h;
    }
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs td = s.search(articleById(id), 1);
      if (td.scoreDocs.length == 0) {
        return null;
      }
      Document d = s.storedFields().document(td.scoreDocs[0].doc,
          java.util.Set.of(Fields.SOURCE, Fields.TEXT_HASH));
      return new Held(d.get(Fields.SOURCE), d.get(Fields.TEXT_HASH) == null ? ""
          : d.get(Fields.TEXT_HASH));
    } finally {
      searchers.release(s);
    }
  }

  private boolean olderVersion(String source, String id) throws IOException {
    String pending = pendingIdBySource.get(source);
    if (pending != null && !pending.equals(id)) {
      return true;
    }
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(otherVersions(source, id)) > 0;
    } finally {
      searchers.release(s);
    }
  }

  /** Articles of {@code source} under another id than {@code id}: its earlier versions. */
  private static Query otherVersions(String source, String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.SOURCE, source)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  private String write(Article a, String stamp, int[] sig, String textHash, StoryMatch indexed)
      throws IOException {
    // Story heads put since the last refresh are matched in memory, so that story assignment
    // needs no near-real-time reopen per page; the worker's lookup covered everything before.
    String story = recent.find(indexed, a.id(), sig, SAME_STORY);
    boolean head = story == null || story.equals(a.id());
    if (story == null) {
      story = a.id();
    }
    if (head) {
      recent.add(a.id(), story, sig);
    }
    Document d = new Document();
    d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    d.add(new StringField(Fields.KIND, Fields.ARTICLE, Field.Store.NO));
    d.add(new StringField(Fields.SOURCE, a.source(), Field.Store.YES));
    d.add(new StringField(Fields.STAMP, stamp == null ? "" : stamp, Field.Store.YES));
    d.add(new StringField(Fields.STORY, story, Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.STORY, new BytesRef(story)));
    // The body is stored once, in the text field; the JSON holds everything else.
    d.add(new StoredField(Fields.JSON, Json.line(a.withLayers(a.layers().withoutTokens())
        .withoutText())));
    d.add(new Field(Fields.TEXT, a.text(), TEXT_WITH_OFFSETS));
    if (a.title() != null) {
      d.add(new TextField(Fields.TITLE, a.title(), Field.Store.YES));
    }
    keyword(d, Fields.SECTION, a.section());
    keyword(d, Fields.SITE, a.site());
    // --site matches the host too, when the publisher's name is not the host already.
    String host = Urls.host(a.url());
    if (host != null && (a.site() == null
        || !FoldingAnalyzer.keyword(host).equals(FoldingAnalyzer.keyword(a.site())))) {
      keyword(d, Fields.SITE, host);
    }
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
    if (org.sitrep.model.Pipeline.incomplete(a)) {
      d.add(new StringField(Fields.INCOMPLETE, "1", Field.Store.NO));
    }
    d.add(new NumericDocValuesField(Fields.INGESTED, System.currentTimeMillis()));
    for (Entity e : a.layers().entities()) {
      if (EntityNames.generic(e.name())) {
        continue; // "president", "officials": a common noun, not a name
      }
      boolean place = "LOCATION".equals(e.type());
      String field = place ? Fields.PLACE : Fields.ENTITY;
      keyword(d, field, e.name());
      for (String alias : e.aliases()) {
        if (!EntityNames.generic(alias)) {
          keyword(d, field, alias);
        }
      }
      String key = EntityNames.fold(e.type(), e.name()); // not generic: checked above
      if (!place && !key.isEmpty()) {
        d.add(new StringField(Fields.ENTITY_KEY, key, Field.Store.NO));
        if ("PERSON".equals(e.type())) {
          d.add(new StringField(Fields.ENTITY_PERSON, key, Field.Store.NO));
          if (EntityNames.full(key)) {
            d.add(new StringField(Fields.ENTITY_SURNAME, EntityNames.surname(key) + SURNAME_SEP
                + key, Field.Store.NO));
          }
        }
      }
    }
    for (org.sitrep.model.Event e : a.layers().events()) {
      if (e.happened()) {
        keyword(d, Fields.EVENT, e.type());
        eventConfidence(d, null, e.confidence());
        eventConfidence(d, e.type(), e.confidence());
        if (e.acled() != null) {
          keyword(d, Fields.EVENT, e.acled().subEventType());
          eventConfidence(d, e.acled().subEventType(), e.confidence());
        }
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
    if (head) {
      for (String band : MinHash.bands(sig)) {
        d.add(new StringField(Fields.HEAD_BAND, band, Field.Store.NO));
      }
    }
    Aggregate.index(d, a);
    d.add(new BinaryDocValuesField(Fields.MINHASH, new BytesRef(MinHash.toBytes(sig))));
    d.add(new StoredField(Fields.TEXT_HASH, textHash));
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
    return hadAtOpen(source, stamp, null);
  }

  /**
   * As {@link #hadAtOpen(String, String)}, and, when {@code layer} is given, stored with that
   * layer (a page stored without annotations is not unchanged for an ingest that annotates).
   * A failure, or an article a stage of which failed, is never had: the next run retries it.
   */
  public boolean hadAtOpen(String source, String stamp, Layer layer) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.SOURCE, source)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.STAMP, stamp)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.INCOMPLETE, "1")), BooleanClause.Occur.MUST_NOT);
    if (layer != null) {
      b.add(new TermQuery(new Term(Fields.LAYERS, layer.id())), BooleanClause.Occur.FILTER);
    }
    return new IndexSearcher(atOpen).count(b.build()) > 0;
  }

  /**
   * True when this source had failed, or been stored with a failed stage, when the store was
   * opened: processing it again is a retry.
   */
  public boolean failedAtOpen(String source) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.SOURCE, source)), BooleanClause.Occur.FILTER)
        .add(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.FAILURE)), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term(Fields.INCOMPLETE, "1")), BooleanClause.Occur.SHOULD)
            .build(), BooleanClause.Occur.FILTER)
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
    try {
      writer().commit();
    } catch (IOException e) {
      throw environment(e, "cannot commit to the store " + dir + "; the last commit is intact");
    }
    searchers.maybeRefreshBlocking();
    recent.clear();
    pendingById.clear();
    pendingIdBySource.clear();
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

  /** Every stored failure, as the model's record. */
  public List<Failure> failures() throws IOException {
    IndexSearcher s = searcher();
    try {
      List<Failure> out = new ArrayList<>();
      TopDocs td = s.search(new TermQuery(new Term(Fields.KIND, Fields.FAILURE)), Integer.MAX_VALUE >> 4);
      for (ScoreDoc sd : td.scoreDocs) {
        out.add(FAILURE.readValue(s.storedFields().document(sd.doc).get(Fields.JSON)));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /** The stored article of an id (with its body), or null. */
  public Article get(String id) throws IOException {
    Stored s = stored(id);
    return s == null ? null : s.article();
  }

  /** The article (not a failure) with this id. */
  private static Query articleById(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** The stored article of an id with its story, or null. */
  public Stored stored(String id) throws IOException {
    IndexSearcher s = searcher();
    try {
      TopDocs td = s.search(articleById(id), 1);
      if (td.scoreDocs.length == 0) {
        return null;
      }
      Document d = s.storedFields().document(td.scoreDocs[0].doc);
      return new Stored(d.get(Fields.ID), d.get(Fields.STORY), article(d));
    } finally {
      searchers.release(s);
    }
  }

  /**
   * A name as the store indexes entity, place, section and site names (lower case, accents and
   * punctuation folded), for comparing a name asked for with the names an article holds.
   */
  public static String fold(String name) {
    return FoldingAnalyzer.keyword(name);
  }

  /** Separates a surname from the full name in the surname field. */
  static final String SURNAME_SEP = "\u001f";

  /**
   * The corpus keys ({@link EntityNames#key}) that an entity name asked for joins, as
   * {@code search --entity} and the entity page use them: its own, and a surname with the one
   * full name of the corpus that has it.
   */
  public java.util.Set<String> entityKeys(String name) throws IOException {
    IndexSearcher s = searcher();
    try {
      return Search.entityKeys(s, name);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The stored JSON is read as the model's records, leniently: a field this version no longer
   * knows (a store written by another version) is skipped, a field it does not find is empty,
   * so every store written so far opens without a re-index.
   */
  private static final ObjectReader ARTICLE = Json.mapper().readerFor(Article.class)
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectReader FAILURE = Json.mapper().readerFor(Failure.class)
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** A stored article with its body put back from the text field (stored apart, once). */
  static Article article(Document d) throws IOException {
    Article a = withoutBody(d);
    String text = d.get(Fields.TEXT);
    return text == null || (a.text() != null && !a.text().isEmpty()) ? a : a.withText(text);
  }

  /** A stored article as its JSON holds it: everything but the body, whose text is null. */
  private static Article withoutBody(Document d) throws IOException {
    try {
      return ARTICLE.readValue(d.get(Fields.JSON));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException("stored article " + d.get(Fields.ID) + " does not read as an "
          + "article of this version (" + e.getOriginalMessage() + ")", e);
    }
  }

  public List<Hit> search(SearchRequest r) throws IOException {
    return searchCounted(r).hits();
  }

  /** The time one search may take before it is stopped as too expensive (a last resort). */
  static final long SEARCH_BUDGET_MS = 20_000;

  /** Hits and the number of matching articles, for "10 of 1,234 hits". */
  public record Results(List<Hit> hits, long total) {}

  /**
   * The hits of {@code r} and how many articles match in all; an unparseable query is an
   * {@link IllegalArgumentException} whose message is one line pointing at the column.
   */
  public Results searchCounted(SearchRequest r) throws IOException {
    IndexSearcher s = searcher();
    try {
      // A searcher of its own, so the time budget is this search's alone.
      IndexSearcher timed = new IndexSearcher(s.getIndexReader());
      timed.setTimeout(new org.apache.lucene.index.QueryTimeoutImpl(SEARCH_BUDGET_MS));
      Results res = new Search(timed, analyzer).run(r);
      if (timed.timedOut()) {
        throw new IllegalArgumentException("query too expensive: it ran longer than "
            + SEARCH_BUDGET_MS / 1000 + " s; use fewer or more specific terms, or filters");
      }
      return res;
    } catch (org.apache.lucene.queryparser.classic.ParseException e) {
      throw new IllegalArgumentException(queryError(r.query(), e.getMessage()), e);
    } catch (IndexSearcher.TooManyClauses
             | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
      throw new IllegalArgumentException("query too expensive: it expands to too many terms; "
          + "use fewer wildcard, fuzzy or prefix terms", e);
    } finally {
      searchers.release(s);
    }
  }

  /** "cannot parse the query at column 10: it ends inside a quotation or group" and the like. */
  static String queryError(String query, String message) {
    String m = message == null ? "" : message.replaceAll("\\s+", " ");
    java.util.regex.Matcher col = java.util.regex.Pattern.compile("column (\\d+)").matcher(m);
    String at = col.find() ? " at column " + col.group(1) : "";
    String why;
    if (m.contains("<EOF>")) {
      why = "it ends inside a quotation or group, or after an operator";
    } else {
      java.util.regex.Matcher enc =
          java.util.regex.Pattern.compile("Encountered:? \"?(.*?)\"? at line").matcher(m);
      why = enc.find() ? "unexpected " + enc.group(1).strip() : "not Lucene query syntax";
    }
    return "cannot parse the query '" + query + "'" + at + ": " + why;
  }

  /**
   * Counts {@code dims} over every article {@code r} matches (its paging and order do not
   * matter), from doc values only: no stored document is read. The result is incomplete
   * ({@link Aggregate.Result#complete()} false) when some matching articles were stored before
   * the aggregate fields existed; a re-ingest writes them.
   */
  public Aggregate.Result aggregate(SearchRequest r, Aggregate.Dim... dims) throws IOException {
    java.util.Set<Aggregate.Dim> wanted = dims.length == 0
        ? java.util.EnumSet.allOf(Aggregate.Dim.class)
        : java.util.EnumSet.copyOf(java.util.Arrays.asList(dims));
    IndexSearcher s = searcher();
    try {
      IndexSearcher timed = new IndexSearcher(s.getIndexReader());
      timed.setTimeout(new org.apache.lucene.index.QueryTimeoutImpl(SEARCH_BUDGET_MS));
      Aggregate.Result res = Aggregate.run(timed, Search.query(analyzer, r,
          Search.entityKeys(timed, r.entity())), r.eventConfidence(),
          wanted);
      if (timed.timedOut()) {
        throw new IllegalArgumentException("query too expensive: it ran longer than "
            + SEARCH_BUDGET_MS / 1000 + " s; use fewer or more specific terms, or filters");
      }
      return res;
    } catch (org.apache.lucene.queryparser.classic.ParseException e) {
      throw new IllegalArgumentException(queryError(r.query(), e.getMessage()), e);
    } catch (IndexSearcher.TooManyClauses
             | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
      throw new IllegalArgumentException("query too expensive: it expands to too many terms; "
          + "use fewer wildcard, fuzzy or prefix terms", e);
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
          pendingById.clear();
          pendingIdBySource.clear();
          dirty = false;
        }
      }
    }
    return searchers.acquire();
  }

  /** The event's confidence under its type, or under any type ({@code type} null). */
  private static void eventConfidence(Document d, String type, double confidence) {
    if (type == null || !type.isBlank()) {
      d.add(new StringField(Fields.EVENT_CONFIDENCE,
          Search.eventConfidenceTerm(type, Math.floor(confidence * 1e6) / 1e6), Field.Store.NO));
    }
  }

  private static void keyword(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new StringField(field, FoldingAnalyzer.keyword(value), Field.Store.NO));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      atOpen.close();
      if (writer != null) {
        try {
          writer.commit();
          writer.close();
        } catch (IOException e) {
          writer.rollback();
          throw environment(e, "cannot commit to the store " + dir + "; the last commit is intact");
        }
        Files.deleteIfExists(dir.resolve(OWNER));
      }
    } finally {
      directory.close();
    }
  }

  /** The file where a writing store notes its process id, for "locked by … (pid N)". */
  private static final String OWNER = "sitrep-ingest.pid";

  private static String owner(Path dir) {
    try {
      String pid = Files.readString(dir.resolve(OWNER)).strip();
      return pid.matches("\\d+") ? " (pid " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static boolean readOnlyByMode(Path dir) {
    try {
      java.util.Set<java.nio.file.attribute.PosixFilePermission> p =
          Files.getPosixFilePermissions(dir);
      return !p.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
          && !p.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
          && !p.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * The store's files are damaged (a truncated or missing index file, or an index of another
   * Lucene format): one line saying which file and what to do, or null for any other fault.
   */
  static StoreException damaged(Path dir, IOException e) {
    String why = null;
    for (Throwable t = e; t != null && why == null; t = t.getCause()) {
      if (t instanceof java.nio.file.NoSuchFileException nf) {
        why = "file " + Path.of(nf.getFile()).getFileName() + " is missing";
      } else if (t instanceof java.io.FileNotFoundException fnf) {
        why = "a file is missing: " + fnf.getMessage();
      }
    }
    if (why == null && (e instanceof org.apache.lucene.index.IndexFormatTooOldException
        || e instanceof org.apache.lucene.index.IndexFormatTooNewException)) {
      why = "it was written in an index format this Sitrep cannot read";
    }
    if (why == null && (e instanceof org.apache.lucene.index.CorruptIndexException
        || e instanceof java.io.EOFException)) {
      java.util.regex.Matcher file = java.util.regex.Pattern.compile("path=\"([^\"]+)\"")
          .matcher(String.valueOf(e.getMessage()));
      why = (file.find() ? "file " + Path.of(file.group(1)).getFileName() : "an index file")
          + " is truncated or corrupt";
    }
    if (why == null) {
      return null;
    }
    return damagedStore(dir, why, e);
  }

  /** The one line for a damaged store: what is wrong, and what to do. */
  private static StoreException damagedStore(Path dir, String why, Throwable cause) {
    return new StoreException("store " + dir + " is damaged (" + why + "); restore the folder "
        + "from a backup, or move it aside and ingest again into a new --store", cause);
  }

  /** An I/O fault as one line a person can act on. */
  static StoreException environment(IOException e, String what) {
    if (e instanceof StoreException se) {
      return se;
    }
    String m = String.valueOf(e.getMessage());
    String why;
    if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
      why = "disk full";
    } else if (m.contains("Read-only file system") || e instanceof java.nio.file.AccessDeniedException
        || m.contains("Permission denied")) {
      why = "read-only: permission denied";
    } else if (e instanceof java.nio.file.FileAlreadyExistsException
        || e instanceof java.nio.file.NotDirectoryException) {
      why = "a file is in the way";
    } else if (e instanceof java.nio.file.FileSystemException fse) {
      why = fse.getReason() != null ? fse.getReason()
          : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
          : "file system error";
    } else {
      why = m;
    }
    return new StoreException(what + " (" + why + ")", e);
  }

  private static final java.util.Set<String> WITHOUT_BODY =
      java.util.Set.of(Fields.ID, Fields.STORY, Fields.JSON);

  /**
   * A stored article with its story, as {@link #stored} and {@link #articlesWith} hand it over;
   * the article's text is null when its body was not read ({@code body} false).
   */
  public record Stored(String id, String story, Article article) {}

  /**
   * Every stored article that has {@code layer} (every article when null), with its story, in
   * index order (for exports and story-level views such as one event per story).
   */
  public void articlesWith(Layer layer, java.util.function.Consumer<Stored> each) throws IOException {
    articlesWith(layer, true, each);
  }

  /**
   * As {@link #articlesWith(Layer, java.util.function.Consumer)}; without {@code body} the
   * articles come without their text (which is stored apart and not even read: {@code text()}
   * is null), for readers of metadata and layers only.
   */
  public void articlesWith(Layer layer, boolean body, java.util.function.Consumer<Stored> each)
      throws IOException {
    IndexSearcher s = searcher();
    try {
      Query q = layer == null ? new TermQuery(new Term(Fields.KIND, Fields.ARTICLE))
          : new TermQuery(new Term(Fields.LAYERS, layer.id()));
      int n = Math.max(1, s.count(q));
      for (ScoreDoc sd : s.search(q, n).scoreDocs) {
        Document d = body ? s.storedFields().document(sd.doc)
            : s.storedFields().document(sd.doc, WITHOUT_BODY);
        each.accept(new Stored(d.get(Fields.ID), d.get(Fields.STORY),
            body ? article(d) : withoutBody(d)));
      }
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Every stored article that has {@code layer} (every article when null), with its body and
   * story, in the order of their ids: what the exports and {@code events --store} write, the
   * same order whatever order the articles were ingested in. Only the ids are held while the
   * articles are handed over one by one.
   */
  public void articlesById(Layer layer, java.util.function.Consumer<Stored> each)
      throws IOException {
    IndexSearcher s = searcher();
    try {
      Query q = layer == null ? new TermQuery(new Term(Fields.KIND, Fields.ARTICLE))
          : new TermQuery(new Term(Fields.LAYERS, layer.id()));
      int n = Math.max(1, s.count(q));
      ScoreDoc[] docs = s.search(q, n).scoreDocs;
      org.apache.lucene.index.StoredFields fields = s.storedFields();
      String[] ids = new String[docs.length];
      Integer[] order = new Integer[docs.length];
      for (int i = 0; i < docs.length; i++) {
        ids[i] = fields.document(docs[i].doc, java.util.Set.of(Fields.ID)).get(Fields.ID);
        order[i] = i;
      }
      java.util.Arrays.sort(order, java.util.Comparator.comparing((Integer i) -> ids[i],
          java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
      for (int i : order) {
        Document d = fields.document(docs[i].doc);
        each.accept(new Stored(d.get(Fields.ID), d.get(Fields.STORY), article(d)));
      }
    } finally {
      searchers.release(s);
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
