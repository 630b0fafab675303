package org.sitrep.core.table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.model.Json;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * The flat tables analysts read (Parquet, CSV): one definition of their columns and of how an
 * annotated article becomes their rows, shared by {@code sitrep export} (from the embedded
 * store) and the Spark job, so both write the same files. Rows are built from the model's
 * records; a missing value is null, and the JSON cells are those records as
 * {@code sitrep annotate} writes them.
 */
public final class Tables {
  /**
   * Column types, as Parquet and CSV readers see them: a DATE cell is a {@link LocalDate}
   * (YYYY-MM-DD in CSV), a TIMESTAMP an {@link Instant} (UTC; ISO 8601 in CSV) and a LIST a
   * {@code List<String>} (a Parquet list of strings; '; '-joined in CSV, as ACLED's files join
   * associated actors and tags).
   */
  public enum Type { STRING, LONG, DOUBLE, DATE, TIMESTAMP, LIST }

  /** One column: name, type and what it holds. */
  public record Column(String name, Type type, String doc) {}

  /** A table: name (the file or folder it is written to), columns and what a row is. */
  public record Table(String name, String doc, List<Column> columns) {
    public List<String> columnNames() {
      return columns.stream().map(Column::name).toList();
    }
  }

  static Column s(String name, String doc) {
    return new Column(name, Type.STRING, doc);
  }

  private static Column l(String name, String doc) {
    return new Column(name, Type.LONG, doc);
  }

  static Column d(String name, String doc) {
    return new Column(name, Type.DOUBLE, doc);
  }

  private static Column day(String name, String doc) {
    return new Column(name, Type.DATE, doc);
  }

  static Column list(String name, String doc) {
    return new Column(name, Type.LIST, doc);
  }

  public static final Table ARTICLES = new Table("articles", "one row per article", List.of(
      s("id", "the article's id (from its canonical URL, else its body): the same on every run"),
      s("story", "the story (cluster of near-copies) it belongs to"),
      s("source", "where it was read (file, WARC record, URL)"),
      s("url", "canonical URL"),
      s("fetched_url", "the URL it was fetched or crawled from (WARC-Target-URI), when known"),
      s("site", "publisher or host"), s("title", "headline"),
      s("section", "section"), list("byline", "authors"),
      s("credit", "image credit"),
      new Column("published", Type.TIMESTAMP, "publication instant (UTC); a page that gives"
          + " only a day: the start of that day in UTC"),
      day("published_day", "day of publication where it was published"),
      s("language", "ISO 639-1"), s("text", "the clean body"),
      s("warnings", "what extraction removed or repaired (JSON array of {code, message})"),
      s("layers", "every annotation layer (JSON object, as in `sitrep annotate`)")));

  public static final Table ENTITIES = new Table("entities", "one row per entity of an article",
      List.of(s("article_id", "the article"), l("entity", "entity index in the article"),
          s("name", "canonical name"),
          s("type", "PERSON, ORGANIZATION, LOCATION, GROUP, MISC"),
          list("aliases", "other names in the article"), s("role", "a person's role"),
          s("organization", "a person's or group's organisation"),
          l("mentions", "how many times the article names it")));

  public static final Table PLACES = new Table("places", "one row per place mention",
      List.of(s("article_id", "the article"), l("start", "character offset in text"),
          l("end", "end offset (exclusive)"), s("name", "the name in the text"),
          s("resolved", "gazetteer name"), l("geoname_id", "GeoNames id"),
          d("lat", "latitude"), d("lon", "longitude"), s("country_code", "ISO 3166 alpha-2"),
          s("admin1", "first-level region"), s("feature_code", "GeoNames feature code"),
          d("confidence", "resolver confidence 0-1"), s("kind", "toponym, demonym, …")));

  public static final Table QUOTES = new Table("quotes", "one row per direct quotation",
      List.of(s("article_id", "the article"), l("start", "character offset in text"),
          l("end", "end offset (exclusive)"), s("text", "the quotation"),
          s("speaker", "who said it"), l("speaker_entity", "speaker's entity index"),
          s("via", "how the speaker was found")));

