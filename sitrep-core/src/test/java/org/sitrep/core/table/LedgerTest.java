package org.sitrep.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Json;
import org.sitrep.model.Layers;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

class LedgerTest {
  /** An article of {@code site} whose text holds {@code figure} said by the ministry. */
  static Article said(String id, String site, String figure, double value, String bound,
                      Double low, String counts) {
    String text = figure + " moved on Palmyra, the Russian Defense Ministry said.";
    int at = text.indexOf(counts);
    Quantity q = new Quantity(new Span(0, figure.length()), figure, value, bound, low, null,
        counts, new Span(at, at + counts.length()), 0, "Russian Defense Ministry", null, null);
    Entity ministry = new Entity(0, "ORGANIZATION", "Russian Defense Ministry",
        List.of("Russian Defense Ministry"), null, null, List.of(0));
    Claim c = new Claim(new Span(0, text.indexOf(" moved") + " moved on Palmyra".length()),
        text.substring(0, text.indexOf(",")), 0, "Russian Defense Ministry", null, null, null,
        "name", null, null, 0.9);
    Layers layers = new Layers(null, List.of(new Span(0, text.length())), null, null,
        List.of(ministry), null, List.of(q), null, null, null, List.of(c), null, null);
    return new Article(Article.SCHEMA_VERSION, id, "https://" + site + "/" + id,
        "https://" + site + "/" + id, site, "New ISIS offensive on Palmyra", null, List.of(),
        null, null, null, "en", text, List.of(), Map.of(), layers);
  }

  private static List<Ledger.Row> counts(List<Ledger.Row> rows) {
    return rows.stream().filter(r -> r.kind().equals("count")).toList();
  }

  @Test
  void conflictingFiguresOfOneThingStayTwoRowsSideBySide() {
    List<Ledger.Row> rows = Ledger.rows("s1", List.of(
        said("b", "b.example", "more than 5,000 militants", 5000, "more", 5000.0, "militants"),
        said("a", "a.example", "some 4,000 militants", 4000, "approx", null, "militants")));
    List<Ledger.Row> counts = counts(rows);
    assertEquals(2, counts.size(), "never averaged or merged: " + rows);
    assertEquals("militant", counts.get(0).figureGroup());
    assertEquals(counts.get(0).figureGroup(), counts.get(1).figureGroup(), "one thing counted");
    assertEquals(4000.0, counts.get(0).value(), "sorted by value within the group");
    assertEquals(List.of("a.example"), counts.get(0).outlets());
    assertEquals(5000.0, counts.get(1).value());
    assertEquals(List.of("b.example"), counts.get(1).outlets());
    assertEquals("Russian Defense Ministry", counts.get(1).claimant());
    assertEquals("more than 5,000 militants moved on Palmyra, the Russian Defense Ministry said.",
        counts.get(1).sentence());
  }

  @Test
  void theSameFigureFromTwoOutletsIsOneRowListingBoth() {
    List<Ledger.Row> rows = Ledger.rows("s1", List.of(
        said("a", "a.example", "some 4,000 terrorists", 4000, "approx", null, "terrorists"),
        said("b", "b.example", "some 4,000 terrorists", 4000, "approx", null, "terrorists")));
    List<Ledger.Row> counts = counts(rows);
    assertEquals(1, counts.size(), rows.toString());
    assertEquals(List.of("a.example", "b.example"), counts.get(0).outlets());
    assertEquals(List.of("a", "b"), counts.get(0).articleIds());
    assertEquals(List.of("https://a.example/a", "https://b.example/b"), counts.get(0).urls());
    // The claim that holds the count collapses the same way, and lends the count its via.
    List<Ledger.Row> claims = rows.stream().filter(r -> r.kind().equals("claim")).toList();
    assertEquals(1, claims.size(), rows.toString());
    assertEquals(List.of("a.example", "b.example"), claims.get(0).outlets());
    assertEquals("name", counts.get(0).via());
    assertEquals(0.9, counts.get(0).confidence());
  }

