package org.sitrep.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.sitrep.core.table.Acled;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityNames;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Warning;
import org.sitrep.store.Hit;
import org.sitrep.store.SearchRequest;
import org.sitrep.store.Store;

/**
 * The browser UI, rendered on the server as jsoup documents: every value from the store goes
 * in through {@code text()} or {@code attr()}, which escape it, so a title such as
 * {@code <script>alert(1)</script>} is shown, never run. Scripts are files under
 * {@code /static} (the CSP allows no inline script); they draw the map and the timeline and
 * show the tips on marked spans.
 */
final class Pages {
  private final StoreView view;
  private final Params.PlaceLookup places;
  private final Downloads downloads;

  Pages(StoreView view, Params.PlaceLookup places, Downloads downloads) {
    this.view = view;
    this.places = places;
    this.downloads = downloads;
  }

  // ---- pages ----

  void home(Context ctx) throws IOException {
    Page p = new Page("Sitrep", "home");
    Map<String, List<Hit>> sections = view.latestBySection(60);
    if (sections.isEmpty()) {
      p.main.appendElement("h1").text("No articles yet");
      p.main.appendElement("p").text("The store is empty: run 'sitrep ingest' to add pages; "
          + "they appear here as soon as the ingest commits them.");
    } else {
      p.main.appendElement("h1").text("Latest stories");
    }
    for (Map.Entry<String, List<Hit>> s : sections.entrySet()) {
      Element sec = p.main.appendElement("section").addClass("section");
      Element h = sec.appendElement("h2");
      if (s.getKey().isEmpty()) {
        h.text("Other news");
      } else {
        h.appendElement("a").attr("href", url("/section", Map.of("name", s.getKey())))
            .text(s.getKey());
      }
      hits(sec, s.getValue(), false);
    }
    p.send(ctx);
  }

  void section(Context ctx) throws IOException {
    String name = Params.param(ctx, "name");
    if (name == null) {
      throw new io.javalin.http.BadRequestResponse("section: which one? (/section?name=…)");
    }
    int offset = Params.offset(ctx);
    SearchRequest r = new SearchRequest(null, null, null, null, null, null, name, null, null,
        null, true, offset, 20).withNewestFirst(true);
    Store.Results res = view.search(r);
    if (res.total() == 0) {
      throw new NotFoundResponse("No section called " + name);
    }
    Page p = new Page(name + " · Sitrep", "home");
    crumbs(p.main, name, null);
    p.main.appendElement("h1").text(name);
    p.main.appendElement("p").addClass("meta").text(count(res.total(), "story", "stories"));
    hits(p.main, res.hits(), false);
    pager(p.main, "/section", Map.of("name", name), offset, 20, res.total());
    p.send(ctx);
  }

  void article(Context ctx) throws IOException {
    StoreView.ArticleView v = view.article(ctx.pathParam("id"));
    if (v == null) {
      throw new NotFoundResponse("No article with the id " + ctx.pathParam("id"));
    }
    Article a = v.article();
    String title = or(StoreView.text(a.title()), "(untitled)");
    Page p = new Page(title + " · Sitrep", "article");
    p.script("/static/sitrep.js");
    String section = StoreView.text(a.section());
    crumbs(p.main, section, title);
    Element art = p.main.appendElement("article").addClass("article").attr("id", "article");
    art.appendElement("h1").addClass("title").text(title);
    Element meta = art.appendElement("p").addClass("meta");
    List<String> bits = new ArrayList<>();
    for (String f : java.util.Arrays.asList(StoreView.text(a.site()), StoreView.published(a),
        StoreView.text(a.language()))) {
      if (f != null) {
        bits.add(f);
      }
    }
    meta.text(String.join(" · ", bits));
    String original = webUrl(a.url());
    if (original != null) {
      Element op = art.appendElement("p").addClass("original");
      op.appendText("Original: ");
      external(op, original, original);
    }
    if (StoreView.text(a.credit()) != null) {
      art.appendElement("p").addClass("credit").text("Image: " + StoreView.text(a.credit()));
    }
    Element layout = art.appendElement("div").addClass("layout");
    Element body = layout.appendElement("div").addClass("body");
    Layers layers = a.layers();
    legend(body, layers);
    marks(a).render(body);
    Element aside = layout.appendElement("aside");
    source(aside, a);
    copies(aside, v);
    events(aside, layers);
    quotes(aside, layers);
    counts(aside, layers);
    entities(aside, layers);
    warnings(aside, a);
    ledger(p.main, view.claims(v.story(), null, 1));
    Element more = aside.appendElement("p").addClass("links");
    more.appendElement("a").attr("href", url("/map", Map.of("story", v.story())))
        .text("Map of this story");
    more.appendText(" · ");
    more.appendElement("a").attr("href", "/api/articles/" + v.id()).text("JSON");
    more.appendText(" · ");
    more.appendElement("a").attr("href", url("/api/claims", Map.of("story", v.story())))
        .text("Claims ledger (JSON)");
    p.send(ctx);
  }

  void entity(Context ctx) throws IOException {
    String name = Params.param(ctx, "name");
    if (name == null) {
      throw new io.javalin.http.BadRequestResponse("entity: which one? (/entity?name=…)");
    }
    StoreView.EntityView e = view.entity(name);
    if (e == null) {
      throw new NotFoundResponse("No stored article names " + name);
    }
    Page p = new Page(e.name() + " · Sitrep", "entity");
    p.main.appendElement("h1").text(e.name());
    Element dl = p.main.appendElement("dl").addClass("facts");
    fact(dl, "Type", e.type() == null ? null : e.type().toLowerCase(Locale.ROOT)
        + (e.typeVotes().size() > 1 ? " (" + counted(e.typeVotes(), true) + ")" : ""));
    fact(dl, "Also called", e.aliasCounts().isEmpty() ? String.join(", ", e.aliases())
        : counted(e.aliasCounts(), false));
    fact(dl, "Role", String.join(", ", e.roles()));
    fact(dl, "Organisation", String.join(", ", e.organizations()));
    fact(dl, "Articles", Long.toString(e.matching()));
    if (!e.quotes().isEmpty()) {
      p.main.appendElement("h2").text("Quoted");
      Element ul = p.main.appendElement("ul").addClass("quotes");
      for (StoreView.QuoteRef q : e.quotes()) {
        Element li = ul.appendElement("li");
        li.appendElement("q").text(q.text());
        li.appendText(" — ");
        articleLink(li, q.article());
      }
    }
    if (!e.related().isEmpty()) {
      p.main.appendElement("h2").text("Named with");
      Element rl = p.main.appendElement("ul").addClass("related");
      for (StoreView.EntityCount c : e.related()) {
        Element li = rl.appendElement("li");
        li.appendElement("a").attr("href", url("/entity", Map.of("name", c.name())))
            .text(c.name());
        li.appendText(" (" + c.articles() + ")");
      }
    }
    if (!e.places().isEmpty()) {
      p.main.appendElement("h2").text("Places");
      Element pl = p.main.appendElement("ul").addClass("places");
      for (StoreView.Count c : e.places()) {
        pl.appendElement("li").text(c.value() + " (" + c.articles() + ")");
      }
    }
    p.main.appendElement("h2").text("Articles");
    Element ul = p.main.appendElement("ul").addClass("hits");
    for (StoreView.ArticleRef r : e.articles()) {
      articleLink(ul.appendElement("li"), r);
    }
    Element links = p.main.appendElement("p").addClass("links");
    links.appendElement("a").attr("href", url("/search", Map.of("entity", name)))
        .text("Search these articles");
    links.appendText(" · ");
    links.appendElement("a").attr("href", url("/map", Map.of("entity", name))).text("Map");
    links.appendText(" · ");
    links.appendElement("a").attr("href", url("/timeline", Map.of("entity", name)))
        .text("Timeline");
    p.send(ctx);
  }

