package org.sitrep.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.core.table.Acled;
import org.sitrep.core.table.EventRows;
import org.sitrep.core.table.Ledger;
import org.sitrep.core.table.Tables;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityNames;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.store.Aggregate;
import org.sitrep.store.Hit;
import org.sitrep.store.SearchRequest;
import org.sitrep.store.Store;

/**
 * What the web shows, read from the store: one article with its story, an entity across the
 * articles that name it, the places, events and days of a search. The API serialises these
 * records as they are and the pages render them, so both always say the same thing.
 * The map, the timeline and the overview count every matching article from the store's
 * aggregate doc values ({@link Store#aggregate}); over a store written before those existed
 * they read at most {@link #AGGREGATE} of the matching articles, newest first, and say so
 * ({@code sampled}, {@code articles} vs {@code matching}). The events list and its download
 * read every matching article; an entity's list of articles reads at most {@link #AGGREGATE}.
 */
final class StoreView {
  /** How many matching articles the entity page and a store without aggregates read. */
  static final int AGGREGATE = 500;

  private final Store store;

  StoreView(Store store) {
    this.store = store;
  }

  Store.Results search(SearchRequest r) throws IOException {
    return store.searchCounted(r);
  }

  /** An article with its story: the other copies, newest first, and the canonical one. */
  record ArticleView(String id, String story, Article article, List<Hit> copies,
                     String canonical) {}

  ArticleView article(String id) throws IOException {
    Store.Stored s = store.stored(id);
    if (s == null) {
      return null;
    }
    StoryView story = story(s.story());
    String canonical = story == null ? id : story.canonical();
    List<Hit> copies = story == null ? List.of()
        : story.members().stream().filter(h -> !h.id().equals(id)).toList();
    return new ArticleView(s.id(), s.story(), s.article(), copies, canonical);
  }

  /** A story: its members, newest first. */
  record StoryView(String story, int size, String canonical, List<Hit> members) {}

  StoryView story(String story) throws IOException {
    List<Hit> members = store.search(SearchRequest.of(null).withStory(story)
        .withNewestFirst(true).withDedup(false, 0, AGGREGATE));
    if (members.isEmpty()) {
      return null;
    }
    return new StoryView(story, members.get(0).storySize(), members.get(0).canonical(), members);
  }

  /** The claims ledgers of {@code stories} stories: their rows, story after story. */
  record ClaimsView(int stories, List<Ledger.Row> rows) {}

  /**
   * The claims ledger of one story ({@code story}; null when the store holds none of it), else
   * of the stories of the articles {@code query} matches (null: every story), at most
   * {@code limit} stories.
   */
  ClaimsView claims(String story, String query, int limit) throws IOException {
    if (story != null) {
      List<Ledger.Row> rows = Ledger.ofStory(store, story);
      return rows == null ? null : new ClaimsView(1, rows);
    }
    List<Ledger.Row> rows = new ArrayList<>();
    List<String> stories = Ledger.stories(store, query, limit);
    for (String s : stories) {
      List<Ledger.Row> ledger = Ledger.ofStory(store, s);
      if (ledger != null) {
        rows.addAll(ledger);
      }
    }
    return new ClaimsView(stories.size(), rows);
  }

  /** An article in a list: enough to link to it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ArticleRef(String id, String title, String site, String published) {
    static ArticleRef of(Aggregate.Ref r) {
      return new ArticleRef(r.id(), text(r.title()), text(r.site()), text(r.published()));
    }

    static ArticleRef of(String id, Article a) {
      return new ArticleRef(id, text(a.title()), text(a.site()), StoreView.published(a));
    }
  }

  /** A quotation of an entity, in one article. */
  record QuoteRef(ArticleRef article, String text) {}

  /**
   * An entity across the stored articles that name it under any of its names or corpus keys
   * ({@code keys}: a surname joins the one full name of the corpus that has it). {@code type}
   * is the one most of its articles give it, {@code typeVotes} the articles per type;
   * {@code aliasCounts} the articles per name; {@code related} the entities most often named
   * with it; {@code places} where its articles are, most mentioned first.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record EntityView(String name, String type, List<String> aliases, List<String> roles,
                    List<String> organizations, long matching, List<ArticleRef> articles,
                    List<QuoteRef> quotes, List<String> keys, Map<String, Long> typeVotes,
                    Map<String, Long> aliasCounts, List<EntityCount> related,
                    List<Count> places) {}

  /** How many co-occurring entities and places the entity view lists. */
  static final int RELATED = 10;