  @Test
  void aQuotationWithoutASpeakerIsLeftOutAndOneWithItIsListed() {
    Article a = said("a", "a.example", "some 4,000 terrorists", 4000, "approx", null,
        "terrorists");
    Layers withQuotes = new Layers(a.layers().done(), a.layers().sentences(), null, null,
        a.layers().entities(), List.of(
            new Quote(new Span(0, 5), "“Some”", null, null, null, null),
            new Quote(new Span(0, 10), "“Some 4,000”", null, "the ministry spokesman", null,
                "description", null, 0, "Russian Defense Ministry", 0.7)),
        a.layers().quantities(), null, null, null, a.layers().claims(), null, null);
    List<Ledger.Row> rows = Ledger.rows("s1", List.of(a.withLayers(withQuotes)));
    List<Ledger.Row> quotes = rows.stream().filter(r -> r.kind().equals("quote")).toList();
    assertEquals(1, quotes.size(), rows.toString());
    assertEquals("the ministry spokesman", quotes.get(0).claimant());
    assertEquals("Russian Defense Ministry", quotes.get(0).organization());
    assertEquals(List.of("count", "claim", "quote"),
        rows.stream().map(Ledger.Row::kind).toList(), "counts, then claims, then quotations");
  }

  @Test
  void pluralsInEsWereChoppedToLauncheAndWitnesse_theyAreSingular() {
    assertEquals("launch", Ledger.singular("launches"));
    assertEquals("witness", Ledger.singular("witnesses"));
    assertEquals("militia", Ledger.singular("militias"));
    assertEquals("casualty", Ledger.singular("casualties"));
  }

  @Test
  void sharesOfDifferentThingsWereOneGroup_aShareIsGroupedByWhatItMeasures() {
    Quantity hills = new Quantity(null, "14 percent", 14, null, null, null, "hilly areas", null,
        null, null, "percent", "percentage");
    Quantity plains = new Quantity(null, "65 percent", 65, null, null, null, "plains", null,
        null, null, "percent", "percentage");
    assertNotEquals(Ledger.figureGroup(hills), Ledger.figureGroup(plains));
    assertEquals("percentage:percent:area", Ledger.figureGroup(hills));
  }

  @Test
  void aFigureGroupIsTheCategoryElseTheSingularHead() {
    assertEquals("terrorist", Ledger.figureGroup(new Quantity(null, "some 4,000 terrorists",
        4000, "approx", null, null, "terrorists armed with heavy weapons", null, null, null, null,
        null)));
    assertEquals("killed", Ledger.figureGroup(new Quantity(null, "12 people", 12, null, null,
        null, "people", null, null, null, null, "killed")));
    assertEquals("count", Ledger.figureGroup(new Quantity(null, "12", 12, null, null, null,
        null, null, null, null, null, null)));
  }

  @Test
  void aRowsJsonNamesAreTheCsvColumns() throws Exception {
    Ledger.Row r = counts(Ledger.rows("s1", List.of(said("a", "a.example",
        "some 4,000 terrorists", 4000, "approx", null, "terrorists")))).get(0);
    java.util.Map<?, ?> json = Json.mapper().readValue(Json.line(r), java.util.Map.class);
    for (Object name : json.keySet()) {
      assertTrue(Ledger.LEDGER.columnNames().contains(name), String.valueOf(name));
    }
    assertEquals("terrorist", json.get("figure_group"));
    assertEquals(Ledger.LEDGER.columns().size(), r.cells().length);
    assertNull(r.high());
  }

  @Test
  void anOutletIsTheSiteElseTheHostElseTheFileName() {
    Article a = said("a", "a.example", "some 4,000 terrorists", 4000, "approx", null,
        "terrorists");
    assertEquals("a.example", Ledger.outlet(a));
    Article file = Article.ofText("f", "/tmp/pages/palmyra-copy.txt", "x", "en");
    assertEquals("palmyra-copy.txt", Ledger.outlet(file));
    // A page without a URL has no urls at all, not an empty list.
    Article noUrl = new Article(Article.SCHEMA_VERSION, "n", "pages/n.txt", null, null, null,
        null, List.of(), null, null, null, "en", a.text(), List.of(), Map.of(), a.layers());
    Ledger.Row r = Ledger.rows("s", List.of(noUrl)).get(0);
    assertNull(r.urls());
    assertEquals(List.of("n.txt"), r.outlets());
  }
}
