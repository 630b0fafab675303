package org.sitrep.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityNames;
import org.sitrep.model.Event;
import org.sitrep.model.Json;
import org.sitrep.model.Place;
import org.sitrep.model.Published;
import org.sitrep.model.Urls;

/**
 * Counts over every article a search matches, read from doc values written at put time (never
 * from the stored documents): the places (mentions, articles, the newest five articles of
 * each), the days of publication, the events by day and confidence, sites, entities and event
 * types. An article stored before these fields existed has no {@link #VERSION} value (or, for
 * the entities by corpus key, one below {@link #CURRENT}); a search matching one is
 * {@link Result#complete() incomplete}, and its counts must not be shown as exact.
 */
public final class Aggregate {
  /** The version of the aggregate fields an article carries (numeric doc values). */
  static final String VERSION = "agg_version";
  static final long CURRENT = 2;
  /** The version the fields of every dimension but {@link Dim#ENTITY_KEYS} came with. */
  static final long BEFORE_ENTITY_KEYS = 1;
  /** Per resolved place with a point: key, name, geonameId, lat, lon, cc, mentions, sure. */
  static final String PLACE = "agg_place";
  /** Per resolved place: key and a name the text used for it. */
  static final String PLACE_NAME = "agg_place_name";
  /** The day of publication ("2016-03-27"), where the page was published. */
  static final String DAY = "agg_day";
  /**
   * Per event: (epoch day + 1, or 0 when neither the event nor its article has a day) shifted
   * by 21 bits, whether it happened at bit 20, its confidence in millionths (rounded down, as
   * the confidence filter compares) below.
   */
  static final String EVENT = "agg_event";
  /** Per event type (PLOVER type, ACLED sub-type) of events that happened: type, max confidence. */
  static final String EVENT_TYPE = "agg_event_type";
  static final String SITE = "agg_site";
  /** Per entity: type and name. */
  static final String ENTITY = "agg_entity";
  /** Per entity (not a place): its corpus key ({@link EntityNames#key}) and type. */
  static final String ENTITY_KEY = "agg_entity_key";
  /** Per entity (not a place): its corpus key and a name or alias the article uses for it. */
  static final String ENTITY_NAME = "agg_entity_name";
  /** The article as a list shows it: id, title, site, published (JSON). */
  static final String REF = "agg_ref";

  private static final String SEP = "\u001f";
  /** How many of its newest articles a place lists. */
  public static final int TOP = 5;
  /** A place whose resolution is this sure (or more) somewhere is marked sure. */
  public static final double SURE = 0.8;

  /** What to count. */
  public enum Dim { PLACES, DAYS, EVENTS, SITES, ENTITIES, ENTITY_KEYS, EVENT_TYPES }

  /** An article in a list. */
  public record Ref(String id, String title, String site, String published) {}

  /** A resolved place over the matching articles. */
  public record PlaceCount(String name, List<String> names, Long geonameId, double lat,
                           double lon, String countryCode, long mentions, long articles,
                           boolean sure, List<Ref> top) {}

  /**
   * An entity across the matching articles by its corpus key: in how many articles, the types
   * they give it and the names they use for it (articles each, most first).
   */
  public record EntityKeyCount(String key, long articles, Map<String, Long> types,
                               Map<String, Long> names) {}

  /** Articles published on a day, and events (of at least the asked confidence) on it. */
  public record Day(String day, long articles, long events) {}

  /**
   * The counts of one search: {@code matching} articles; {@code complete} false when some of
   * them were stored without the aggregate fields (then the counts miss those). Places most
   * mentioned first; days oldest first; {@code undated} articles without a day;
   * {@code events} every event of at least the confidence asked (whether it happened or not),
   * {@code happened} those that happened; sites, entities ("TYPE\tname") and event types by
   * the number of articles, most first; the entities by corpus key, in most articles first.
   */
  public record Result(long matching, boolean complete, List<PlaceCount> places, List<Day> days,
                       long undated, long events, long happened, Map<String, Long> sites,
                       Map<String, Long> entities, Map<String, Long> eventTypes,
                       List<EntityKeyCount> entityKeys) {}

  private Aggregate() {}