  /** "Trump (9), Donald Trump (14)": values with their article counts. */
  private static String counted(Map<String, Long> counts, boolean lower) {
    StringBuilder b = new StringBuilder();
    counts.forEach((k, n) -> b.append(b.length() == 0 ? "" : ", ").append(
        lower ? k.toLowerCase(Locale.ROOT) : k).append(" (").append(n).append(")"));
    return b.toString();
  }

  void search(Context ctx) throws IOException {
    SearchRequest r = Params.search(ctx, places, 20);
    Map<String, String> filters = Params.filters(ctx);
    Page p = new Page((r.query() == null ? "Search" : r.query()) + " · Sitrep", "search");
    p.main.appendElement("h1").text("Search");
    form(p.main, filters, true);
    if (filters.isEmpty()) {
      p.send(ctx);
      return;
    }
    Store.Results res = view.search(r);
    Element summary = p.main.appendElement("p").addClass("meta").attr("id", "summary");
    summary.text(count(res.total(), r.dedup() ? "story" : "article",
        r.dedup() ? "stories" : "articles") + " · ");
    summary.appendElement("a").attr("href", url("/map", filters)).text("Map");
    summary.appendText(" · ");
    summary.appendElement("a").attr("href", url("/timeline", filters)).text("Timeline");
    summary.appendText(" · ");
    summary.appendElement("a").attr("href", url("/api/search", filters)).text("JSON");
    hits(p.main, res.hits(), true);
    pager(p.main, "/search", filters, r.offset(), r.limit(), res.total());
    p.send(ctx);
  }

  void map(Context ctx) throws IOException {
    SearchRequest r = Params.search(ctx, places, 20);
    Map<String, String> filters = Params.filters(ctx);
    Page p = new Page("Map · Sitrep", "map");
    p.css("/webjars/leaflet/1.9.4/dist/leaflet.css");
    p.css("/webjars/leaflet-markercluster/1.4.1/MarkerCluster.css");
    p.css("/webjars/leaflet-markercluster/1.4.1/MarkerCluster.Default.css");
    p.script("/webjars/leaflet/1.9.4/dist/leaflet.js");
    p.script("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js");
    p.script("/static/vendor/topojson-client.min.js");
    p.script("/static/map.js");
    p.main.appendElement("h1").text("Map");
    form(p.main, filters, false);
    StoreView.PlacesView pv = view.places(r);
    p.main.appendElement("p").addClass("meta").attr("id", "summary").text(
        pv.places().size() + " places in " + count(pv.articles(), "article", "articles")
            + (pv.matching() > pv.articles() ? " (the newest of " + pv.matching() + ")" : "")
            + (pv.sampled() ? SAMPLED : ""));
    p.main.appendElement("div").attr("id", "map").addClass("map")
        .attr("data-json", org.sitrep.model.Json.line(pv))
        .attr("data-countries", "/static/vendor/countries-110m.json")
        .attr("role", "region").attr("aria-label", "Map of the places");
    Element ol = p.main.appendElement("ol").addClass("places").attr("id", "place-list");
    for (StoreView.PlaceCount pc : pv.places()) {
      Element li = ol.appendElement("li");
      li.appendElement("a").attr("href", url("/search", Map.of("place", pc.names().get(0))))
          .text(pc.name());
      li.appendText(String.format(Locale.ROOT, " %s (%.2f, %.2f) · %s · %s",
          or(pc.countryCode(), ""), pc.lat(), pc.lon(), count(pc.mentions(), "mention",
              "mentions"), count(pc.articles(), "article", "articles")));
    }
    p.send(ctx);
  }

  /** What the map and the timeline add when the store could not count every article. */
  private static final String SAMPLED = " — this store was written before Sitrep counted every "
      + "article; ingest it again into a new --store to count them all";

  void timeline(Context ctx) throws IOException {
    SearchRequest r = Params.search(ctx, places, 20);
    Map<String, String> filters = Params.filters(ctx);
    Page p = new Page("Timeline · Sitrep", "timeline");
    p.css("/webjars/uplot/1.6.30/dist/uPlot.min.css");
    p.script("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js");
    p.script("/static/timeline.js");
    p.main.appendElement("h1").text("Timeline");
    form(p.main, filters, false);
    StoreView.TimelineView tv = view.timeline(r);
    p.main.appendElement("p").addClass("meta").attr("id", "summary").text(
        count(tv.articles(), "article", "articles") + " over " + count(tv.days().size(), "day",
            "days") + (tv.undated() > 0 ? "; " + tv.undated() + " undated" : "")
            + (tv.matching() > tv.articles() ? " (the newest of " + tv.matching() + ")" : "")
            + (tv.sampled() ? SAMPLED : ""));
    List<StoreView.Day> shown = window(tv.days());
    Element chart = p.main.appendElement("div").attr("id", "timeline").addClass("timeline")
        .attr("data-json", org.sitrep.model.Json.line(tv)).attr("role", "img")
        .attr("aria-label", "Articles and events per day");
    if (!shown.isEmpty()) {
      chart.attr("data-from", shown.get(0).day())
          .attr("data-to", shown.get(shown.size() - 1).day());
      long off = tv.days().stream().mapToLong(StoreView.Day::events).sum()
          - shown.stream().mapToLong(StoreView.Day::events).sum();
      if (off > 0) {
        p.main.appendElement("p").addClass("meta").attr("id", "off-chart").text(
            count(off, "event", "events") + " dated more than " + NEAR_DAYS + " days away from "
            + "the articles are left off the chart; the table lists them.");
      }
    }
    Element table = p.main.appendElement("table").addClass("days");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").text("Day");
    head.appendElement("th").text("Articles");
    head.appendElement("th").text("Events");
    Element tb = table.appendElement("tbody");
    for (StoreView.Day d : tv.days()) {
      Element tr = tb.appendElement("tr");
      tr.appendElement("td").text(d.day());
      tr.appendElement("td").text(Long.toString(d.articles()));
      tr.appendElement("td").text(Long.toString(d.events()));
    }
    p.send(ctx);
  }

  /** How many entities, places, sites the overview lists. */
  static final int OVERVIEW_TOP = 15;