  public static final Table CLAIMS = new Table("claims",
      "one row per reported claim (indirect speech)",
      List.of(s("article_id", "the article"), l("start", "character offset in text"),
          l("end", "end offset (exclusive)"), s("content", "what is claimed"),
          s("claimant", "who claims it"), l("claimant_entity", "claimant's entity index")));

  /**
   * One row per event: ACLED's columns first, with ACLED's names and codings (a script written
   * for ACLED's files reads them as it reads ACLED's), then Sitrep's own. {@code sitrep events
   * --csv} writes the same columns.
   */
  public static final Table EVENTS = new Table("events", "one row per event of each article,"
      + " whatever its status (ACLED's columns, then PLOVER's and Sitrep's); with --dedup"
      + " (dedup=true), one row per story event",
      List.of(s("event_id_cnty", "the event's id, the same on every run: the country's ISO 3166"
              + " alpha-3 code (when known), the article id, '-' and the event's id in the"
              + " article (SYRa1b2-e1); a story event has its first report's"),
          day("event_date", "the day it happened"), l("year", "its year"),
          l("time_precision", "1 the text gives the day, 2 the day is the article's (the event"
              + " was near it), 3 only the month is known"),
          s("disorder_type", "Political violence, Demonstrations, Political violence;"
              + " Demonstrations, or Strategic developments, as ACLED's codebook gives it for"
              + " the event type and sub-event type; empty with them"),
          s("event_type", "ACLED event type (Battles, Protests, …): the codebook's for the"
              + " sub-event type; empty when the event is outside ACLED's scope"),
          s("sub_event_type", "ACLED sub-event type (Armed clash, Peaceful protest, …)"),
          s("actor1", "the first actor"), list("assoc_actor_1", "the other actors"),
          l("inter1", "ACLED's actor type code of actor1, from its sector: 1 state forces,"
              + " 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters,"
              + " 6 protesters, 7 civilians, 8 external/other forces; empty when unknown"),
          s("actor2", "the first target that is an actor (a place the event struck is not one:"
              + " it is the location)"), list("assoc_actor_2", "the other targets"),
          l("inter2", "actor2's code, as inter1"),
          l("interaction", "the two codes, smaller first (17); a sole actor's code × 10 (60);"
              + " empty when actor1's code, or the code of an actor2 there is, is unknown"),
          s("civilian_targeting", "'Civilian targeting' when civilians are the target of"
              + " political violence: every Violence against civilians event, Excessive force"
              + " against protesters, and Explosions/Remote violence or Riots whose actor2 is"
              + " civilians; else empty"),
          l("iso", "ISO 3166 numeric code of the place's country (760)"),
          s("region", "ACLED's region: empty (Sitrep has no country-to-region table it can"
              + " check against ACLED's)"),
          s("country", "the place's country name (Syria)"),
          s("admin1", "first-level region of the place"),
          s("admin2", "second-level region: empty (not resolved)"),
          s("admin3", "third-level region: empty (not resolved)"),
          s("location", "the place (gazetteer name)"), d("latitude", "latitude (CSV: four"
              + " decimals, as ACLED's)"),
          d("longitude", "longitude (CSV: four decimals)"),
          l("geo_precision", "1 the event's sentence names the town, 2 the place is the"
              + " article's focus, 3 only a country or region is known"),
          list("source", "the sites that report it"),
          s("source_scale", "ACLED's source scale: empty (not assessed)"),
          s("notes", "the first sentence that supports it"),
          l("fatalities", "dead reported: the lowest figure its reports give, as ACLED codes"
              + " conflicting reports (0 when none; every report's figure is in figures)"),
          list("tags", "ACLED's tags: crowd size=… (the words) for the size of a protest or"
              + " riot, given as a number of people protesting; empty for other events"),
          l("timestamp", "when the record's article was fetched or crawled (Unix time, seconds);"
              + " empty for a page read from a file, whose fetch time is unknown"),
          s("plover_type", "PLOVER event type"), s("plover_mode", "PLOVER mode"),
          s("status", "happened, future, hypothetical, negated"),
          d("confidence", "the chance that the event is right, 0-1"),
          list("claimed_by", "who says so"),
          s("evidence", "the words that triggered it"),
          s("article_id", "the article it was read from (of a story: the first)"),
          list("sources", "the ids of the articles that report it"),
          list("figures", "every count its reports give, each with its source: kind=figure, the"
              + " words, who claims it and the article (dead=14 \"14 soldiers\" per Syrian"
              + " Observatory for Human Rights [c8d8…]); kinds dead, injured, arrested, size")));