  /** Adds the aggregate fields of {@code a} to its Lucene document. */
  static void index(Document d, Article a) {
    d.add(new NumericDocValuesField(VERSION, CURRENT));
    String articleDay = a.published() == null ? null : a.published().day().toString();
    if (articleDay != null) {
      d.add(new SortedDocValuesField(DAY, new BytesRef(articleDay)));
    }
    String site = a.site() != null && !a.site().isBlank() ? a.site() : Urls.host(a.url());
    if (site != null && !site.isBlank()) {
      d.add(new SortedDocValuesField(SITE, new BytesRef(site)));
    }
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("id", a.id());
    ref.put("title", blankNull(a.title()));
    ref.put("site", blankNull(a.site()));
    ref.put("published", a.published() == null ? null : blankNull(a.published().iso()));
    d.add(new BinaryDocValuesField(REF, new BytesRef(Json.line(ref))));
    // Per place key: the first place's description, mentions, sure anywhere.
    Map<String, String[]> places = new LinkedHashMap<>();
    Map<String, long[]> mentions = new HashMap<>();
    Set<String> names = new LinkedHashSet<>();
    for (Place p : a.layers().places()) {
      if (p.lat() == null || p.lon() == null) {
        continue;
      }
      String key = placeKey(p);
      places.computeIfAbsent(key, k -> new String[] {k,
          clean(blankNull(p.resolved()) != null ? p.resolved() : nz(p.name())),
          p.geonameId() == null ? "" : p.geonameId().toString(), Double.toString(p.lat()),
          Double.toString(p.lon()), clean(nz(p.countryCode()))});
      long[] m = mentions.computeIfAbsent(key, k -> new long[2]);
      m[0]++;
      m[1] |= p.confidence() >= SURE ? 1 : 0;
      names.add(key + SEP + clean(nz(p.name())));
    }
    places.forEach((key, desc) -> {
      long[] m = mentions.get(key);
      d.add(new SortedSetDocValuesField(PLACE, new BytesRef(String.join(SEP, desc) + SEP + m[0]
          + SEP + m[1])));
    });
    for (String n : names) {
      d.add(new SortedSetDocValuesField(PLACE_NAME, new BytesRef(n)));
    }
    Map<String, Long> types = new LinkedHashMap<>();
    for (Event e : a.layers().events()) {
      String day = Published.dayOf(e.date() == null ? null : e.date().value());
      day = day != null ? day : articleDay;
      long dayBits = day == null ? 0 : java.time.LocalDate.parse(day).toEpochDay() + 1;
      long conf = micros(e.confidence());
      boolean happened = e.status() == null || e.happened();
      d.add(new SortedNumericDocValuesField(EVENT, dayBits << 21 | (happened ? 1L << 20 : 0)
          | conf));
      if (e.happened()) {
        for (String t : new String[] {e.type(),
            e.acled() == null ? null : e.acled().subEventType()}) {
          if (t != null && !t.isBlank()) {
            types.merge(clean(t), conf, Math::max);
          }
        }
      }
    }
    types.forEach((t, c) -> d.add(new SortedSetDocValuesField(EVENT_TYPE,
        new BytesRef(t + SEP + String.format(Locale.ROOT, "%07d", c)))));
    Set<String> entities = new LinkedHashSet<>();
    for (Entity e : a.layers().entities()) {
      if (!EntityNames.generic(e.name())) {
        entities.add(clean(nz(e.type())) + SEP + clean(e.name()));
      }
    }
    for (String e : entities) {
      d.add(new SortedSetDocValuesField(ENTITY, new BytesRef(e)));
    }
    Set<String> keys = new LinkedHashSet<>();
    Set<String> keyNames = new LinkedHashSet<>();
    for (Entity e : a.layers().entities()) {
      String key = "LOCATION".equals(e.type()) ? "" : EntityNames.key(e.type(), e.name());
      if (key.isEmpty()) {
        continue;
      }
      keys.add(clean(key) + SEP + clean(nz(e.type())));
      keyNames.add(clean(key) + SEP + clean(e.name()));
      for (String alias : e.aliases()) {
        if (!EntityNames.generic(alias)) {
          keyNames.add(clean(key) + SEP + clean(alias));
        }
      }
    }
    keys.forEach(k -> d.add(new SortedSetDocValuesField(ENTITY_KEY, new BytesRef(k))));
    keyNames.forEach(k -> d.add(new SortedSetDocValuesField(ENTITY_NAME, new BytesRef(k))));
  }