  EntityView entity(String name) throws IOException {
    SearchRequest r = new SearchRequest(null, name, null, null, null, null, null, null, null,
        null, false, 0, AGGREGATE).withNewestFirst(true);
    Store.Results res = store.searchCounted(r);
    if (res.hits().isEmpty()) {
      return null;
    }
    Set<String> keys = store.entityKeys(name);
    String folded = Store.fold(name);
    Map<String, Integer> names = new LinkedHashMap<>();
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> roles = new LinkedHashSet<>();
    Set<String> orgs = new LinkedHashSet<>();
    Map<String, Integer> types = new LinkedHashMap<>();
    List<ArticleRef> articles = new ArrayList<>();
    List<QuoteRef> quotes = new ArrayList<>();
    for (Hit h : res.hits()) {
      Article a = store.get(h.id());
      if (a == null) {
        continue;
      }
      ArticleRef ref = ArticleRef.of(h.id(), a);
      articles.add(ref);
      for (Entity e : a.layers().entities()) {
        if (EntityNames.generic(e.name()) || !keys.contains(EntityNames.key(e.type(), e.name()))
            && !names(e).stream().anyMatch(n -> Store.fold(n).equals(folded))) {
          continue;
        }
        names.merge(nz(e.name()), 1, Integer::sum);
        types.merge(nz(e.type()), 1, Integer::sum);
        aliases.addAll(names(e));
        add(roles, e.role());
        add(orgs, e.organization());
        for (Quote q : a.layers().quotes()) {
          if (q.speaker() != null && q.speaker() == e.id()) {
            quotes.add(new QuoteRef(ref, q.text()));
          }
        }
      }
    }
    // Over every matching article, where the store counts them: the entity's names and types
    // by its corpus keys, the entities named with it and its places.
    Aggregate.Result agg = store.aggregate(r, Aggregate.Dim.ENTITY_KEYS, Aggregate.Dim.PLACES);
    Map<String, Long> typeVotes = new LinkedHashMap<>();
    Map<String, Long> aliasCounts = new LinkedHashMap<>();
    List<EntityCount> related = new ArrayList<>();
    List<Count> places = new ArrayList<>();
    if (agg.complete()) {
      Map<String, Integer> allNames = new LinkedHashMap<>();
      Map<String, Integer> allTypes = new LinkedHashMap<>();
      for (Aggregate.EntityKeyCount k : agg.entityKeys()) {
        if (keys.contains(k.key())) {
          k.types().forEach((t, n) -> allTypes.merge(t, n.intValue(), Integer::sum));
          k.names().forEach((t, n) -> allNames.merge(t, n.intValue(), Integer::sum));
        } else if (related.size() < RELATED) {
          String top = k.names().isEmpty() ? k.key() : k.names().keySet().iterator().next();
          String type = k.types().isEmpty() ? null : k.types().keySet().iterator().next();
          related.add(new EntityCount(top, text(type), k.articles()));
        }
      }
      if (!allNames.isEmpty()) {
        names = Aggregate.byCount(allNames);
        types = Aggregate.byCount(allTypes);
        names.forEach((n, c) -> aliasCounts.put(n, c.longValue()));
        types.forEach((t, c) -> typeVotes.put(t, c.longValue()));
        aliases.addAll(names.keySet());
      }
      for (Aggregate.PlaceCount pc : agg.places()) {
        if (places.size() >= RELATED) {
          break;
        }
        places.add(new Count(pc.name(), pc.articles()));
      }
    }
    String best = fullest(names, keys, name);
    aliases.remove(best);
    return new EntityView(best, top(types, null), List.copyOf(aliases), List.copyOf(roles),
        List.copyOf(orgs), res.total(), articles, quotes, List.copyOf(keys), typeVotes,
        aliasCounts, related, places);
  }