  public static final Table FAILURES = new Table("failures",
      "one row per document that could not be read or annotated",
      List.of(s("id", "the document's id"), s("source", "where it was read"),
          s("stage", "read, detect, extract or an annotation stage"),
          s("reason", "why, in one line")));

  /** Every table, in the order they are written. */
  public static final List<Table> ALL = List.of(ARTICLES, ENTITIES, PLACES, QUOTES, CLAIMS,
      EVENTS, FAILURES);

  private Tables() {}

  /** The rows of an annotated article in every table but failures. */
  public static Map<Table, List<Object[]>> rows(Article a, String story) {
    Map<Table, List<Object[]>> out = rowsBesideEvents(a, story);
    List<Object[]> events = new ArrayList<>();
    Long read = epochSecond(a.fetched());
    for (Event e : a.layers().events()) {
      events.add(event(e, a, read));
    }
    out.put(EVENTS, events);
    return out;
  }

  /**
   * The rows of an annotated article in every table but events and failures: what the export
   * writes beside the events {@link EventRows} gives.
   */
  public static Map<Table, List<Object[]>> rowsBesideEvents(Article a, String story) {
    Map<Table, List<Object[]>> out = new LinkedHashMap<>();
    String id = a.id();
    String text = a.text() == null ? "" : a.text();
    Layers layers = a.layers();
    out.put(ARTICLES, List.<Object[]>of(new Object[] {id, story, a.source(), a.url(),
        a.fetchedUrl(), a.site(), a.title(), a.section(), listed(a.byline()), a.credit(),
        a.published() == null ? null : a.published().instant(),
        a.published() == null ? null : a.published().day(), a.language(), text,
        Json.line(a.warnings()), Json.line(layers)}));
    List<Object[]> entities = new ArrayList<>();
    for (Entity e : layers.entities()) {
      List<String> aliases = new ArrayList<>();
      for (String al : e.aliases()) {
        if (!al.equals(e.name() == null ? "" : e.name())) {
          aliases.add(al);
        }
      }
      entities.add(new Object[] {id, (long) e.id(), e.name(), e.type(),
          listed(aliases), e.role(), e.organization(),
          (long) e.mentions().size()});
    }
    out.put(ENTITIES, entities);
    List<Object[]> places = new ArrayList<>();
    for (Place p : layers.places()) {
      places.add(new Object[] {id, start(p.span()), end(p.span()), p.name(), p.resolved(),
          p.geonameId(), p.lat(), p.lon(), p.countryCode(), p.admin1(), p.featureCode(),
          p.confidence(), p.kind()});
    }
    out.put(PLACES, places);
    List<Object[]> quotes = new ArrayList<>();
    for (Quote q : layers.quotes()) {
      quotes.add(new Object[] {id, start(q.span()), end(q.span()), q.text(), q.speakerName(),
          lng(q.speaker()), q.via()});
    }
    out.put(QUOTES, quotes);
    List<Object[]> claims = new ArrayList<>();
    for (Claim c : layers.claims()) {
      claims.add(new Object[] {id, start(c.span()), end(c.span()), c.content(), c.claimantName(),
          lng(c.claimant())});
    }
    out.put(CLAIMS, claims);
    return out;
  }

  /**
   * The row of event {@code e} of article {@code a}, read at {@code read} (Unix seconds, as
   * {@link #epochSecond} gives it for the article's fetch time): the row {@link #rows} writes.
   */
  public static Object[] event(Event e, Article a, Long read) {
    return event(withoutPlaceTargets(e, a.layers()), a.id(),
        a.site() != null ? a.site() : a.url(), sentence(e, a.text()), List.of(a.id()), read);
  }

