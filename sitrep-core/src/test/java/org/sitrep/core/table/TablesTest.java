package org.sitrep.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Json;

class TablesTest {
  static final String ARTICLE = """
      {"id": "a1", "source": "x.html", "site": "news.example", "title": "T",
       "published": "2016-03-27T23:30:00-05:00", "byline": ["A", "B"], "text": "Hello Palmyra. He said so.",
       "warnings": [{"code": "quote-repaired", "message": "m"}],
       "layers": {
         "entities": [{"id": 0, "type": "LOCATION", "name": "Palmyra", "aliases": ["Palmyra", "Tadmur"], "mentions": [0, 1]}],
         "places": [{"span": {"start": 6, "end": 13}, "name": "Palmyra", "resolved": "Tadmur", "geonameId": 163808,
                     "lat": 34.56, "lon": 38.28, "countryCode": "SY", "confidence": 0.9, "kind": "toponym"}],
         "quotes": [{"span": {"start": 15, "end": 26}, "text": "He said so.", "speaker": 0, "speakerName": "X"}],
         "events": [{"id": "e1", "type": "ASSAULT", "actors": [{"name": "IS", "country": "SYR"}, {"name": "IS"}],
                     "evidence": [{"sentence": {"start": 0, "end": 14}}], "status": "happened"}]}}
      """;

  @Test
  void anArticleBecomesOneRowPerThingWithTheColumnsInOrder() throws Exception {
    Article a = Json.read(ARTICLE, Article.class);
    Map<Tables.Table, List<Object[]>> rows = Tables.rows(a, "s1");
    for (Map.Entry<Tables.Table, List<Object[]>> e : rows.entrySet()) {
      for (Object[] row : e.getValue()) {
        assertEquals(e.getKey().columns().size(), row.length, e.getKey().name());
      }
    }
    Object[] art = rows.get(Tables.ARTICLES).get(0);
    List<String> cols = Tables.ARTICLES.columnNames();
    assertEquals("s1", art[cols.indexOf("story")]);
    assertEquals(List.of("A", "B"), art[cols.indexOf("byline")]);
    assertEquals(java.time.LocalDate.of(2016, 3, 27), art[cols.indexOf("published_day")]);
    assertEquals(java.time.Instant.parse("2016-03-28T04:30:00Z"), art[cols.indexOf("published")]);
    assertTrue(((String) art[cols.indexOf("layers")]).contains("\"places\""));
    Object[] place = rows.get(Tables.PLACES).get(0);
    assertEquals(163808L, place[Tables.PLACES.columnNames().indexOf("geoname_id")]);
    assertEquals(6L, place[Tables.PLACES.columnNames().indexOf("start")]);
    assertNull(place[Tables.PLACES.columnNames().indexOf("admin1")]);
    Object[] entity = rows.get(Tables.ENTITIES).get(0);
    assertEquals(List.of("Tadmur"), entity[Tables.ENTITIES.columnNames().indexOf("aliases")]);
    assertEquals(2L, entity[Tables.ENTITIES.columnNames().indexOf("mentions")]);
    Object[] event = rows.get(Tables.EVENTS).get(0);
    List<String> ev = Tables.EVENTS.columnNames();
    assertEquals("IS", event[ev.indexOf("actor1")]);
    assertNull(event[ev.indexOf("assoc_actor_1")], "names once");
    assertEquals("Hello Palmyra.", event[ev.indexOf("notes")]);
    assertEquals(List.of("a1"), event[ev.indexOf("sources")]);
    assertEquals("X", rows.get(Tables.QUOTES).get(0)[Tables.QUOTES.columnNames()
        .indexOf("speaker")]);
    assertTrue(rows.get(Tables.CLAIMS).isEmpty());
  }

  static Event.Actor actor(String name, String sector) {
    return new Event.Actor(null, name, null, null, sector);
  }

  static Object[] row(Event e) {
    return Tables.event(e, "a1", "news.example", "S.", List.of("a1"), 1459139400L);
  }