  /**
   * The most used name that is the longest key itself ("Donald Trump" over "Trump" and over
   * "President Donald Trump"), else the most used name.
   */
  private static String fullest(Map<String, Integer> names, Set<String> keys, String fallback) {
    String longest = keys.stream().max(java.util.Comparator.comparingInt(
        (String k) -> k.split(" ").length).thenComparing(k -> -k.length())).orElse("");
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : names.entrySet()) {
      boolean exact = EntityNames.key("PERSON", e.getKey()).equals(longest)
          || EntityNames.key(null, e.getKey()).equals(longest);
      if (exact && e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best != null ? best : top(names, fallback);
  }

  /** A resolved place over the articles of a search: where, how often, in how many articles. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PlaceCount(String name, List<String> names, Long geonameId, double lat, double lon,
                    String countryCode, long mentions, long articles, List<ArticleRef> top,
                    boolean sure) {}

  /** From this confidence a place's point is within 161 km in ≥ 95% of cases (eval geo). */
  static final double SURE = Aggregate.SURE;

  /**
   * The places of a search (or a story), most mentioned first, over {@code articles} of the
   * {@code matching} ones: all of them, unless {@code sampled}.
   */
  record PlacesView(long matching, long articles, List<PlaceCount> places, boolean sampled) {}

  PlacesView places(SearchRequest r) throws IOException {
    Aggregate.Result agg = store.aggregate(r, Aggregate.Dim.PLACES);
    if (!agg.complete()) {
      return sampledPlaces(r);
    }
    List<PlaceCount> out = agg.places().stream().map(p -> new PlaceCount(p.name(), p.names(),
        p.geonameId(), p.lat(), p.lon(), p.countryCode(), p.mentions(), p.articles(),
        p.top().stream().map(ArticleRef::of).toList(), p.sure())).toList();
    return new PlacesView(agg.matching(), agg.matching(), out, false);
  }

  /** The places of the newest {@link #AGGREGATE} matching articles, read from their JSON. */
  private PlacesView sampledPlaces(SearchRequest r) throws IOException {
    Map<String, PlaceAcc> acc = new LinkedHashMap<>();
    Read read = read(r, (id, story, a) -> {
      Set<String> seen = new java.util.HashSet<>();
      for (Place p : a.layers().places()) {
        if (p.lat() == null || p.lon() == null) {
          continue;
        }
        String key = p.geonameId() != null ? "g" + p.geonameId()
            : (p.resolved() != null ? p.resolved() : nz(p.name())) + "@" + p.lat()
                + "," + p.lon();
        PlaceAcc pa = acc.computeIfAbsent(key, k -> new PlaceAcc(p));
        pa.mentions++;
        pa.sure |= p.confidence() >= SURE;
        pa.names.add(nz(p.name()));
        if (seen.add(key)) {
          pa.articles++;
          if (pa.top.size() < 5) {
            pa.top.add(ArticleRef.of(id, a));
          }
        }
      }
    });
    List<PlaceCount> out = acc.values().stream()
        .sorted(Comparator.comparingInt((PlaceAcc p) -> -p.mentions))
        .map(PlaceAcc::count).toList();
    return new PlacesView(read.matching, read.articles, out, true);
  }

  private static final class PlaceAcc {
    final Place first;
    final Set<String> names = new LinkedHashSet<>();
    final List<ArticleRef> top = new ArrayList<>();
    int mentions;
    int articles;
    boolean sure;

    PlaceAcc(Place first) {
      this.first = first;
    }

    PlaceCount count() {
      String name = text(first.resolved()) != null ? text(first.resolved()) : text(first.name());
      return new PlaceCount(name, List.copyOf(names), first.geonameId(), first.lat(),
          first.lon(), text(first.countryCode()), mentions, articles, List.copyOf(top), sure);
    }
  }

  /** An event with the article it was read from: {@code article} first, then the event's fields. */
  record ArticleEvent(ArticleRef article, @JsonUnwrapped Event event) {}

  /** The values of the events' {@code status} filter: an event's status, or any. */
  static final List<String> STATUSES = Event.STATUS_FILTERS;

  /**
   * Which events of a search's articles the events page, its downloads and /api/events keep: of
   * PLOVER type, ACLED event type or sub-event type {@code type}, with an actor or target whose
   * name contains {@code actor}, at a place whose name contains {@code place} or that lies in
   * the country or first-level region called so ("Syria", "SY", "Texas"; case ignored;
   * null: any), of at least {@code minConfidence}, dated from {@code since} to {@code until}
   * (null: open) by the event's own day, else its article's ({@link Tables#eventDay}), of
   * {@code status} (one of {@link #STATUSES}; an event without one happened).
   */
  record EventFilter(String type, String actor, String place, double minConfidence,
                     java.time.LocalDate since, java.time.LocalDate until, String status) {
    /**
     * The articles whose events are read: the search's, but for its days and its place, which
     * choose the events (an article of 1 April reports the attack of 28 March; an article on
     * Tadmur need not name Syria for its event to be in Syria).
     */
    SearchRequest articles(SearchRequest r) {
      return r.withDates(null, null).withPlace(null);
    }

    boolean keeps(Event e, Article a) {
      if (!e.hasStatus(status)) {
        return false;
      }
      if (e.confidence() < minConfidence || type != null && !type.equalsIgnoreCase(e.type())
          && (e.acled() == null || !type.equalsIgnoreCase(e.acled().eventType())
              && !type.equalsIgnoreCase(e.acled().subEventType()))) {
        return false;
      }
      if (since != null || until != null) {
        java.time.LocalDate day = Tables.eventDay(e, a);
        if (day == null || since != null && day.isBefore(since)
            || until != null && day.isAfter(until)) {
          return false;
        }
      }
      if (actor != null && java.util.stream.Stream.concat(e.actors().stream(),
          e.recipients().stream()).noneMatch(x -> contains(x.name(), actor))) {
        return false;
      }
      if (place == null) {
        return true;
      }
      if (e.place() == null) {
        return false;
      }
      if (isCode(place)) {
        return in(e.place(), place); // place=KEN is Kenya, not every "Kentucky"
      }
      return contains(e.place().name(), place) || contains(e.place().resolved(), place)
          || in(e.place(), place);
    }

    /** Whether {@code v} is a country code as written: two or three capitals that name one. */
    private static boolean isCode(String v) {
      return CODE.matcher(v).matches() && Acled.countryName(v) != null;
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]{2,3}");

    /**
     * Whether the place lies in the country (its English name, alpha-2 or alpha-3 code) or the
     * first-level region named {@code area}.
     */
    private static boolean in(Event.Where w, String area) {
      return Acled.countryNamed(w.countryCode(), area)
          || w.admin1() != null && w.admin1().equalsIgnoreCase(area);
    }

    private static boolean contains(String value, String part) {
      return value != null && value.toLowerCase(java.util.Locale.ROOT)
          .contains(part.toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** An event as a row of the events table ({@link Tables#EVENTS}), with its article. */
  record TableEvent(ArticleRef article, Event event, Object[] row) {
    private static final List<String> COLUMNS = Tables.EVENTS.columnNames();

    /** The cell of {@code column} (one of {@link Tables#EVENTS}' names). */
    Object get(String column) {
      return row[COLUMNS.indexOf(column)];
    }
  }

  /**
   * The events of every one of a search's articles that {@code f} keeps, as rows of the events
   * table that {@code sitrep export} writes, in its order (by article id, each article's in
   * order: the downloads are its bytes); {@code matching} articles match, {@code articles}
   * were read.
   */
  record EventTable(long matching, int articles, List<TableEvent> events) {
    /**
     * The events newest article first (by the day of publication; undated articles last),
     * each article's in order: the events page's and /api/events' default order.
     */
    EventTable newestFirst() {
      List<TableEvent> sorted = new ArrayList<>(events);
      sorted.sort(Comparator.comparing((TableEvent e) -> e.article().published(),
          Comparator.nullsLast(Comparator.<String>reverseOrder())));
      return new EventTable(matching, articles, sorted);
    }

    List<Object[]> rows() {
      return events.stream().map(TableEvent::row).toList();
    }

    /** The events as the API answers them: each with the article it was read from. */
    List<ArticleEvent> articleEvents() {
      return events.stream().map(e -> new ArticleEvent(e.article(), e.event())).toList();
    }

    /** How many articles the events come from. */
    long eventArticles() {
      return events.stream().map(e -> e.article().id()).distinct().count();
    }
  }

  /**
   * {@code dedup}: a story's copies of one happening are one row ({@link EventRows}), as in
   * {@code sitrep events --dedup} and {@code sitrep export --dedup}.
   */
  EventTable eventTable(SearchRequest r, EventFilter f, boolean dedup) throws IOException {
    List<TableEvent> out = new ArrayList<>();
    EventRows rows = new EventRows(dedup, f::keeps,
        (id, a, e, row) -> out.add(new TableEvent(ArticleRef.of(id, a), e, row)));
    Read read = read(f.articles(r), Integer.MAX_VALUE, (id, story, a) -> rows.add(id, story, a));
    rows.finish();
    return new EventTable(read.matching, read.articles, out);
  }

  /** Articles and events per day. */
  record Day(String day, long articles, long events) {}

  /**
   * The days of a search: articles by their day of publication, events (that happened) by
   * their own date where the text gives a day, else by their article's day.
   */
  record TimelineView(long matching, long articles, long undated, List<Day> days,
                      boolean sampled) {}

  TimelineView timeline(SearchRequest r) throws IOException {
    Aggregate.Result agg = store.aggregate(r, Aggregate.Dim.DAYS);
    if (!agg.complete()) {
      return sampledTimeline(r);
    }
    return new TimelineView(agg.matching(), agg.matching(), agg.undated(), days(agg), false);
  }

  private static List<Day> days(Aggregate.Result agg) {
    return agg.days().stream().map(d -> new Day(d.day(), d.articles(), d.events())).toList();
  }

  /** The days of the newest {@link #AGGREGATE} matching articles, read from their JSON. */
  private TimelineView sampledTimeline(SearchRequest r) throws IOException {
    TreeMap<String, int[]> days = new TreeMap<>();
    int[] undated = {0};
    Read read = read(r, (id, story, a) -> {
      String published = day(published(a));
      if (published == null) {
        undated[0]++;
      } else {
        days.computeIfAbsent(published, k -> new int[2])[0]++;
      }
      for (Event e : a.layers().events()) {
        if (!happened(e) || e.confidence() < r.eventConfidence()) {
          continue;
        }
        String d = day(e.date() == null ? null : e.date().value());
        d = d != null ? d : published;
        if (d != null) {
          days.computeIfAbsent(d, k -> new int[2])[1]++;
        }
      }
    });
    List<Day> out = new ArrayList<>();
    days.forEach((d, n) -> out.add(new Day(d, n[0], n[1])));
    return new TimelineView(read.matching, read.articles, undated[0], out, true);
  }

  /** A value and how many matching articles have it. */
  record Count(String value, long articles) {}

  /** An entity and how many matching articles name it. */
  record EntityCount(String name, String type, long articles) {}

  /**
   * What a search's articles hold, counted over every one of them: sites, days, places,
   * entities, the events that happened ({@code happenedEvents}, each article's own, of at
   * least the asked confidence) and the articles with such an event of each PLOVER type and of
   * each ACLED sub-event type, kept apart; the most frequent {@code top} of each list.
   */
  record OverviewView(long matching, int sites, int days, long undated, int places,
                      long happenedEvents, List<Count> topSites, List<PlaceCount> topPlaces,
                      List<EntityCount> topEntities, List<Count> ploverTypes,
                      List<Count> acledTypes, @JsonIgnore List<Day> perDay) {}

  /** The overview of a search; null over a store without aggregates (re-ingest it). */
  OverviewView overview(SearchRequest r, int top) throws IOException {
    Aggregate.Result agg = store.aggregate(r);
    if (!agg.complete()) {
      return null;
    }
    List<PlaceCount> places = agg.places().stream().limit(top).map(p -> new PlaceCount(p.name(),
        p.names(), p.geonameId(), p.lat(), p.lon(), p.countryCode(), p.mentions(),
        p.articles(), List.of(), p.sure())).toList();
    List<EntityCount> entities = topEntities(agg.entities(), top);
    List<Count> types = counts(agg.eventTypes(), Integer.MAX_VALUE);
    return new OverviewView(agg.matching(), agg.sites().size(), agg.days().size(),
        agg.undated(), agg.places().size(), agg.happened(), counts(agg.sites(), top),
        places, entities,
        types.stream().filter(c -> Acled.PLOVER_TYPES.contains(c.value())).toList(),
        types.stream().filter(c -> !Acled.PLOVER_TYPES.contains(c.value())).toList(),
        days(agg));
  }

  /** How many of the most frequent names the overview looks at to join surnames. */
  private static final int ENTITY_CANDIDATES = 5;

  /**
   * The {@code top} entities by articles, a person's surname counted with the one full name
   * of the store it stands for ("Trump" with "Donald Trump"), as search and the entity page
   * join them: an article names one of the two (its surname mentions join its full name), so
   * their counts add up. Only the most frequent names are looked at.
   */
  private List<EntityCount> topEntities(Map<String, Long> counts, int top) throws IOException {
    Map<String, long[]> byKey = new LinkedHashMap<>();
    Map<String, String[]> shown = new LinkedHashMap<>();
    counts.entrySet().stream().limit((long) top * ENTITY_CANDIDATES).forEach(e -> {
      String[] typeName = e.getKey().split("\u001f", 2);
      String key = text(typeName[0]) + "\u001f" + EntityNames.fold(typeName[0], typeName[1]);
      byKey.computeIfAbsent(key, k -> new long[1])[0] += e.getValue();
      shown.putIfAbsent(key, typeName);
    });
    for (String key : List.copyOf(byKey.keySet())) {
      String[] typeName = shown.get(key);
      String folded = key.substring(key.indexOf('\u001f') + 1);
      if (!"PERSON".equals(typeName[0]) || EntityNames.full(folded)) {
        continue;
      }
      for (String k : store.entityKeys(typeName[1])) {
        String full = "PERSON\u001f" + k;
        if (EntityNames.full(k) && byKey.containsKey(full) && !full.equals(key)) {
          byKey.get(full)[0] += byKey.remove(key)[0];
          break;
        }
      }
    }
    return byKey.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
        .limit(top).map(e -> new EntityCount(shown.get(e.getKey())[1],
            text(shown.get(e.getKey())[0]), e.getValue()[0])).toList();
  }

  private static List<Count> counts(Map<String, Long> counts, int top) {
    return counts.entrySet().stream().limit(top).map(e -> new Count(e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * The newest stories, each once, shown by its canonical (first published) page and filed
   * under that page's section; sections in order of their newest story.
   */
  Map<String, List<Hit>> latestBySection(int stories) throws IOException {
    Map<String, List<Hit>> out = new LinkedHashMap<>();
    for (Hit h : store.search(SearchRequest.of(null).withDedup(true, 0, stories)
        .withNewestFirst(true))) {
      String id = h.canonical() == null ? h.id() : h.canonical();
      Article a = store.get(id);
      if (a == null) {
        continue;
      }
      Hit shown = new Hit(id, text(a.title()), text(a.site()), published(a), text(a.source()),
          null, h.score(), h.story(), h.storySize(), h.canonical(), text(a.url()));
      String section = text(a.section());
      out.computeIfAbsent(section == null ? "" : section, k -> new ArrayList<>()).add(shown);
    }
    return out;
  }

  private record Read(long matching, int articles) {}

  private interface Each {
    void accept(String id, String story, Article article);
  }

  /** Reads up to {@link #AGGREGATE} of a search's articles, newest first. */
  private Read read(SearchRequest r, Each each) throws IOException {
    return read(r, AGGREGATE, each);
  }

  /**
   * Reads up to {@code most} of a search's articles, newest first: one count, then one search
   * for as many hits as match (at most {@code most}), each article read as it is handed over.
   */
  private Read read(SearchRequest r, int most, Each each) throws IOException {
    // Past the cap, one count first: a search for every match would size its queue by most.
    long wanted = most > AGGREGATE ? store.searchCounted(r.withDedup(false, 0, 1)).total()
        : most;
    Store.Results res = store.searchCounted(r.withDedup(false, 0,
        (int) Math.max(1, Math.min(most, wanted))).withNewestFirst(true));
    int n = 0;
    for (Hit h : res.hits()) {
      Article a = store.get(h.id());
      if (a != null) {
        each.accept(h.id(), h.story(), a);
        n++;
      }
    }
    return new Read(res.total(), n);
  }

  /** "2016-03-27" of "2016-03-27T10:00:00Z" or of a day; null when not a day. */
  static String day(String value) {
    return org.sitrep.model.Published.dayOf(value);
  }

  /** A value to show: null when missing or blank. */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** A string or "" for none, as the names of a list are counted. */
  static String nz(String value) {
    return value == null ? "" : value;
  }

  /** The article's publication date as the page stated it (ISO 8601), or null. */
  static String published(Article a) {
    return a.published() == null ? null : text(a.published().iso());
  }

  /** True unless the event's status says it did not happen (no status: it happened). */
  static boolean happened(Event e) {
    return e.status() == null || e.happened();
  }

  private static List<String> names(Entity entity) {
    List<String> out = new ArrayList<>();
    add(out, entity.name());
    for (String a : entity.aliases()) {
      add(out, a);
    }
    return out;
  }

  private static void add(java.util.Collection<String> to, String s) {
    if (s != null && !s.isBlank() && !to.contains(s)) {
      to.add(s);
    }
  }

  private static String top(Map<String, Integer> counts, String fallback) {
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(fallback);
  }
}