  /**
   * The event without the targets that are places, not actors ("Palmyra" struck in an
   * offensive): a recipient of no known sector that names the event's place, a place mention
   * of the article or an entity of type LOCATION. An actor column holds actors only; the place
   * is the event's location.
   */
  public static Event withoutPlaceTargets(Event e, Layers layers) {
    List<Event.Actor> kept = new ArrayList<>();
    for (Event.Actor r : e.recipients()) {
      if (!isPlace(r, e.place(), layers)) {
        kept.add(r);
      }
    }
    if (kept.size() == e.recipients().size()) {
      return e;
    }
    return new Event(e.id(), e.type(), e.mode(), e.acled(), e.actors(), kept, e.place(),
        e.date(), e.counts(), e.evidence(), e.claimedBy(), e.status(), e.confidence());
  }

  private static boolean isPlace(Event.Actor r, Event.Where where, Layers layers) {
    if (r.sector() != null && !r.sector().isBlank()) {
      return false; // the lexicon knows it as an actor (a government, an army)
    }
    String name = r.name() == null ? "" : r.name().strip();
    if (where != null && (name.equalsIgnoreCase(where.name())
        || name.equalsIgnoreCase(where.resolved()))) {
      return true;
    }
    Layers l = layers == null ? Layers.EMPTY : layers;
    for (Entity en : l.entities()) {
      if (r.entity() != null && en.id() == r.entity()) {
        return "LOCATION".equals(en.type()) || "GPE".equals(en.type());
      }
    }
    for (Place p : l.places()) {
      if (name.equalsIgnoreCase(p.name()) || name.equalsIgnoreCase(p.resolved())) {
        return true;
      }
    }
    return false;
  }

  /** One report of an event: the article it was read from and the counts it gives there. */
  public record Report(String articleId, List<Event.Count> counts) {}

  /**
   * An event's row of {@link #EVENTS}: read from article {@code articleId} of site(s)
   * {@code sources}, {@code notes} its first sentence, {@code articleIds} the articles that
   * report it (one, or a story's) and {@code read} when the article was read (Unix seconds).
   */
  public static Object[] event(Event e, String articleId, String site, String notes,
                               List<String> articleIds, Long read) {
    return event(e, articleId, site == null ? List.of() : List.of(site), notes, articleIds,
        read);
  }

  private static final Event.Where NOWHERE =
      new Event.Where(null, null, null, null, null, null, null, null, null);
  private static final java.util.regex.Pattern DAY =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final java.util.regex.Pattern MONTH =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

  /** {@link #event(Event, String, String, String, List, Long)} of several sites. */
  public static Object[] event(Event e, String articleId, List<String> sites, String notes,
                               List<String> articleIds, Long read) {
    return event(e, articleId, sites, notes, articleIds, read,
        List.of(new Report(articleId, e.counts())));
  }