  static Object cell(Object[] row, String column) {
    int i = Tables.EVENTS.columnNames().indexOf(column);
    assertTrue(i >= 0, column);
    return row[i];
  }

  static Event event(String type, Event.Acled acled, List<Event.Actor> actors,
                     List<Event.Actor> recipients, Event.Where where, Event.When when,
                     List<Event.Count> counts) {
    return new Event("e1", type, null, acled, actors, recipients, where, when, counts,
        List.of(), List.of(), "happened", 0.8);
  }

  static final Event.Where TADMUR = new Event.Where("Palmyra", "Tadmur", "SYR", "Homs", 34.56,
      38.28, 163808L, null, "sentence");

  @Test
  void inter1WasASectorWordNotAnAcledCode() {
    Object[] r = row(event("ASSAULT", new Event.Acled("Violence against civilians", "Attack"),
        List.of(actor("soldiers", "MIL"), actor("police", "COP")),
        List.of(actor("villagers", "CVL")), TADMUR, null, List.of()));
    assertEquals(1L, cell(r, "inter1"), "state forces");
    assertEquals(7L, cell(r, "inter2"), "civilians");
    assertEquals(17L, cell(r, "interaction"));
    assertEquals("Civilian targeting", cell(r, "civilian_targeting"));
    assertEquals("Political violence", cell(r, "disorder_type"));
    assertEquals(List.of("police"), cell(r, "assoc_actor_1"));
    Object[] rebels = row(event("ASSAULT", new Event.Acled("Battles", "Armed clash"),
        List.of(actor("IS", "REB")), List.of(actor("army", "MIL")), TADMUR, null, List.of()));
    assertEquals(2L, cell(rebels, "inter1"));
    assertEquals(12L, cell(rebels, "interaction"), "smaller code first");
    assertNull(cell(rebels, "civilian_targeting"));
    Object[] protest = row(event("PROTEST", new Event.Acled("Protests", "Peaceful protest"),
        List.of(actor("crowd", null)), List.of(), TADMUR, null,
        List.of(new Event.Count("size", 200.0, 300.0, "hundreds", null, null))));
    assertEquals(6L, cell(protest, "inter1"), "a protest's first actor: protesters");
    assertEquals(60L, cell(protest, "interaction"), "a sole actor");
    assertEquals("Demonstrations", cell(protest, "disorder_type"));
    assertEquals(List.of("crowd size=hundreds"), cell(protest, "tags"));
    Object[] unknown = row(event("CONSULT", null, List.of(actor("Mr X", null)), List.of(),
        null, null, List.of()));
    assertNull(cell(unknown, "inter1"), "empty when unknown");
    assertNull(cell(unknown, "interaction"));
    for (Object[] x : List.of(r, rebels, protest, unknown)) {
      for (String c : List.of("inter1", "inter2", "interaction")) {
        Object v = cell(x, c);
        assertTrue(v == null || v instanceof Long l && l >= 1 && l <= 88, c + " " + v);
      }
    }
  }

