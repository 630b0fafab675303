package org.sitrep.core.table;

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
  /** Column types, as Parquet and CSV readers see them. */
  public enum Type { STRING, LONG, DOUBLE }

  /** One column: name, type and what it holds. */
  public record Column(String name, Type type, String doc) {}

  /** A table: name (the file or folder it is written to), columns and what a row is. */
  public record Table(String name, String doc, List<Column> columns) {
    public List<String> columnNames() {
      return columns.stream().map(Column::name).toList();
    }
  }

  private static Column s(String name, String doc) {
    return new Column(name, Type.STRING, doc);
  }

  private static Column l(String name, String doc) {
    return new Column(name, Type.LONG, doc);
  }

  private static Column d(String name, String doc) {
    return new Column(name, Type.DOUBLE, doc);
  }

  public static final Table ARTICLES = new Table("articles", "one row per article", List.of(
      s("id", "the article's id (from its canonical URL, else its body): the same on every run"),
      s("story", "the story (cluster of near-copies) it belongs to"),
      s("source", "where it was read (file, WARC record, URL)"),
      s("url", "canonical URL"),
      s("fetched_url", "the URL it was fetched or crawled from (WARC-Target-URI), when known"),
      s("site", "publisher or host"), s("title", "headline"),
      s("section", "section"), s("byline", "authors, '; '-separated"),
      s("credit", "image credit"),
      s("published", "publication date as the page gives it (ISO 8601)"),
      s("published_day", "day of publication where it was published (YYYY-MM-DD)"),
      s("language", "ISO 639-1"), s("text", "the clean body"),
      s("warnings", "what extraction removed or repaired (JSON array of {code, message})"),
      s("layers", "every annotation layer (JSON object, as in `sitrep annotate`)")));

  public static final Table ENTITIES = new Table("entities", "one row per entity of an article",
      List.of(s("article_id", "the article"), l("entity", "entity index in the article"),
          s("name", "canonical name"),
          s("type", "PERSON, ORGANIZATION, LOCATION, GROUP, MISC"),
          s("aliases", "other names in the article, '; '-separated"), s("role", "a person's role"),
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

  public static final Table EVENTS = new Table("events", "one row per event (PLOVER, ACLED)",
      List.of(s("article_id", "the article"), s("event_id", "event id within the article"),
          s("type", "PLOVER event type"), s("mode", "PLOVER mode"),
          s("acled_event_type", "ACLED event type"),
          s("acled_sub_event_type", "ACLED sub-event type"),
          s("actors", "actors, '; '-separated"),
          s("actor_countries", "their ISO 3166 alpha-3 codes, '; '-separated"),
          s("recipients", "targets, '; '-separated"),
          s("recipient_countries", "their ISO 3166 alpha-3 codes, '; '-separated"),
          s("place", "the place in the text"), s("place_resolved", "gazetteer name"),
          s("country", "the place's ISO 3166 alpha-3"), d("lat", "latitude"),
          d("lon", "longitude"), s("date", "the event's date"),
          s("status", "happened, future, hypothetical, negated"),
          s("claimed_by", "who says so, '; '-separated"),
          s("counts", "counts (JSON array of {kind, low, high, text, claimedByName})"),
          s("sentence", "the first sentence that supports it"),
          d("confidence", "0-1")));

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
    Map<Table, List<Object[]>> out = new LinkedHashMap<>();
    String id = a.id();
    String text = a.text() == null ? "" : a.text();
    Layers layers = a.layers();
    String published = a.published() == null ? null : a.published().iso();
    out.put(ARTICLES, List.<Object[]>of(new Object[] {id, story, a.source(), a.url(),
        a.fetchedUrl(), a.site(), a.title(), a.section(), joined(a.byline()), a.credit(),
        published, org.sitrep.model.Published.dayOf(published), a.language(), text,
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
          aliases.isEmpty() ? null : String.join("; ", aliases), e.role(), e.organization(),
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
    List<Object[]> events = new ArrayList<>();
    for (Event e : layers.events()) {
      Event.Where place = e.place() == null
          ? new Event.Where(null, null, null, null, null, null, null, null, null) : e.place();
      Span sentence = e.evidence().isEmpty() ? null : e.evidence().get(0).sentence();
      String supporting = null;
      if (sentence != null) {
        int s = sentence.start();
        int t = Math.min(text.length(), sentence.end());
        supporting = s >= 0 && s < t ? text.substring(s, t) : null;
      }
      events.add(new Object[] {id, e.id(), e.type(), e.mode(),
          e.acled() == null ? null : e.acled().eventType(),
          e.acled() == null ? null : e.acled().subEventType(),
          joined(e.actors().stream().map(Event.Actor::name).toList()),
          joined(e.actors().stream().map(Event.Actor::country).toList()),
          joined(e.recipients().stream().map(Event.Actor::name).toList()),
          joined(e.recipients().stream().map(Event.Actor::country).toList()),
          place.name(), place.resolved(), place.countryCode(), place.lat(), place.lon(),
          e.date() == null ? null : e.date().value(), e.status(),
          joined(e.claimedBy().stream().map(Event.Claimant::name).toList()),
          e.counts().isEmpty() ? null : Json.line(e.counts()), supporting, e.confidence()});
    }
    out.put(EVENTS, events);
    return out;
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

  /** The values that are given and not blank, each once, '; '-joined; null when none. */
  private static String joined(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (v != null && !v.isBlank() && !out.contains(v)) {
        out.add(v);
      }
    }
    return out.isEmpty() ? null : String.join("; ", out);
  }
}