  /**
   * As {@link #event(Event, String, List, String, List, Long)}, with each report's own counts
   * ({@code reports}: a story event's reports, each with the counts its article gives): the
   * lowest death toll is {@code fatalities}, every figure is in {@code figures} with its source.
   */
  public static Object[] event(Event e, String articleId, List<String> sites, String notes,
                               List<String> articleIds, Long read, List<Report> reports) {
    Event.Where w = e.place() == null ? NOWHERE : e.place();
    String subType = e.acled() == null ? null : e.acled().subEventType();
    // The codebook decides the event type (and so the disorder type) of a sub-event type;
    // without one, an ACLED event type the event gives is kept only when it is one.
    String eventType = Acled.eventTypeOf(subType);
    if (eventType == null && e.acled() != null
        && Acled.SUB_EVENT_TYPES.containsKey(e.acled().eventType())) {
      eventType = e.acled().eventType();
    }
    Event.Actor a1 = e.actors().isEmpty() ? null : e.actors().get(0);
    Event.Actor a2 = e.recipients().isEmpty() ? null : e.recipients().get(0);
    Long inter1 = a1 == null ? null : Acled.inter(a1.sector(), eventType, true);
    Long inter2 = a2 == null ? null : Acled.inter(a2.sector(), eventType, false);
    LocalDate date = eventDate(e);
    Long timePrecision = null;
    if (date != null) {
      timePrecision = MONTH.matcher(e.date().value()).matches() ? 3L
          : "published".equals(e.date().precision()) ? 2L : 1L;
    }
    String country = Acled.countryName(w.countryCode());
    String location = w.resolved() != null ? w.resolved() : w.name();
    Long geoPrecision = null;
    if (w.lat() != null && w.lon() != null) {
      geoPrecision = location != null && location.equalsIgnoreCase(country) ? 3L
          : "sentence".equals(w.precision()) ? 1L : 2L;
    }
    double dead = -1;
    List<String> tags = new ArrayList<>();
    List<String> figures = new ArrayList<>();
    boolean demonstration = "Protests".equals(eventType) || "Riots".equals(eventType);
    for (Report r : reports) {
      for (Event.Count c : r.counts()) {
        String f = figure(c, r.articleId());
        if (!figures.contains(f)) { // one article's two events giving the same figure: once
          figures.add(f);
        }
      }
    }
    for (Event.Count c : e.counts()) { // a story event's: every report's, side by side
      if ("dead".equals(c.kind()) && c.low() != null) {
        dead = dead < 0 ? c.low() : Math.min(dead, c.low()); // ACLED: the lowest reported
      } else if (demonstration && "size".equals(c.kind()) && protesters(c)
          && (c.text() != null || c.low() != null)) {
        tags.add("crowd size=" + (c.text() != null ? c.text().strip()
            : Long.toString(Math.round(c.low()))));
      }
    }
    String prefix = w.countryCode() == null ? "" : w.countryCode();
    Event.Evidence ev = e.evidence().isEmpty() ? null : e.evidence().get(0);
    return new Object[] {prefix + articleId + "-" + e.id(), date,
        date == null ? null : (long) date.getYear(), timePrecision,
        Acled.disorderType(eventType, subType), eventType, subType,
        a1 == null ? null : a1.name(), names(e.actors()), inter1,
        a2 == null ? null : a2.name(), names(e.recipients()), inter2,
        Acled.interaction(inter1, inter2, a2 != null),
        Acled.civilianTargeting(eventType, subType, inter2) ? "Civilian targeting" : null,
        Acled.isoNumeric(w.countryCode()), null, country, w.admin1(), null, null, location,
        w.lat(), w.lon(), geoPrecision, listed(sites), null, blank(notes),
        dead < 0 ? 0L : Math.round(dead), listed(tags), read, e.type(), e.mode(), e.status(),
        e.confidence(), listed(e.claimedBy().stream().map(Event.Claimant::name).toList()),
        ev == null ? null : ev.triggerText(), articleId, listed(articleIds), listed(figures)};
  }

  /** Words of people who are not a crowd of protesters: armed men, officials, informants. */
  private static final java.util.regex.Pattern NOT_PROTESTERS = java.util.regex.Pattern.compile(
      "(?i)\\b(militant|terrorist|jihadist|soldier|troop|fighter|rebel|insurgent|gunm[ae]n"
          + "|militia|police|officer|official|source|familiar|vehicle|tank|aircraft)");

  /** True when a size count is of people protesting (not "5,000 militants", "two people familiar …"). */
  private static boolean protesters(Event.Count c) {
    return c.text() == null || !NOT_PROTESTERS.matcher(c.text()).find();
  }

  /** A count as the figures column lists it: kind=figure "words" per claimant [article]. */
  private static String figure(Event.Count c, String articleId) {
    StringBuilder sb = new StringBuilder(c.kind() == null ? "count" : c.kind()).append('=');
    if (c.low() != null) {
      sb.append(number(c.low()));
      if (c.high() != null && !c.high().equals(c.low())) {
        sb.append('-').append(number(c.high()));
      }
    }
    if (c.text() != null && !c.text().isBlank()) {
      sb.append(" \"").append(c.text().strip().replace(';', ',')).append('"');
    }
    if (c.claimedByName() != null && !c.claimedByName().isBlank()) {
      sb.append(" per ").append(c.claimedByName().strip().replace(';', ','));
    }
    return sb.append(" [").append(articleId).append(']').toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
        : Double.toString(v);
  }