  /**
   * The overview of a search: how many articles, sites, days, places and events; articles per
   * day; the top entities, places, event types and sites, each a link that narrows the search.
   */
  void overview(Context ctx) throws IOException {
    SearchRequest r = Params.filters(ctx, places);
    Map<String, String> filters = Params.filters(ctx);
    Page p = new Page("Overview · Sitrep", "overview");
    p.main.appendElement("h1").text("Overview");
    form(p.main, filters, false);
    StoreView.OverviewView o = view.overview(r, OVERVIEW_TOP);
    if (o == null) {
      p.main.appendElement("p").addClass("error").text("Some matching articles were stored "
          + "before the store kept aggregates; ingest them again (into a new --store) to count "
          + "them.");
      p.send(ctx);
      return;
    }
    Element summary = p.main.appendElement("p").addClass("meta").attr("id", "summary");
    summary.text(count(o.matching(), "article", "articles") + " from "
        + count(o.sites(), "site", "sites") + " over " + count(o.days(), "day", "days")
        + (o.undated() > 0 ? " (" + o.undated() + " undated)" : "") + " · "
        + count(o.places(), "place", "places") + " · "
        + count(o.happenedEvents(), "event", "events") + " that happened"
        // The filter chose articles with such an event; their other events are counted too.
        + (filters.containsKey("event") ? " in these articles, of every type" : "") + " · ");
    links(summary, filters, "/overview");
    Element days = p.main.appendElement("section").attr("id", "days").addClass("overview-part");
    days.appendElement("h2").text("Articles per day");
    dayChart(days, o.perDay()); // the overview's own aggregate counted the days
    Element grid = p.main.appendElement("div").addClass("overview");
    Element ents = part(grid, "entities", "Who and what is named");
    for (StoreView.EntityCount e : o.topEntities()) {
      Element li = ents.appendElement("li");
      li.appendElement("a").attr("href", narrowed("/overview", filters, "entity", e.name()))
          .text(e.name());
      li.appendText(" " + (e.type() == null ? "" : e.type().toLowerCase(Locale.ROOT) + " · ")
          + count(e.articles(), "article", "articles"));
    }
    Element pls = part(grid, "places", "Places");
    for (StoreView.PlaceCount pc : o.topPlaces()) {
      Element li = pls.appendElement("li");
      String name = pc.names() == null || pc.names().isEmpty() ? pc.name() : pc.names().get(0);
      li.appendElement("a").attr("href", narrowed("/overview", filters, "place", name))
          .text(pc.name());
      li.appendText(" " + or(pc.countryCode(), "") + " · "
          + count(pc.articles(), "article", "articles"));
    }
    typeList(part(grid, "event-types", "Event types (PLOVER)"), o.ploverTypes(), filters);
    typeList(part(grid, "acled-types", "ACLED sub-event types"), o.acledTypes(), filters);
    Element sites = part(grid, "sites", "Sites");
    for (StoreView.Count c : o.topSites()) {
      Element li = sites.appendElement("li");
      li.appendElement("a").attr("href", narrowed("/overview", filters, "site", c.value()))
          .text(c.value());
      li.appendText(" " + count(c.articles(), "article", "articles"));
    }
    p.send(ctx);
  }

  /** Event types with how many articles have one that happened, each a narrowing link. */
  private static void typeList(Element types, List<StoreView.Count> counts,
                               Map<String, String> filters) {
    for (StoreView.Count c : counts) {
      Element li = types.appendElement("li");
      li.appendElement("a").attr("href", narrowed("/overview", filters, "event", c.value()))
          .text(c.value());
      li.appendText(" " + count(c.articles(), "article", "articles") + " · ");
      li.appendElement("a").attr("href", narrowed("/events", filters, "event", c.value()))
          .attr("aria-label", "Table of the " + c.value() + " events").text("table");
    }
  }

  /** A titled list of the overview. */
  private static Element part(Element grid, String id, String title) {
    Element sec = grid.appendElement("section").attr("id", id).addClass("overview-part");
    sec.appendElement("h2").text(title);
    return sec.appendElement("ol");
  }

  /** The current search's other views: search, overview, events, map, timeline, JSON. */
  private static void links(Element into, Map<String, String> filters, String here) {
    boolean first = true;
    for (String[] l : new String[][] {{"/search", "Articles"}, {"/overview", "Overview"},
        {"/events", "Events"}, {"/map", "Map"}, {"/timeline", "Timeline"}}) {
      if (l[0].equals(here)) {
        continue;
      }
      if (!first) {
        into.appendText(" · ");
      }
      first = false;
      into.appendElement("a").attr("href", url(l[0], takenBy(l[0], filters))).text(l[1]);
    }
  }

  /** {@code path} with the current filters and {@code key=value} (instead of its old value). */
  private static String narrowed(String path, Map<String, String> filters, String key,
                                 String value) {
    Map<String, String> m = new LinkedHashMap<>(takenBy(path, filters));
    m.remove("offset");
    m.put(key, value);
    return url(path, m);
  }

  /**
   * The filters {@code path} takes: the events page refuses a search's sort, the others the
   * events' own filters ({@code actor}, {@code status}).
   */
  private static Map<String, String> takenBy(String path, Map<String, String> filters) {
    Map<String, String> m = new LinkedHashMap<>(filters);
    m.keySet().retainAll(path.equals("/events") ? EVENTS_PARAMS : Params.FILTERS);
    return m;
  }

  /**
   * The parameters the events page takes: its download's (the filters, {@code actor} and
   * {@code dedup}), but for {@code format}, and {@code offset}, its page of rows.
   */
  static List<String> eventsParams(DocumentedParams api) {
    List<String> out = new java.util.ArrayList<>(api.of("/api/events/download"));
    out.remove("format");
    out.add("offset");
    return List.copyOf(out);
  }

  /** {@link #eventsParams} of the server's own OpenAPI document. */
  static final List<String> EVENTS_PARAMS = eventsParams(new DocumentedParams(
      WebServer.resource("openapi.json")));

  /** A search's filters with its page of hits: what /search, /map and /timeline take. */
  private static final List<String> SEARCH_PARAMS = java.util.stream.Stream.concat(
      Params.FILTERS.stream(), java.util.stream.Stream.of("offset", "limit")).toList();

  /**
   * The query parameters each page takes; any other is refused with a 400 page that lists
   * these ({@link DocumentedParams}).
   */
  static final Map<String, List<String>> PAGE_PARAMS = Map.of(
      "/", List.of(),
      "/section", List.of("name", "offset"),
      "/article/{id}", List.of(),
      "/entity", List.of("name"),
      "/search", SEARCH_PARAMS,
      "/map", SEARCH_PARAMS,
      "/timeline", SEARCH_PARAMS,
      "/overview", Params.FILTERS,
      "/events", EVENTS_PARAMS);