  /** A place's identity: its GeoNames id, else its name and point. */
  static String placeKey(Place p) {
    return p.geonameId() != null ? "g" + p.geonameId()
        : clean(blankNull(p.resolved()) != null ? p.resolved() : nz(p.name())) + "@" + p.lat()
            + "," + p.lon();
  }

  /** A confidence (0..1) in millionths, rounded down as the confidence filter's terms are. */
  static long micros(double confidence) {
    return (long) Math.floor(Math.max(0, Math.min(1, confidence)) * 1e6);
  }

  /** The least confidence in millionths an asked minimum admits (as the filter rounds it up). */
  static long threshold(double min) {
    return min > 0 ? (long) Math.ceil(Math.min(1, min) * 1e6) : 0;
  }

  /** Counts {@code dims} over every match of {@code q}, reading doc values only. */
  static Result run(IndexSearcher searcher, Query q, double minConfidence, Set<Dim> dims)
      throws IOException {
    Counter c = searcher.search(q, new CollectorManager<Counter, Counter>() {
      private Counter only;

      @Override
      public Counter newCollector() {
        if (only != null) {
          throw new IllegalStateException("aggregates are counted on one thread");
        }
        only = new Counter(threshold(minConfidence), dims);
        return only;
      }

      @Override
      public Counter reduce(java.util.Collection<Counter> collectors) throws IOException {
        Counter one = collectors.iterator().next();
        one.flush();
        return one;
      }
    });
    return c.result();
  }

  /** A newest-first candidate for a place's top articles. */
  private record Candidate(long published, int doc) {}

  private static final Comparator<Candidate> NEWEST =
      Comparator.comparingLong(Candidate::published).reversed()
          .thenComparing(Comparator.comparingInt(Candidate::doc).reversed());