  /**
   * The event's own day, as its {@code event_date} cell holds it: the day its date gives, or
   * the middle of the month when only the month is known (as ACLED codes it); null when none.
   */
  public static LocalDate eventDate(Event e) {
    String when = e.date() == null ? null : e.date().value();
    if (when != null && DAY.matcher(when).matches()) {
      return parseDay(when.substring(0, 10));
    }
    if (when != null && MONTH.matcher(when).matches()) {
      return parseDay(when + "-15"); // ACLED codes a month known alone as its middle
    }
    return null;
  }

  /**
   * The day an event is filed under by a date filter ({@code since}, {@code until}): its own
   * ({@link #eventDate}), else its article's day of publication; null when neither is known.
   */
  public static LocalDate eventDay(Event e, Article a) {
    LocalDate own = eventDate(e);
    return own != null || a == null || a.published() == null ? own : a.published().day();
  }

  /** The list cell {@code column} of a row of {@code EVENTS} (null when empty). */
  @SuppressWarnings("unchecked")
  public static List<String> listOf(Object[] row, String column) {
    return (List<String>) row[EVENTS.columnNames().indexOf(column)];
  }

  /** The names of the actors after the first, each once and not the first's; null when none. */
  private static List<String> names(List<Event.Actor> actors) {
    if (actors.size() < 2) {
      return null;
    }
    String first = actors.get(0).name();
    return listed(actors.subList(1, actors.size()).stream().map(Event.Actor::name)
        .filter(n -> n != null && !n.equals(first)).toList());
  }

  /** The first sentence an event was read from, or null. */
  public static String sentence(Event e, String text) {
    Span sentence = e.evidence().isEmpty() ? null : e.evidence().get(0).sentence();
    if (sentence == null || text == null) {
      return null;
    }
    int s = sentence.start();
    int t = Math.min(text.length(), sentence.end());
    return s >= 0 && s < t ? text.substring(s, t) : null;
  }

  /** Unix seconds of an ISO 8601 instant; null when none or not one. */
  public static Long epochSecond(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(iso.strip()).getEpochSecond();
    } catch (DateTimeParseException e) {
      org.sitrep.model.Published p = org.sitrep.model.Published.parse(iso);
      return p == null ? null : p.instant().getEpochSecond();
    }
  }

  private static LocalDate parseDay(String day) {
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * A cell as a CSV file writes it: a list '; '-joined, a date or instant in ISO 8601, then
   * {@link #csvCell neutralised}.
   */
  public static Object csvValue(Object value) {
    if (value instanceof List<?> l) {
      return csvText(String.join("; ", l.stream().map(String::valueOf).toList()));
    }
    if (value instanceof LocalDate || value instanceof Instant) {
      return value.toString();
    }
    return csvCell(value);
  }

  /** The row of a stored failure ({@code {id, source, error: {stage, reason}}}). */
  public static Object[] failure(Failure f) {
    Failure.Error error = f.error();
    return new Object[] {f.id(), f.source(), error == null ? null : error.stage(),
        error == null ? null : error.reason()};
  }

  /**
   * A cell as a CSV file holds it: a string that a spreadsheet would run as a formula (one
   * beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets
   * a leading {@code '}, so it is shown as text (OWASP's advice on CSV injection). Numbers and
   * nulls are returned as they are; Parquet and JSON keep the value unchanged.
   */
  public static Object csvCell(Object value) {
    return value instanceof String s ? csvText(s) : value;
  }

  /** {@link #csvCell} of a string. */
  public static String csvText(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    return switch (s.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + s;
      default -> s;
    };
  }

  private static Long start(Span span) {
    return span == null ? null : (long) span.start();
  }

  private static Long end(Span span) {
    return span == null ? null : (long) span.end();
  }

  private static Long lng(Integer value) {
    return value == null ? null : value.longValue();
  }

  /** The values that are given and not blank, each once; null when none. */
  private static List<String> listed(List<String> values) {
    ArrayList<String> out = new ArrayList<>(); // serialisable, for the Spark job's rows
    for (String v : values == null ? List.<String>of() : values) {
      if (v != null && !v.isBlank() && !out.contains(v)) {
        out.add(v);
      }
    }
    return out.isEmpty() ? null : out;
  }
}