  /**
   * Articles per day as bars on a time axis from the first day to the last (a day without
   * articles is a gap), drawn on the server as SVG with a title, and the same as a table.
   */
  private static void dayChart(Element into, List<StoreView.Day> all) {
    List<StoreView.Day> days = window(all);
    if (days.isEmpty()) {
      into.appendElement("p").addClass("meta").text("No dated articles in this search.");
      return;
    }
    long first = java.time.LocalDate.parse(days.get(0).day()).toEpochDay();
    long last = java.time.LocalDate.parse(days.get(days.size() - 1).day()).toEpochDay();
    long span = last - first + 1;
    long most = days.stream().mapToLong(StoreView.Day::articles).max().orElse(1);
    int w = 720;
    int h = 140;
    int base = h - 20;
    double slot = (double) w / span;
    String title = "Articles per day, " + days.get(0).day() + " to "
        + days.get(days.size() - 1).day() + ", at most " + most + " a day";
    Element svg = into.appendElement("svg").attr("id", "day-chart").addClass("day-chart")
        .attr("viewBox", "0 0 " + w + " " + h).attr("role", "img")
        .attr("aria-labelledby", "day-chart-title").attr("data-first", days.get(0).day())
        .attr("data-last", days.get(days.size() - 1).day());
    svg.appendElement("title").attr("id", "day-chart-title").text(title);
    for (StoreView.Day d : days) {
      if (d.articles() == 0) {
        continue; // a day of events only
      }
      long at = java.time.LocalDate.parse(d.day()).toEpochDay() - first;
      double bar = Math.max(1, (double) (base - 4) * d.articles() / Math.max(1, most));
      svg.appendElement("rect").addClass("bar").attr("data-day", d.day())
          .attr("x", String.format(Locale.ROOT, "%.1f", at * slot + slot * 0.1))
          .attr("width", String.format(Locale.ROOT, "%.1f", Math.max(1, slot * 0.8)))
          .attr("y", String.format(Locale.ROOT, "%.1f", base - bar))
          .attr("height", String.format(Locale.ROOT, "%.1f", bar));
    }
    svg.appendElement("line").addClass("axis").attr("x1", "0").attr("x2", Integer.toString(w))
        .attr("y1", Integer.toString(base)).attr("y2", Integer.toString(base));
    svg.appendElement("text").addClass("tick").attr("x", "0").attr("y", Integer.toString(h - 4))
        .text(days.get(0).day());
    svg.appendElement("text").addClass("tick").attr("x", Integer.toString(w))
        .attr("y", Integer.toString(h - 4)).attr("text-anchor", "end")
        .text(days.get(days.size() - 1).day());
    Element more = into.appendElement("details");
    more.appendElement("summary").text("As a table");
    Element table = more.appendElement("table").addClass("days");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").attr("scope", "col").text("Day");
    head.appendElement("th").attr("scope", "col").text("Articles");
    head.appendElement("th").attr("scope", "col").text("Events");
    Element tb = table.appendElement("tbody");
    for (StoreView.Day d : days) {
      Element tr = tb.appendElement("tr");
      tr.appendElement("td").text(d.day());
      tr.appendElement("td").text(Long.toString(d.articles()));
      tr.appendElement("td").text(Long.toString(d.events()));
    }
  }

  /** How far from the articles' days an event's own day may be and still be charted. */
  static final int NEAR_DAYS = 31;

  /**
   * The days a chart shows: from the first day with articles to the last, with the days of
   * events within {@link #NEAR_DAYS} of them; an event the text dates years before (a war
   * recalled) would stretch the axis over a decade and squeeze the articles into one spike.
   * Without any article day, every day.
   */
  static List<StoreView.Day> window(List<StoreView.Day> days) {
    List<StoreView.Day> published = days.stream().filter(d -> d.articles() > 0).toList();
    if (published.isEmpty()) {
      return days;
    }
    long first = java.time.LocalDate.parse(published.get(0).day()).toEpochDay() - NEAR_DAYS;
    long last = java.time.LocalDate.parse(published.get(published.size() - 1).day())
        .toEpochDay() + NEAR_DAYS;
    return days.stream().filter(d -> {
      long at = java.time.LocalDate.parse(d.day()).toEpochDay();
      return at >= first && at <= last;
    }).toList();
  }

  /** PLOVER's sixteen event types, the choices of the events page's type filter. */
  static final List<String> EVENT_TYPES = Acled.PLOVER_TYPES;

  /** Rows of the events page. */
  static final int EVENTS_PAGE = 50;

  /** The events of a search as they are filtered on the events page and in its downloads. */
  private record Events(Map<String, String> filters, StoreView.EventTable table) {}

  private Events eventsOf(Context ctx) throws IOException {
    Map<String, String> filters = Params.filters(ctx);
    filters.remove("sort"); // the table's order is its own: newest article first
    for (String own : List.of("actor", "status")) {
      String v = Params.param(ctx, own);
      if (v != null) {
        filters.put(own, v);
      }
    }
    return new Events(filters, eventTable(view, ctx, places));
  }

  /**
   * The events of a request, the same for the events page, its downloads and /api/events: the
   * filters choose the articles (all of them are read), {@link #eventFilter} their events, and
   * {@code dedup} makes a story's copies of one happening one event.
   */
  static StoreView.EventTable eventTable(StoreView view, Context ctx, Params.PlaceLookup places)
      throws IOException {
    SearchRequest r = Params.filters(ctx, places);
    return view.eventTable(r, eventFilter(ctx, r), r.dedup());
  }

  /**
   * The events a request keeps: of its {@code event} type at its {@code place}, with its
   * {@code actor}, confidence, days ({@code since}, {@code until}: the event's own day) and
   * {@code status} (happened unless asked).
   */
  static StoreView.EventFilter eventFilter(Context ctx, SearchRequest r) {
    String status = Params.param(ctx, "status");
    if (status != null && !StoreView.STATUSES.contains(status)) {
      throw new Params.BadValue("status", status, StoreView.STATUSES);
    }
    return new StoreView.EventFilter(Params.param(ctx, "event"), Params.param(ctx, "actor"),
        Params.param(ctx, "place"), r.eventConfidence(), r.since(), r.until(),
        status == null ? "happened" : status);
  }