  /** Counts per ordinal within a segment, turned into counts per value at its end. */
  /** The counts, most first, ties by name. */
  public static <V extends Comparable<? super V>> Map<String, V> byCount(Map<String, V> counts) {
    Map<String, V> out = new LinkedHashMap<>();
    counts.entrySet().stream().sorted(Map.Entry.<String, V>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(),
        e.getValue()));
    return out;
  }

  private static final class Counter implements Collector {
    private final long threshold;
    private final Set<Dim> dims;
    /** The least version whose fields hold every dimension asked for. */
    private final long needed;
    long matching;
    boolean complete = true;
    long undated;
    long events;
    long happened;
    final Map<String, long[]> placeCounts = new HashMap<>(); // key -> mentions, articles, sure
    final Map<String, String[]> placeDesc = new HashMap<>();
    final Map<String, Set<String>> placeNames = new HashMap<>();
    final Map<String, List<Candidate>> placeTop = new HashMap<>();
    final Map<String, List<Ref>> placeRefs = new HashMap<>();
    /** The publication instants of {@link #placeRefs}, in the same order. */
    final Map<String, List<Long>> placeWhen = new HashMap<>();
    final TreeMap<String, long[]> days = new TreeMap<>();
    final Map<String, Long> sites = new HashMap<>();
    final Map<String, Long> entities = new HashMap<>();
    final Map<String, Long> eventTypes = new HashMap<>();
    final Map<String, Long> keyArticles = new HashMap<>();
    final Map<String, Map<String, Long>> keyTypes = new HashMap<>();
    final Map<String, Map<String, Long>> keyNames = new HashMap<>();
    private Leaf leaf;

    Counter(long threshold, Set<Dim> dims) {
      this.threshold = threshold;
      this.dims = dims;
      this.needed = dims.contains(Dim.ENTITY_KEYS) ? CURRENT : BEFORE_ENTITY_KEYS;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      flush();
      leaf = new Leaf(ctx.reader());
      return leaf;
    }

    void flush() throws IOException {
      if (leaf != null) {
        leaf.flush();
        leaf = null;
      }
    }

    Result result() {
      List<PlaceCount> places = new ArrayList<>();
      placeCounts.forEach((key, n) -> {
        String[] desc = placeDesc.get(key);
        List<Ref> top = placeRefs.getOrDefault(key, List.of());
        places.add(new PlaceCount(desc[1], List.copyOf(placeNames.getOrDefault(key, Set.of())),
            desc[2].isEmpty() ? null : Long.valueOf(desc[2]), Double.parseDouble(desc[3]),
            Double.parseDouble(desc[4]), desc[5].isEmpty() ? null : desc[5], n[0], n[1],
            n[2] > 0, top));
      });
      places.sort(Comparator.comparingLong((PlaceCount p) -> -p.mentions())
          .thenComparing(PlaceCount::name));
      List<Day> dayList = new ArrayList<>();
      days.forEach((d, n) -> dayList.add(new Day(d, n[0], n[1])));
      List<EntityKeyCount> keys = new ArrayList<>();
      keyArticles.forEach((k, n) -> keys.add(new EntityKeyCount(k, n,
          byCount(keyTypes.getOrDefault(k, Map.of())), byCount(keyNames.getOrDefault(k,
          Map.of())))));
      keys.sort(Comparator.comparingLong((EntityKeyCount e) -> -e.articles())
          .thenComparing(EntityKeyCount::key));
      return new Result(matching, complete, places, dayList, undated, events, happened,
          byCount(sites), byCount(entities), byCount(eventTypes), keys);
    }

    /** One segment's doc values and its counts per ordinal. */
    private final class Leaf implements LeafCollector {
      final LeafReader reader;
      final NumericDocValues version;
      final SortedSetDocValues place;
      final SortedSetDocValues placeName;
      final SortedDocValues day;
      final SortedNumericDocValues event;
      final SortedDocValues site;
      final SortedSetDocValues entity;
      final SortedSetDocValues eventType;
      final SortedSetDocValues entityKey;
      final SortedSetDocValues entityName;
      final NumericDocValues published;
      final long[] placeOrds;
      final long[] placeNameOrds;
      final long[] dayArticles;
      final Map<Long, long[]> dayEvents = new HashMap<>(); // epoch day -> events
      final long[] siteOrds;
      final long[] entityOrds;
      final long[] eventTypeOrds;
      final long[] entityKeyOrds;
      final long[] entityNameOrds;
      /** Per entity key ord of this segment: its key, read once. */
      final Map<Long, String> keyOf = new HashMap<>();
      final Map<Long, List<Candidate>> top = new HashMap<>();

      Leaf(LeafReader r) throws IOException {
        reader = r;
        version = DocValues.getNumeric(r, VERSION);
        place = DocValues.getSortedSet(r, PLACE);
        placeName = DocValues.getSortedSet(r, PLACE_NAME);
        day = DocValues.getSorted(r, DAY);
        event = DocValues.getSortedNumeric(r, EVENT);
        site = DocValues.getSorted(r, SITE);
        entity = DocValues.getSortedSet(r, ENTITY);
        eventType = DocValues.getSortedSet(r, EVENT_TYPE);
        entityKey = DocValues.getSortedSet(r, ENTITY_KEY);
        entityName = DocValues.getSortedSet(r, ENTITY_NAME);
        published = DocValues.getNumeric(r, Fields.PUBLISHED);
        placeOrds = counts(dims.contains(Dim.PLACES), place.getValueCount());
        placeNameOrds = counts(dims.contains(Dim.PLACES), placeName.getValueCount());
        dayArticles = counts(dims.contains(Dim.DAYS), day.getValueCount());
        siteOrds = counts(dims.contains(Dim.SITES), site.getValueCount());
        entityOrds = counts(dims.contains(Dim.ENTITIES), entity.getValueCount());
        eventTypeOrds = counts(dims.contains(Dim.EVENT_TYPES), eventType.getValueCount());
        entityKeyOrds = counts(dims.contains(Dim.ENTITY_KEYS), entityKey.getValueCount());
        entityNameOrds = counts(dims.contains(Dim.ENTITY_KEYS), entityName.getValueCount());
      }

      private static long[] counts(boolean wanted, long size) {
        return wanted ? new long[Math.toIntExact(size)] : null;
      }

      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        matching++;
        if (!version.advanceExact(doc) || version.longValue() < needed) {
          complete = false;
          return;
        }
        if (placeOrds != null) {
          long when = published.advanceExact(doc) ? published.longValue() : Long.MIN_VALUE;
          if (place.advanceExact(doc)) {
            for (int i = 0; i < place.docValueCount(); i++) {
              long ord = place.nextOrd();
              placeOrds[(int) ord]++;
              keep(top.computeIfAbsent(ord, o -> new ArrayList<>()), new Candidate(when, doc));
            }
          }
          if (placeName.advanceExact(doc)) {
            for (int i = 0; i < placeName.docValueCount(); i++) {
              placeNameOrds[(int) placeName.nextOrd()]++;
            }
          }
        }
        if (dayArticles != null && day.advanceExact(doc)) {
          dayArticles[day.ordValue()]++;
        } else if (dayArticles != null) {
          undated++;
        }
        if ((dims.contains(Dim.EVENTS) || dims.contains(Dim.DAYS)) && event.advanceExact(doc)) {
          for (int i = 0; i < event.docValueCount(); i++) {
            long v = event.nextValue();
            if ((v & ((1L << 20) - 1)) < threshold) {
              continue;
            }
            events++;
            if ((v & (1L << 20)) != 0) {
              happened++;
              long d = v >>> 21;
              if (d > 0 && dims.contains(Dim.DAYS)) {
                dayEvents.computeIfAbsent(d - 1, k -> new long[1])[0]++;
              }
            }
          }
        }
        if (siteOrds != null && site.advanceExact(doc)) {
          siteOrds[site.ordValue()]++;
        }
        if (entityOrds != null && entity.advanceExact(doc)) {
          for (int i = 0; i < entity.docValueCount(); i++) {
            entityOrds[(int) entity.nextOrd()]++;
          }
        }
        if (entityKeyOrds != null) {
          // One article counts once per key, whatever types it gives the key's entities.
          Set<String> seen = new java.util.HashSet<>();
          if (entityKey.advanceExact(doc)) {
            for (int i = 0; i < entityKey.docValueCount(); i++) {
              long ord = entityKey.nextOrd();
              entityKeyOrds[(int) ord]++;
              String key = keyOf.get(ord);
              if (key == null) {
                key = entityKey.lookupOrd(ord).utf8ToString().split(SEP, -1)[0];
                keyOf.put(ord, key);
              }
              if (seen.add(key)) {
                keyArticles.merge(key, 1L, Long::sum);
              }
            }
          }
          if (entityName.advanceExact(doc)) {
            for (int i = 0; i < entityName.docValueCount(); i++) {
              entityNameOrds[(int) entityName.nextOrd()]++;
            }
          }
        }
        if (eventTypeOrds != null && eventType.advanceExact(doc)) {
          for (int i = 0; i < eventType.docValueCount(); i++) {
            eventTypeOrds[(int) eventType.nextOrd()]++;
          }
        }
      }

      private void keep(List<Candidate> best, Candidate c) {
        best.add(c);
        if (best.size() > TOP) {
          best.sort(NEWEST);
          best.remove(TOP);
        }
      }

      /** Adds this segment's counts to the totals, by value. */
      void flush() throws IOException {
        if (placeOrds != null) {
          for (int o = 0; o < placeOrds.length; o++) {
            if (placeOrds[o] == 0) {
              continue;
            }
            String[] f = place.lookupOrd(o).utf8ToString().split(SEP, -1);
            String key = f[0];
            long[] n = placeCounts.computeIfAbsent(key, k -> new long[3]);
            n[0] += Long.parseLong(f[6]) * placeOrds[o];
            n[1] += placeOrds[o];
            n[2] |= Long.parseLong(f[7]);
            placeDesc.putIfAbsent(key, f);
            for (Candidate c : top.getOrDefault((long) o, List.of())) {
              keepGlobal(key, c);
            }
          }
          for (int o = 0; o < placeNameOrds.length; o++) {
            if (placeNameOrds[o] > 0) {
              String[] f = placeName.lookupOrd(o).utf8ToString().split(SEP, -1);
              placeNames.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[1]);
            }
          }
          readRefs();
        }
        if (dayArticles != null) {
          for (int o = 0; o < dayArticles.length; o++) {
            if (dayArticles[o] > 0) {
              days.computeIfAbsent(day.lookupOrd(o).utf8ToString(), k -> new long[2])[0]
                  += dayArticles[o];
            }
          }
          dayEvents.forEach((d, n) -> days.computeIfAbsent(
              java.time.LocalDate.ofEpochDay(d).toString(), k -> new long[2])[1] += n[0]);
        }
        add(siteOrds, site::lookupOrd, sites);
        add(entityOrds, o -> entity.lookupOrd(o), entities);
        split(entityKeyOrds, entityKey, keyTypes);
        split(entityNameOrds, entityName, keyNames);
        if (eventTypeOrds != null) {
          for (int o = 0; o < eventTypeOrds.length; o++) {
            if (eventTypeOrds[o] == 0) {
              continue;
            }
            String[] f = eventType.lookupOrd(o).utf8ToString().split(SEP, -1);
            if (Long.parseLong(f[1]) >= threshold) {
              eventTypes.merge(f[0], eventTypeOrds[o], Long::sum);
            }
          }
        }
      }

      /** This segment's candidates, kept until they are read: global doc -> key. */
      private final Map<Integer, List<String>> pending = new TreeMap<>();

      private void keepGlobal(String key, Candidate c) {
        List<Candidate> best = placeTop.computeIfAbsent(key, k -> new ArrayList<>());
        best.add(new Candidate(c.published(), c.doc()));
        pending.computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(key);
      }

      /** Reads the refs of this segment's candidates (ascending doc order, as doc values go). */
      private void readRefs() throws IOException {
        BinaryDocValues refs = DocValues.getBinary(reader, REF);
        Map<Integer, Ref> read = new HashMap<>();
        for (int doc : pending.keySet()) {
          if (refs.advanceExact(doc)) {
            BytesRef b = refs.binaryValue();
            read.put(doc, Json.mapper().readValue(new String(b.bytes, b.offset, b.length,
                StandardCharsets.UTF_8), Ref.class));
          }
        }
        // Per place: this segment's candidates merged with earlier segments', newest first.
        Set<String> touched = new LinkedHashSet<>();
        pending.values().forEach(touched::addAll);
        for (String key : touched) {
          List<Candidate> best = placeTop.get(key);
          List<Ref> merged = new ArrayList<>(placeRefs.getOrDefault(key, List.of()));
          List<Long> when = new ArrayList<>(placeWhen.getOrDefault(key, List.of()));
          for (Candidate c : best) {
            Ref r = read.get(c.doc());
            if (r != null) {
              int at = 0;
              while (at < when.size() && when.get(at) >= c.published()) {
                at++;
              }
              merged.add(at, r);
              when.add(at, c.published());
            }
          }
          while (merged.size() > TOP) {
            merged.remove(merged.size() - 1);
            when.remove(when.size() - 1);
          }
          placeRefs.put(key, merged);
          placeWhen.put(key, when);
          best.clear();
        }
      }

      /** Counts of "key SEP value" ords into key -> value -> articles. */
      private void split(long[] ords, SortedSetDocValues dv, Map<String, Map<String, Long>> to)
          throws IOException {
        if (ords == null) {
          return;
        }
        for (int o = 0; o < ords.length; o++) {
          if (ords[o] > 0) {
            String[] f = dv.lookupOrd(o).utf8ToString().split(SEP, 2);
            to.computeIfAbsent(f[0], k -> new HashMap<>()).merge(f.length > 1 ? f[1] : "",
                ords[o], Long::sum);
          }
        }
      }

      private void add(long[] ords, OrdLookup lookup, Map<String, Long> to) throws IOException {
        if (ords == null) {
          return;
        }
        for (int o = 0; o < ords.length; o++) {
          if (ords[o] > 0) {
            to.merge(lookup.term(o).utf8ToString(), ords[o], Long::sum);
          }
        }
      }
    }

  }

  private interface OrdLookup {
    BytesRef term(int ord) throws IOException;
  }

  private static String blankNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** A value without the separator, so the keys split back into their parts. */
  private static String clean(String s) {
    return s.replace(SEP, " ").replace("\n", " ");
  }
}