  @Test
  void eventCountryWasAnAlpha3CodeNotAcledsNameAndIso() {
    Object[] r = row(event("ASSAULT", new Event.Acled("Battles", "Armed clash"),
        List.of(actor("IS", "REB")), List.of(), TADMUR,
        new Event.When("2016-03-27", "Sunday", null, "sentence"),
        List.of(new Event.Count("dead", 12.0, 20.0, "12", null, null))));
    assertEquals("Syria", cell(r, "country"));
    assertEquals(760L, cell(r, "iso"));
    assertEquals("Tadmur", cell(r, "location"));
    assertEquals("Homs", cell(r, "admin1"));
    assertEquals(1L, cell(r, "geo_precision"), "the sentence names the town");
    assertEquals(java.time.LocalDate.of(2016, 3, 27), cell(r, "event_date"));
    assertEquals(2016L, cell(r, "year"));
    assertEquals(1L, cell(r, "time_precision"));
    assertEquals(12L, cell(r, "fatalities"), "the lowest figure");
    assertEquals(1459139400L, cell(r, "timestamp"));
    assertEquals(List.of("news.example"), cell(r, "source"));
    assertEquals("SYRa1-e1", cell(r, "event_id_cnty"));
    Object[] vague = row(event("ASSAULT", null, List.of(), List.of(),
        new Event.Where("Syria", "Syria", "SYR", null, 35.0, 38.0, 163843L, null, "sentence"),
        new Event.When("2016-03-27", null, null, "published"), List.of()));
    assertEquals(3L, cell(vague, "geo_precision"), "a country alone");
    assertEquals(2L, cell(vague, "time_precision"), "the article's day");
    assertEquals(0L, cell(vague, "fatalities"), "ACLED's 0 for none reported");
    assertEquals("2016-03-27; x", Tables.csvValue(List.of("2016-03-27", "x")));
    assertEquals("2016-03-27", Tables.csvValue(java.time.LocalDate.of(2016, 3, 27)));
  }