  /**
   * The events page: a table of the events of the current search (date, PLOVER and ACLED type,
   * actor, target, place, confidence, sentence, article), filters and downloads.
   */
  void events(Context ctx) throws IOException {
    Events ev = eventsOf(ctx);
    Map<String, String> filters = ev.filters();
    StoreView.EventTable t = ev.table().newestFirst();
    int offset = Params.offset(ctx);
    Page p = new Page("Events · Sitrep", "events");
    p.main.appendElement("h1").text("Events");
    eventForm(p.main, filters);
    Element summary = p.main.appendElement("p").addClass("meta").attr("id", "summary");
    summary.text(count(t.events().size(), "event", "events") + " in "
        + count(t.eventArticles(), "article", "articles") + " of "
        + count(t.matching(), "matching article", "matching articles") + " · ");
    links(summary, filters, "/events");
    Element dl = p.main.appendElement("p").addClass("downloads").attr("id", "downloads");
    dl.appendText("Download these events: ");
    for (Downloads.Format f : Downloads.Format.values()) {
      if (!downloads.offers(f)) {
        continue;
      }
      Map<String, String> m = new LinkedHashMap<>(filters); // the download takes each filter
      m.put("format", f.extension);
      dl.appendElement("a").addClass("button").attr("href", url("/api/events/download", m))
          .attr("download", "").attr("data-format", f.extension)
          .text(f == Downloads.Format.CSV ? "CSV" : f == Downloads.Format.JSONL ? "JSON Lines"
              : "Parquet");
      dl.appendText(" ");
    }
    dl.appendElement("span").addClass("meta").text("(the events table of 'sitrep export': "
        + "ACLED's columns, then PLOVER's and Sitrep's)");
    Element table = p.main.appendElement("table").addClass("events").attr("id", "events");
    table.appendElement("caption").addClass("meta").text("Events, newest article first");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String h : List.of("Date", "PLOVER type", "ACLED type", "Actor", "Target", "Place",
        "Confidence", "Sentence", "Article")) {
      head.appendElement("th").attr("scope", "col").text(h);
    }
    Element body = table.appendElement("tbody");
    List<StoreView.TableEvent> rows = t.events();
    for (StoreView.TableEvent e : rows.subList(Math.min(offset, rows.size()),
        Math.min(rows.size(), offset + EVENTS_PAGE))) {
      Element tr = body.appendElement("tr").attr("data-event", cell(e.get("plover_type")))
          .attr("data-id", e.article().id() + "/" + e.event().id())
          .attr("data-event-id-cnty", cell(e.get("event_id_cnty")));
      tr.appendElement("td").addClass("day").text(cell(e.get("event_date")));
      String status = cell(e.get("status"));
      Element type = tr.appendElement("td").addClass("type");
      type.appendElement("strong").text(cell(e.get("plover_type")));
      if (!status.isEmpty() && !status.equals("happened")) {
        type.appendText(" (" + status + ")");
      }
      String acled = cell(e.get("event_type"));
      String sub = cell(e.get("sub_event_type"));
      tr.appendElement("td").text(acled + (sub.isEmpty() ? "" : " · " + sub));
      tr.appendElement("td").addClass("actor").text(cell(e.get("actor1")));
      tr.appendElement("td").addClass("target").text(cell(e.get("actor2")));
      String country = cell(e.get("country"));
      String place = cell(e.get("location"));
      tr.appendElement("td").addClass("place").text(place
          + (country.isEmpty() || country.equals(place) ? "" : ", " + country));
      tr.appendElement("td").addClass("num").text(e.get("confidence") instanceof Number n
          ? String.format(Locale.ROOT, "%.2f", n.doubleValue()) : "");
      tr.appendElement("td").addClass("sentence").text(cell(e.get("notes")));
      Element a = tr.appendElement("td");
      a.appendElement("a").attr("href", "/article/" + e.article().id())
          .text(or(e.article().title(), e.article().id()));
    }
    pager(p.main, "/events", filters, offset, EVENTS_PAGE, rows.size());
    p.send(ctx);
  }

  /** The events of the current search as a file: {@code format=csv|jsonl|parquet}. */
  void eventsDownload(Context ctx) throws Exception {
    Downloads.Format f = downloads.format(Params.param(ctx, "format"));
    Events ev = eventsOf(ctx);
    byte[] file = downloads.write(org.sitrep.core.table.Tables.EVENTS, ev.table().rows(), f);
    ctx.header("Content-Disposition", "attachment; filename=\""
        + Downloads.fileName("events", ev.filters(), f) + "\"");
    ctx.contentType(f.mediaType).result(file);
  }

  private static String cell(Object v) {
    return v == null ? "" : v instanceof List<?> l ? String.join("; ",
        l.stream().map(String::valueOf).toList()) : v.toString();
  }

  /** The events page's filters: type (one of PLOVER's), actor, place, days, confidence. */
  private static void eventForm(Element into, Map<String, String> filters) {
    Element f = into.appendElement("form").attr("method", "get").attr("action", "/events")
        .addClass("search-form event-form").attr("aria-label", "Filter the events");
    Element row = f.appendElement("div").addClass("row");
    row.appendElement("input").attr("type", "search").attr("name", "q").attr("id", "q")
        .attr("aria-label", "Articles that match").attr("placeholder", "Articles that match: "
            + "Palmyra").attr("value", filters.getOrDefault("q", ""));
    row.appendElement("button").attr("type", "submit").text("Filter");
    Element more = f.appendElement("div").addClass("filters");
    Element tl = more.appendElement("label");
    tl.appendText("Event type ");
    Element select = tl.appendElement("select").attr("name", "event").attr("id", "event-type");
    select.appendElement("option").attr("value", "").text("any");
    String chosen = filters.get("event");
    for (String type : EVENT_TYPES) {
      Element o = select.appendElement("option").attr("value", type).text(type);
      if (type.equalsIgnoreCase(chosen == null ? "" : chosen)) {
        o.attr("selected", true);
      }
    }
    for (String[] field : new String[][] {{"actor", "Actor or target", "text"},
        {"place", "Place", "text"}, {"since", "From", "date"}, {"until", "To", "date"},
        {"min_confidence", "Confidence at least", "number"}}) {
      Element l = more.appendElement("label");
      l.appendText(field[1] + " ");
      Element input = l.appendElement("input").attr("name", field[0]).attr("type", field[2])
          .attr("value", filters.getOrDefault(field[0], ""));
      if (field[2].equals("number")) {
        input.attr("min", "0").attr("max", "1").attr("step", "0.05").attr("placeholder", "0");
      }
    }
    for (String keep : List.of("entity", "country", "section", "site", "story", "near", "km",
        "dedup", "status")) {
      if (filters.containsKey(keep)) {
        f.appendElement("input").attr("type", "hidden").attr("name", keep)
            .attr("value", filters.get(keep));
      }
    }
  }

  void error(Context ctx, int status, String message) {
    Page p = new Page("Error " + status + " · Sitrep", "error");
    p.main.appendElement("h1").text(status == 404 ? "Not found" : status == 400 ? "Bad request"
        : "Error " + status);
    p.main.appendElement("p").addClass("error").text(message);
    p.main.appendElement("p").appendElement("a").attr("href", "/").text("Back to the front page");
    p.send(ctx);
  }

  // ---- parts ----

  /** The article's text with quotes, claims, counts, mentions and event triggers marked. */
  private static Marks marks(Article a) {
    String text = a.text() == null ? "" : a.text();
    Layers layers = a.layers();
    Marks m = new Marks(text);
    List<String> names = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (Entity e : layers.entities()) {
      while (names.size() <= e.id()) {
        names.add(null);
        links.add(null);
      }
      names.set(e.id(), e.name());
      links.set(e.id(), entityLink(e));
    }
    for (Quote q : layers.quotes()) {
      String who = q.speakerName();
      m.add(q.span(), 0, () -> new Element("span").addClass("quote").attr("tabindex", "0")
          .attr("data-speaker", or(who, "")).attr("data-tip", who == null
              ? "Quotation (speaker not found)" : "Said by " + who));
    }
    for (Claim c : layers.claims()) {
      String who = c.claimantName();
      m.add(c.span(), 0, () -> new Element("span").addClass("claim").attr("tabindex", "0")
          .attr("data-tip", who == null ? "Reported claim" : "Claimed by " + who));
    }
    for (Quantity q : layers.quantities()) {
      String tip = "Count: " + fmt(q.value()) + " " + StoreView.nz(q.counts())
          + (q.claimedByName() != null ? " · claimed by " + q.claimedByName() : "");
      m.add(q.span(), 1, () -> new Element("span").addClass("count").attr("tabindex", "0")
          .attr("data-tip", tip.strip()));
    }
    Map<Integer, Place> placeAt = new LinkedHashMap<>();
    for (Place pl : layers.places()) {
      placeAt.put(pl.span() == null ? -1 : pl.span().start(), pl);
    }
    for (Mention mention : layers.mentions()) {
      int entity = mention.entity() == null ? -1 : mention.entity();
      String name = entity >= 0 && entity < names.size() ? names.get(entity) : null;
      String link = entity >= 0 && entity < links.size() ? links.get(entity) : null;
      String type = (mention.type() == null ? "MISC" : mention.type()).toLowerCase(Locale.ROOT);
      Place place = placeAt.get(mention.span() == null ? -2 : mention.span().start());
      String tip = place != null && place.resolved() != null
          ? "Place: " + place.resolved() + ", " + StoreView.nz(place.countryCode())
          : type + (name == null ? "" : ": " + name);
      m.add(mention.span(), 2, () -> {
        Element el = link == null ? new Element("span") : new Element("a").attr("href", link);
        return el.addClass("mention").addClass("m-" + type.replaceAll("[^a-z]", ""))
            .attr("data-tip", tip);
      });
    }
    for (Event e : layers.events()) {
      String tip = eventLine(e);
      for (Event.Evidence ev : e.evidence()) {
        m.add(ev.trigger(), 3, () -> new Element("span").addClass("trigger")
            .attr("tabindex", "0").attr("data-event", StoreView.nz(e.type()))
            .attr("data-tip", tip));
      }
    }
    return m;
  }

  /** "ASSAULT (Battles: Armed clash) · Islamic State militants → Syrian forces · at Palmyra". */
  static String eventLine(Event e) {
    StringBuilder b = new StringBuilder(StoreView.nz(e.type()));
    if (e.acled() != null && e.acled().subEventType() != null) {
      b.append(" (").append(StoreView.nz(e.acled().eventType())).append(": ")
          .append(e.acled().subEventType()).append(')');
    }
    String actors = names(e.actors().stream().map(Event.Actor::name).toList());
    String recipients = names(e.recipients().stream().map(Event.Actor::name).toList());
    if (!actors.isEmpty() || !recipients.isEmpty()) {
      b.append(" · ").append(actors.isEmpty() ? "?" : actors);
      if (!recipients.isEmpty()) {
        b.append(" → ").append(recipients);
      }
    }
    Event.Where place = e.place();
    if (place != null && place.name() != null) {
      b.append(" · at ").append(place.name());
      if (place.resolved() != null && !place.resolved().equals(place.name())) {
        b.append(" (").append(place.resolved()).append(')');
      }
    }
    if (e.date() != null && e.date().value() != null) {
      b.append(" · ").append(e.date().value());
    }
    if (!StoreView.happened(e)) {
      b.append(" · ").append(e.status());
    }
    String claimed = names(e.claimedBy().stream().map(Event.Claimant::name).toList());
    if (!claimed.isEmpty()) {
      b.append(" · claimed by ").append(claimed);
    }
    return b.toString();
  }

  /** The names that are given, each once, comma-separated. */
  private static String names(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String s = StoreView.nz(n);
      if (!s.isBlank() && !out.contains(s)) {
        out.add(s);
      }
    }
    return String.join(", ", out);
  }

  private static void source(Element aside, Article a) {
    String src = StoreView.text(a.source());
    if (src == null) {
      return;
    }
    Element p = aside.appendElement("p").addClass("source");
    p.appendText("Source: ");
    if (src.matches("(?i)https?://\\S+")) {
      p.appendElement("a").attr("href", src).attr("rel", "noopener noreferrer nofollow")
          .text(src);
    } else {
      p.appendElement("code").text(src);
    }
  }

  private void copies(Element aside, StoreView.ArticleView v) {
    if (v.copies().isEmpty()) {
      return;
    }
    Element sec = box(aside, "copies", "Other copies of this story (" + v.copies().size() + ")");
    Element ul = sec.appendElement("ul");
    for (Hit h : v.copies()) {
      Element li = ul.appendElement("li");
      li.appendElement("a").attr("href", "/article/" + h.id()).text(or(h.title(), h.id()));
      List<String> bits = new ArrayList<>();
      if (h.site() != null) {
        bits.add(h.site());
      }
      if (h.id().equals(v.canonical())) {
        bits.add("first");
      }
      if (!bits.isEmpty()) {
        li.appendText(" · " + String.join(" · ", bits));
      }
      String url = webUrl(h.url());
      if (url != null) {
        li.appendText(" · ");
        external(li, url, "original");
      }
    }
  }

  /** The kinds of mark, in the order the legend shows them: the CSS class and what it means. */
  private static final List<String[]> MARK_KINDS = List.of(
      new String[] {"quote", "quotation"}, new String[] {"claim", "reported claim"},
      new String[] {"count", "count"}, new String[] {"trigger", "event"},
      new String[] {"m-person", "person"}, new String[] {"m-location", "place"},
      new String[] {"m-organization", "organisation"}, new String[] {"m-group", "group"},
      new String[] {"m-other", "other name"});

  /** What the colours of the body's marks mean: one key per kind of mark the article has. */
  private static void legend(Element into, Layers layers) {
    java.util.Set<String> present = new java.util.HashSet<>();
    if (!layers.quotes().isEmpty()) {
      present.add("quote");
    }
    if (!layers.claims().isEmpty()) {
      present.add("claim");
    }
    if (!layers.quantities().isEmpty()) {
      present.add("count");
    }
    if (layers.events().stream().anyMatch(e -> !e.evidence().isEmpty())) {
      present.add("trigger");
    }
    for (Mention m : layers.mentions()) {
      String type = (m.type() == null ? "MISC" : m.type()).toLowerCase(Locale.ROOT)
          .replaceAll("[^a-z]", "");
      present.add(MARK_KINDS.stream().anyMatch(k -> k[0].equals("m-" + type)) ? "m-" + type
          : "m-other");
    }
    if (present.isEmpty()) {
      return;
    }
    Element p = into.appendElement("p").addClass("legend").attr("id", "legend");
    p.appendText("Marks: ");
    for (String[] kind : MARK_KINDS) {
      if (present.contains(kind[0])) {
        p.appendElement("span").addClass("key").addClass("key-" + kind[0]).text(kind[1]);
        p.appendText(" ");
      }
    }
  }

  /** {@code url} when it is a web address to link to (http or https), else null. */
  private static String webUrl(String url) {
    String u = StoreView.text(url);
    return u != null && u.matches("(?i)https?://\\S+") ? u : null;
  }

  /** A link away from Sitrep: no referrer, no opener, not followed by crawlers. */
  private static void external(Element into, String url, String text) {
    into.appendElement("a").addClass("external").attr("href", url)
        .attr("rel", "noopener noreferrer nofollow").text(text);
  }

  private static void events(Element aside, Layers layers) {
    if (layers.events().isEmpty()) {
      return;
    }
    Element ul = box(aside, "events", "Events").appendElement("ul");
    for (Event e : layers.events()) {
      String type = StoreView.nz(e.type());
      Element li = ul.appendElement("li").attr("data-event", type);
      li.appendElement("strong").text(type);
      li.appendText(" " + eventLine(e).substring(type.length()));
      for (Event.Count c : e.counts()) {
        li.appendElement("br");
        li.appendText(StoreView.nz(c.kind()) + ": " + StoreView.nz(c.text())
            + (c.claimedByName() != null ? " (" + c.claimedByName() + ")" : ""));
      }
    }
  }

  private static void quotes(Element aside, Layers layers) {
    if (layers.quotes().isEmpty() && layers.claims().isEmpty()) {
      return;
    }
    Element ul = box(aside, "said", "Who said what").appendElement("ul");
    for (Quote q : layers.quotes()) {
      said(ul, q.speakerName(), ": ", q.text());
    }
    for (Claim c : layers.claims()) {
      said(ul, c.claimantName(), " (reported): ", c.content());
    }
  }

  /** One line of "Who said what": who (or "unknown"), then the words. */
  private static void said(Element ul, String who, String sep, String words) {
    Element li = ul.appendElement("li");
    li.appendElement("strong").text(who == null ? "unknown" : who);
    li.appendText(sep);
    li.appendElement("q").text(StoreView.nz(words));
  }

  private static void counts(Element aside, Layers layers) {
    if (layers.quantities().isEmpty()) {
      return;
    }
    Element ul = box(aside, "counts", "Counts").appendElement("ul");
    for (Quantity q : layers.quantities()) {
      Element li = ul.appendElement("li");
      li.appendElement("strong").text(StoreView.nz(q.text()));
      if (q.claimedByName() != null) {
        li.appendText(" — claimed by " + q.claimedByName());
      }
    }
  }

  /**
   * The story's claims ledger as a table: every count, claim and quotation across its copies,
   * who says it and which outlets carry it; differing figures of one thing are rows side by
   * side (same group, each its own value).
   */
  private static void ledger(Element main, StoreView.ClaimsView claims) {
    if (claims == null || claims.rows().isEmpty()) {
      return;
    }
    Element sec = main.appendElement("section").attr("id", "ledger").addClass("ledger");
    sec.appendElement("h2").text("Claims ledger");
    sec.appendElement("p").addClass("meta").text("Who says what across the copies of this "
        + "story; figures of one thing that differ are separate rows.");
    Element table = sec.appendElement("table").addClass("ledger");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String h : List.of("Kind", "Figure or words", "Of", "Claimant", "Outlets", "Sentence")) {
      head.appendElement("th").attr("scope", "col").text(h);
    }
    Element body = table.appendElement("tbody");
    for (org.sitrep.core.table.Ledger.Row r : claims.rows()) {
      Element tr = body.appendElement("tr").addClass(r.kind())
          .attr("data-group", StoreView.nz(r.figureGroup()));
      tr.appendElement("td").text(r.kind());
      tr.appendElement("td").text(StoreView.nz(r.text()));
      tr.appendElement("td").text(r.figureGroup() == null ? ""
          : r.figureGroup() + (r.value() == null ? "" : " · " + fmt(r.value())));
      String who = StoreView.nz(r.claimant());
      if (r.organization() != null && !r.organization().equals(r.claimant())) {
        who += who.isEmpty() ? r.organization() : " (" + r.organization() + ")";
      }
      tr.appendElement("td").text(who.isEmpty() ? "unknown" : who);
      tr.appendElement("td").addClass("outlets")
          .text(r.outlets() == null ? "" : String.join(", ", r.outlets()));
      tr.appendElement("td").text(StoreView.nz(r.sentence()));
    }
  }

  /**
   * Where an entity of an article leads: a place to the search of its articles, a name to its
   * entity page; a common noun ("army", "president") is no entity the store indexes: no link.
   */
  static String entityLink(Entity e) {
    if (e.name() == null || EntityNames.generic(e.name())) {
      return null;
    }
    return "LOCATION".equals(e.type()) ? url("/search", Map.of("place", e.name()))
        : url("/entity", Map.of("name", e.name()));
  }

  private static void entities(Element aside, Layers layers) {
    if (layers.entities().isEmpty()) {
      return;
    }
    Element ul = box(aside, "entities", "Who and what is named").appendElement("ul");
    for (Entity e : layers.entities()) {
      Element li = ul.appendElement("li");
      String name = StoreView.nz(e.name());
      String link = entityLink(e);
      if (link == null) {
        li.appendElement("span").text(name);
      } else {
        li.appendElement("a").attr("href", link).text(name);
      }
      List<String> more = new ArrayList<>();
      more.add(StoreView.nz(e.type()).toLowerCase(Locale.ROOT));
      if (e.role() != null) {
        more.add(e.role() + (e.organization() != null ? " of " + e.organization() : ""));
      }
      List<String> aliases = new ArrayList<>();
      for (String al : e.aliases()) {
        if (!StoreView.nz(al).equals(name)) {
          aliases.add(StoreView.nz(al));
        }
      }
      if (!aliases.isEmpty()) {
        more.add("also " + String.join(", ", aliases));
      }
      li.appendText(" (" + String.join("; ", more) + ")");
    }
  }

  private static void warnings(Element aside, Article a) {
    if (a.warnings().isEmpty()) {
      return;
    }
    Element ul = box(aside, "repairs", "What Sitrep removed or repaired").appendElement("ul");
    for (Warning w : a.warnings()) {
      Element li = ul.appendElement("li");
      li.appendElement("code").text(StoreView.nz(w.code()));
      li.appendText(" " + StoreView.nz(w.message()));
    }
  }
  private static Element box(Element aside, String id, String title) {
    Element sec = aside.appendElement("section").attr("id", id).addClass("box");
    sec.appendElement("h2").text(title);
    return sec;
  }

  private static void crumbs(Element main, String section, String title) {
    Element nav = main.appendElement("nav").addClass("crumbs").attr("aria-label", "Breadcrumb");
    nav.appendElement("a").attr("href", "/").text("Home");
    if (section != null) {
      nav.appendText(" › ");
      nav.appendElement("a").attr("href", url("/section", Map.of("name", section))).text(section);
    }
    if (title != null) {
      nav.appendText(" › ");
      nav.appendElement("span").text(title);
    }
  }

  private static void hits(Element into, List<Hit> hits, boolean snippets) {
    Element ol = into.appendElement("ol").addClass("hits");
    for (Hit h : hits) {
      Element li = ol.appendElement("li").addClass("hit");
      li.appendElement("a").addClass("hit-title").attr("href", "/article/" + h.id())
          .text(or(h.title(), "(untitled)"));
      String meta = siteAndDay(h.site(), h.published(), "undated");
      if (h.storySize() > 1) {
        meta += " · " + h.storySize() + " copies";
      }
      li.appendElement("div").addClass("meta").text(meta);
      if (snippets && h.snippet() != null) {
        snippet(li.appendElement("p").addClass("snippet"), h.snippet());
      }
    }
  }

  /** The highlighter's «match» as {@code <mark>} elements, the rest as text. */
  private static void snippet(Element p, String s) {
    String flat = s.replaceAll("\\s+", " ");
    int at = 0;
    while (true) {
      int open = flat.indexOf('«', at);
      int close = open < 0 ? -1 : flat.indexOf('»', open);
      if (close < 0) {
        p.appendText(flat.substring(at));
        return;
      }
      p.appendText(flat.substring(at, open));
      p.appendElement("mark").text(flat.substring(open + 1, close));
      at = close + 1;
    }
  }

  private static void articleLink(Element li, StoreView.ArticleRef r) {
    li.appendElement("a").attr("href", "/article/" + r.id()).text(or(r.title(), r.id()));
    String meta = siteAndDay(r.site(), r.published(), null);
    if (!meta.isEmpty()) {
      li.appendText(" · " + meta);
    }
  }

  /** "NBC News · 2019-11-20": the site and day that are known ({@code undated} for no day). */
  private static String siteAndDay(String site, String published, String undated) {
    List<String> bits = new ArrayList<>();
    if (site != null && !site.isBlank()) {
      bits.add(site);
    }
    String day = StoreView.day(published);
    if (day != null || undated != null) {
      bits.add(day != null ? day : undated);
    }
    return String.join(" · ", bits);
  }

  private static final List<String[]> FORM_FIELDS = List.of(
      new String[] {"entity", "Entity"}, new String[] {"place", "Place"},
      new String[] {"country", "Country"}, new String[] {"section", "Section"},
      new String[] {"site", "Site"}, new String[] {"event", "Event type"},
      new String[] {"min_confidence", "Event confidence at least"},
      new String[] {"since", "Since"}, new String[] {"until", "Until"},
      new String[] {"near", "Near"}, new String[] {"km", "km"});

  /** The search form with every filter, filled with the current ones. */
  private static void form(Element into, Map<String, String> filters, boolean full) {
    Element f = into.appendElement("form").attr("method", "get").attr("action", full ? "/search"
        : "").addClass("search-form").attr("role", "search");
    Element row = f.appendElement("div").addClass("row");
    row.appendElement("input").attr("type", "search").attr("name", "q").attr("id", "q")
        .attr("aria-label", "Search").attr("placeholder", "Search: Konashenkov, \"Islamic State\" AND Palmyra")
        .attr("value", filters.getOrDefault("q", ""));
    row.appendElement("button").attr("type", "submit").text("Search");
    Element more = f.appendElement("details").addClass("filters");
    if (FORM_FIELDS.stream().anyMatch(x -> filters.containsKey(x[0]))) {
      more.attr("open", true);
    }
    more.appendElement("summary").text("Filters");
    for (String[] field : FORM_FIELDS) {
      Element l = more.appendElement("label");
      l.appendText(field[1] + " ");
      Element input = l.appendElement("input").attr("name", field[0])
          .attr("type", field[0].equals("since") || field[0].equals("until") ? "date" : "text")
          .attr("value", filters.getOrDefault(field[0], ""));
      if (field[0].equals("min_confidence")) {
        // the chance that an event is right: only articles with such an event, only such events
        input.attr("type", "number").attr("min", "0").attr("max", "1").attr("step", "0.05")
            .attr("placeholder", "0 (all)");
      }
    }
    Element d = more.appendElement("label");
    Element box = d.appendElement("input").attr("type", "checkbox").attr("name", "dedup")
        .attr("value", "true");
    if (filters.containsKey("dedup") && !filters.get("dedup").equals("false")) {
      box.attr("checked", true);
    }
    d.appendText(" one per story");
    if (filters.containsKey("story")) {
      f.appendElement("input").attr("type", "hidden").attr("name", "story")
          .attr("value", filters.get("story"));
    }
  }

  private static void pager(Element into, String path, Map<String, String> filters, int offset,
                            int limit, long total) {
    Element nav = into.appendElement("nav").addClass("pager").attr("aria-label", "Pages");
    if (offset > 0) {
      Map<String, String> prev = new LinkedHashMap<>(filters);
      prev.put("offset", Integer.toString(Math.max(0, offset - limit)));
      nav.appendElement("a").attr("rel", "prev").attr("href", url(path, prev)).text("← Newer");
    }
    if (offset + limit < total) {
      Map<String, String> next = new LinkedHashMap<>(filters);
      next.put("offset", Integer.toString(offset + limit));
      nav.appendElement("a").attr("rel", "next").attr("href", url(path, next)).text("More →");
    }
  }

  private static void fact(Element dl, String name, String value) {
    if (value != null && !value.isBlank()) {
      dl.appendElement("dt").text(name);
      dl.appendElement("dd").text(value);
    }
  }

  // ---- helpers ----

  /** A page: the shell with header, navigation and footer; {@link #main} takes the content. */
  private static final class Page {
    final Document doc;
    final Element main;

    Page(String title, String active) {
      doc = Document.createShell("");
      doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
      doc.prependChild(new DocumentType("html", "", ""));
      doc.selectFirst("html").attr("lang", "en");
      Element head = doc.head();
      head.appendElement("meta").attr("charset", "utf-8");
      head.appendElement("meta").attr("name", "viewport")
          .attr("content", "width=device-width, initial-scale=1");
      head.appendElement("title").text(title);
      head.appendElement("link").attr("rel", "icon").attr("href", "/favicon.ico");
      css("/static/sitrep.css");
      Element header = doc.body().appendElement("header").addClass("top");
      header.appendElement("a").addClass("brand").attr("href", "/").text("Sitrep");
      Element nav = header.appendElement("nav").attr("aria-label", "Main");
      for (String[] item : new String[][] {{"/", "Home", "home"}, {"/search", "Search", "search"},
          {"/overview", "Overview", "overview"}, {"/events", "Events", "events"},
          {"/map", "Map", "map"}, {"/timeline", "Timeline", "timeline"}}) {
        Element a = nav.appendElement("a").attr("href", item[0]).text(item[1]);
        if (item[2].equals(active)) {
          a.attr("aria-current", "page");
        }
      }
      Element q = header.appendElement("form").attr("action", "/search").attr("method", "get")
          .addClass("quick").attr("role", "search");
      q.appendElement("input").attr("type", "search").attr("name", "q")
          .attr("aria-label", "Search the store").attr("placeholder", "Search");
      main = doc.body().appendElement("main").attr("id", "main");
      doc.body().appendElement("footer").text("Sitrep · GPL-3.0-or-later · map data: Natural "
          + "Earth (public domain) via world-atlas");
    }

    void css(String href) {
      doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", href);
    }

    void script(String src) {
      doc.head().appendElement("script").attr("src", src).attr("defer", true);
    }

    void send(Context ctx) {
      ctx.contentType("text/html; charset=utf-8").result(doc.outerHtml());
    }
  }

  static String url(String path, Map<String, String> params) {
    if (params.isEmpty()) {
      return path;
    }
    StringBuilder b = new StringBuilder(path);
    char sep = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      b.append(sep).append(enc(e.getKey())).append('=').append(enc(e.getValue()));
      sep = '&';
    }
    return b.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.format(Locale.ROOT, "%,d", (long) d)
        : String.format(Locale.ROOT, "%,.2f", d);
  }


  private static String or(String s, String dflt) {
    return s == null || s.isBlank() ? dflt : s;
  }
}