  @Test
  void acledColumnsComeFirstInAcledsOrder() {
    List<String> acled = List.of("event_id_cnty", "event_date", "year", "time_precision",
        "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
        "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
        "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
        "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
    assertEquals(acled, Tables.EVENTS.columnNames().subList(0, acled.size()));
    assertEquals(List.of("plover_type", "plover_mode", "status", "confidence", "claimed_by",
        "evidence", "article_id", "sources", "figures"), Tables.EVENTS.columnNames().subList(acled.size(),
        Tables.EVENTS.columns().size()));
  }

  @Test
  void theReadmeDocumentsEveryTableAndColumn() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("### Tables"));
    for (Tables.Table t : Tables.ALL) {
      String row = section.lines().filter(l -> l.startsWith("| `" + t.name() + "` |"))
          .findFirst().orElseThrow(() -> new AssertionError("README has no row for " + t.name()));
      for (Tables.Column c : t.columns()) {
        assertTrue(row.contains("`" + c.name() + "` (" + c.type().name().toLowerCase() + ")"),
            t.name() + "." + c.name());
      }
    }
  }

  /** Defect guarded: the README's schema drifting from Tables (a column added, moved, retyped). */
  @Test
  void theReadmeSchemaRowsAreTheTablesAsDeclared() throws Exception {
    String section = Files.readString(Path.of("..", "README.md"));
    section = section.substring(section.indexOf("### Tables"));
    for (Tables.Table t : Tables.ALL) {
      String want = "| `" + t.name() + "` | " + t.doc() + " | " + String.join("; ",
          t.columns().stream().map(c -> "`" + c.name() + "` (" + c.type().name()
              .toLowerCase(java.util.Locale.ROOT) + "): " + c.doc()).toList()) + " |";
      String row = section.lines().filter(l -> l.startsWith("| `" + t.name() + "` |"))
          .findFirst().orElseThrow();
      assertEquals(want, row, t.name());
    }
  }

  /** ACLED's codebook: each sub-event type's event type and disorder type. */
  static final Map<String, String[]> CODEBOOK = Map.ofEntries(
      Map.entry("Armed clash", new String[] {"Battles", "Political violence"}),
      Map.entry("Government regains territory", new String[] {"Battles", "Political violence"}),
      Map.entry("Non-state actor overtakes territory",
          new String[] {"Battles", "Political violence"}),
      Map.entry("Air/drone strike",
          new String[] {"Explosions/Remote violence", "Political violence"}),
      Map.entry("Shelling/artillery/missile attack",
          new String[] {"Explosions/Remote violence", "Political violence"}),
      Map.entry("Suicide bomb", new String[] {"Explosions/Remote violence", "Political violence"}),
      Map.entry("Remote explosive/landmine/IED",
          new String[] {"Explosions/Remote violence", "Political violence"}),
      Map.entry("Grenade", new String[] {"Explosions/Remote violence", "Political violence"}),
      Map.entry("Chemical weapon",
          new String[] {"Explosions/Remote violence", "Political violence"}),
      Map.entry("Attack", new String[] {"Violence against civilians", "Political violence"}),
      Map.entry("Sexual violence",
          new String[] {"Violence against civilians", "Political violence"}),
      Map.entry("Abduction/forced disappearance",
          new String[] {"Violence against civilians", "Political violence"}),
      Map.entry("Peaceful protest", new String[] {"Protests", "Demonstrations"}),
      Map.entry("Protest with intervention", new String[] {"Protests", "Demonstrations"}),
      Map.entry("Excessive force against protesters",
          new String[] {"Protests", "Political violence; Demonstrations"}),
      Map.entry("Violent demonstration", new String[] {"Riots", "Demonstrations"}),
      Map.entry("Mob violence", new String[] {"Riots", "Political violence"}),
      Map.entry("Agreement", new String[] {"Strategic developments", "Strategic developments"}),
      Map.entry("Arrests", new String[] {"Strategic developments", "Strategic developments"}),
      Map.entry("Change to group/activity",
          new String[] {"Strategic developments", "Strategic developments"}),
      Map.entry("Disrupted weapons use",
          new String[] {"Strategic developments", "Strategic developments"}),
      Map.entry("Headquarters or base established",
          new String[] {"Strategic developments", "Strategic developments"}),
      Map.entry("Looting/property destruction",
          new String[] {"Strategic developments", "Strategic developments"}),
      Map.entry("Non-violent transfer of territory",
          new String[] {"Strategic developments", "Strategic developments"}),
      Map.entry("Other", new String[] {"Strategic developments", "Strategic developments"}));

  @Test
  void eventTypeAndDisorderTypeWereEmptyWhereTheSubEventTypeWasSet() {
    assertEquals(CODEBOOK.keySet(), new java.util.HashSet<>(Acled.subEventTypes()));
    for (Map.Entry<String, String[]> c : CODEBOOK.entrySet()) {
      // The event type the reading gave is missing or wrong: the codebook's follows anyway.
      for (String given : new String[] {null, "Riots", "Battle"}) {
        Object[] r = row(event("ASSAULT", new Event.Acled(given, c.getKey()), List.of(),
            List.of(), null, null, List.of()));
        assertEquals(c.getValue()[0], cell(r, "event_type"), c.getKey() + " given " + given);
        assertEquals(c.getValue()[1], cell(r, "disorder_type"), c.getKey());
      }
    }
    Object[] outside = row(event("CONSULT", null, List.of(), List.of(), null, null, List.of()));
    assertNull(cell(outside, "event_type"), "outside ACLED's scope: empty");
    assertNull(cell(outside, "disorder_type"));
    Object[] typeOnly = row(event("PROTEST", new Event.Acled("Protests", null), List.of(),
        List.of(), null, null, List.of()));
    assertEquals("Protests", cell(typeOnly, "event_type"));
    assertEquals("Demonstrations", cell(typeOnly, "disorder_type"));
    Object[] notAType = row(event("PROTEST", new Event.Acled("Demonstration", null), List.of(),
        List.of(), null, null, List.of()));
    assertNull(cell(notAType, "event_type"), "not one of ACLED's event types");
  }

  @Test
  void latitudeAndLongitudePrintedFloatNoiseInCsv() throws Exception {
    Object[] r = row(event("ASSAULT", null, List.of(), List.of(),
        new Event.Where("Palmyra", "Tadmur", "SYR", null, 34.55000000000001, 38.2666666667,
            163808L, null, "sentence"), null, List.of()));
    java.io.StringWriter out = new java.io.StringWriter();
    try (CsvTable csv = new CsvTable(Tables.EVENTS, out)) {
      csv.print(r);
    }
    String line = out.toString().split("\r\n")[1];
    assertTrue(line.contains(",34.5500,38.2667,"), line);
    assertEquals(34.55000000000001, cell(r, "latitude"), "the row (Parquet) keeps the double");
    assertTrue(out.toString().endsWith("\r\n") && !out.toString().replace("\r\n", "")
        .contains("\n"), "one line end: CRLF");
  }

  @Test
  void eventDayIsTheEventsOwnDateElseItsArticlesDay() throws Exception {
    Article a = Json.mapper().readValue(ARTICLE, Article.class);
    Event dated = event("ASSAULT", null, List.of(), List.of(), null,
        new Event.When("2016-03-20", null, null, "sentence"), List.of());
    Event undated = event("ASSAULT", null, List.of(), List.of(), null, null, List.of());
    assertEquals(java.time.LocalDate.of(2016, 3, 20), Tables.eventDay(dated, a));
    assertEquals(a.published().day(), Tables.eventDay(undated, a));
    assertEquals(java.time.LocalDate.of(2016, 3, 15), Tables.eventDay(event("ASSAULT", null,
        List.of(), List.of(), null, new Event.When("2016-03", null, null, "sentence"),
        List.of()), a), "a month alone: its middle, as event_date");
  }

  private static Article article(String id, String published, Event e) {
    return new Article(Article.SCHEMA_VERSION, id, id + ".txt", null, id + ".example", "T",
        null, List.of(), null, org.sitrep.model.Published.parse(published), null, "en", "",
        List.of(), Map.of(), org.sitrep.model.Layers.EMPTY.withEvents(List.of(e)));
  }

  private static Event.Count dead(double n) {
    return new Event.Count("dead", n, n, "killing " + (long) n + " soldiers", null,
        "Syrian Observatory for Human Rights");
  }

  /** Defect: with dedup a copy's differing death toll (14 against 12) appeared nowhere. */
  @Test
  void dedupLostACopysDifferingDeathToll() {
    Event.Actor rebels = actor("Syrian rebels", "REB");
    Event.Actor army = actor("government forces", "MIL");
    Event first = event("ASSAULT", new Event.Acled("Battles", "Armed clash"), List.of(rebels),
        List.of(army), TADMUR, new Event.When("2024-03-04", null, null, "sentence"),
        List.of(dead(12)));
    Event copy = event("ASSAULT", new Event.Acled("Battles", "Armed clash"), List.of(rebels),
        List.of(army), TADMUR, new Event.When("2024-03-04", null, null, "sentence"),
        List.of(dead(14)));
    List<Object[]> rows = new java.util.ArrayList<>();
    EventRows er = new EventRows(true, EventRows.Keep.ALL, (id, a, e, row) -> rows.add(row));
    er.add("copy", "s1", article("copy", "2024-03-05T10:00:00Z", copy));
    er.add("orig", "s1", article("orig", "2024-03-04T10:00:00Z", first));
    er.finish();
    assertEquals(1, rows.size(), "one story event");
    assertEquals(12L, cell(rows.get(0), "fatalities"), "ACLED: the lowest reported figure");
    assertEquals(List.of(
        "dead=12 \"killing 12 soldiers\" per Syrian Observatory for Human Rights [orig]",
        "dead=14 \"killing 14 soldiers\" per Syrian Observatory for Human Rights [copy]"),
        cell(rows.get(0), "figures"), "every report's figure, with its source");
    assertEquals(List.of("dead=14 \"killing 14 soldiers\" per Syrian Observatory for Human"
        + " Rights [a1]"), cell(row(copy), "figures"), "an article's own row lists its figures");
  }

  /**
   * Defect: with dedup, a copy whose death toll came in its second event of the happening gave
   * the story its fatalities, but figures did not list it (only each article's first event's).
   */
  @Test
  void dedupFiguresLeftOutACopysSecondEventOfTheHappening() {
    Event.Actor rebels = actor("Syrian rebels", "REB");
    Event.Actor army = actor("government forces", "MIL");
    Event.When day = new Event.When("2024-03-04", null, null, "sentence");
    Event.Acled clash = new Event.Acled("Battles", "Armed clash");
    Event first = event("ASSAULT", clash, List.of(rebels), List.of(army), TADMUR, day,
        List.of(dead(14)));
    Event copyA = event("ASSAULT", clash, List.of(rebels), List.of(army), TADMUR, day, List.of());
    Event copyB = event("ASSAULT", clash, List.of(rebels), List.of(army), TADMUR, day,
        List.of(dead(12)));
    copyB = new Event("e2", copyB.type(), null, copyB.acled(), copyB.actors(),
        copyB.recipients(), copyB.place(), copyB.date(), copyB.counts(), List.of(), List.of(),
        "happened", 0.8);
    Article copy = article("copy", "2024-03-05T10:00:00Z", copyA);
    copy = copy.withLayers(copy.layers().withEvents(List.of(copyA, copyB)));
    List<Object[]> rows = new java.util.ArrayList<>();
    EventRows er = new EventRows(true, EventRows.Keep.ALL, (id, a, e, row) -> rows.add(row));
    er.add("copy", "s1", copy);
    er.add("orig", "s1", article("orig", "2024-03-04T10:00:00Z", first));
    er.finish();
    assertEquals(1, rows.size(), "one story event");
    assertEquals(12L, cell(rows.get(0), "fatalities"));
    assertEquals(List.of(
        "dead=14 \"killing 14 soldiers\" per Syrian Observatory for Human Rights [orig]",
        "dead=12 \"killing 12 soldiers\" per Syrian Observatory for Human Rights [copy]"),
        cell(rows.get(0), "figures"), "the 12 is listed with the article that gives it");
    assertEquals(List.of("orig", "copy"), cell(rows.get(0), "sources"), "one source an article");
  }

  /**
   * Defect: tags held "crowd size=More than 5,000 militants" of a battle and "crowd size=two
   * people" of an accusation; ACLED gives a crowd size to demonstrations only.
   */
  @Test
  void crowdSizeTagHeldCountsOfMilitantsAndOfEventsThatAreNoProtests() {
    Event.Count militants = new Event.Count("size", 5000.0, null, "More than 5,000 militants",
        null, "Russian Defense Ministry");
    Object[] battle = row(event("ASSAULT", new Event.Acled("Battles", "Armed clash"),
        List.of(actor("Islamic State militants", "REB")), List.of(), TADMUR, null,
        List.of(militants)));
    assertNull(cell(battle, "tags"));
    assertEquals(List.of("size=5000 \"More than 5,000 militants\" per Russian Defense Ministry"
        + " [a1]"), cell(battle, "figures"), "the count is Sitrep's figure");
    Object[] accuse = row(event("ACCUSE", null, List.of(actor("Attorney General", "GOV")),
        List.of(), null, null, List.of(new Event.Count("size", 2.0, 2.0, "two people", null,
            null))));
    assertNull(cell(accuse, "tags"), "no crowd outside a demonstration");
    Object[] armedProtest = row(event("PROTEST", new Event.Acled("Protests", "Peaceful protest"),
        List.of(actor("crowd", null)), List.of(), TADMUR, null, List.of(new Event.Count("size",
            4000.0, 4000.0, "some 4,000 terrorists", null, null), new Event.Count("size", 300.0,
            300.0, "about 300 people", null, null))));
    assertEquals(List.of("crowd size=about 300 people"), cell(armedProtest, "tags"),
        "only a count of people protesting");
    Object[] riot = row(event("PROTEST", new Event.Acled("Riots", "Violent demonstration"),
        List.of(actor("rioters", null)), List.of(), TADMUR, null,
        List.of(new Event.Count("size", 100.0, 100.0, "hundreds", null, null))));
    assertEquals(List.of("crowd size=hundreds"), cell(riot, "tags"));
  }

  /** Defect: interaction was 70 with actor1 unknown and inter2 7 (a sole actor's code). */
  @Test
  void interactionWasCodedWithActor1Unknown() {
    Object[] r = row(event("ASSAULT", new Event.Acled("Violence against civilians", "Attack"),
        List.of(actor("gunmen nobody named", null)), List.of(actor("villagers", "CVL")),
        TADMUR, null, List.of()));
    assertNull(cell(r, "inter1"));
    assertEquals(7L, cell(r, "inter2"));
    assertNull(cell(r, "interaction"), "cannot be coded without actor1's code");
    Object[] noActor = row(event("ASSAULT", new Event.Acled("Violence against civilians",
        "Attack"), List.of(), List.of(actor("villagers", "CVL")), TADMUR, null, List.of()));
    assertNull(cell(noActor, "interaction"));
    Object[] unknownTarget = row(event("ASSAULT", new Event.Acled("Battles", "Armed clash"),
        List.of(actor("IS", "REB")), List.of(actor("someone", null)), TADMUR, null, List.of()));
    assertNull(cell(unknownTarget, "interaction"), "an actor2 of unknown code is no sole actor");
    assertEquals(17L, Acled.interaction(7L, 1L, true), "smaller first");
    assertEquals(20L, Acled.interaction(2L, null, false), "sole actor: X0");
  }

  /** Defect: actor2 of an armed clash held a place ("Palmyra"). */
  @Test
  void actor2HeldAPlace() throws Exception {
    Article a = Json.mapper().readValue(ARTICLE, Article.class);
    Event e = event("ASSAULT", new Event.Acled("Battles", "Armed clash"),
        List.of(actor("Islamic State militants", "REB")),
        List.of(actor("Palmyra", null), actor("Syrian forces", "MIL")), TADMUR, null, List.of());
    Object[] r = Tables.event(e, a, null);
    assertEquals("Syrian forces", cell(r, "actor2"));
    assertEquals(1L, cell(r, "inter2"));
    assertEquals(12L, cell(r, "interaction"));
    assertEquals("Tadmur", cell(r, "location"), "the place stays the location");
    Event byEntity = event("ASSAULT", null, List.of(actor("IS", "REB")),
        List.of(new Event.Actor(0, "the ancient city", null, null, null)), null, null, List.of());
    assertNull(cell(Tables.event(byEntity, a, null), "actor2"), "an entity of type LOCATION");
    Event army = event("ASSAULT", null, List.of(actor("IS", "REB")),
        List.of(actor("Syria", "GOV")), null, null, List.of());
    assertEquals("Syria", cell(Tables.event(army, a, null), "actor2"),
        "a government the lexicon knows is an actor");
  }

  /** Defect guarded: civilian_targeting set outside ACLED's political violence on civilians. */
  @Test
  void civilianTargetingWasSetWhereverActor2WasCivilians() {
    Event.Actor civilians = actor("civilians", "CVL");
    Object[] strike = row(event("ASSAULT", new Event.Acled("Explosions/Remote violence",
        "Air/drone strike"), List.of(actor("Russian jets", "MIL")), List.of(civilians), TADMUR,
        null, List.of()));
    assertEquals("Civilian targeting", cell(strike, "civilian_targeting"));
    Object[] arrest = row(event("COERCE", new Event.Acled("Strategic developments", "Arrests"),
        List.of(actor("police", "COP")), List.of(civilians), TADMUR, null, List.of()));
    assertNull(cell(arrest, "civilian_targeting"), "a strategic development targets no one");
    Object[] accuse = row(event("ACCUSE", null, List.of(actor("minister", "GOV")),
        List.of(civilians), TADMUR, null, List.of()));
    assertNull(cell(accuse, "civilian_targeting"), "outside ACLED's scope");
    Object[] attack = row(event("ASSAULT", new Event.Acled("Violence against civilians",
        "Abduction/forced disappearance"), List.of(actor("gunmen", "UAF")),
        List.of(actor("a journalist", null)), TADMUR, null, List.of()));
    assertEquals("Civilian targeting", cell(attack, "civilian_targeting"),
        "violence against civilians is civilian targeting");
  }
}
