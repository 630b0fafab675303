package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateMention;
import org.sitrep.model.Quantity;

/** Each layer on three real articles beyond the seed (benchmark pages, see resources/README). */
@Tag("corenlp")
class RealArticlesTest {
  private static final String WEWORK = "pages/06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85.html";
  private static final String NASA = "pages/42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc.html";
  private static final String HITLER = "pages/5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e.html";

  @Test
  void quotesOfTheWeWorkStory() {
    Article a = Annotated.of(WEWORK);
    assertEquals("Marcelo Claure", Annotated.quote(a, "We are going to eliminate").speakerName());
    assertEquals("a WeWork spokesperson", Annotated.quote(a, "We received an inquiry").speakerName());
  }

  @Test
  void quotesOfTheNasaStoryIncludingAppositionAndPronoun() {
    Article a = Annotated.of(NASA);
    assertEquals("Steve Clarke", Annotated.quote(a, "We have a need").speakerName());
    assertEquals("Steve Clarke", Annotated.quote(a, "This is based on our objectives").speakerName());
    assertEquals("pronoun", Annotated.quote(a, "This is based on our objectives").via());
    assertEquals("Brent Sherwood", Annotated.quote(a, "It’s very exciting times").speakerName());
    assertEquals("Michael Sims", Annotated.quote(a, "Space exploration").speakerName());
  }

  @Test
  void quoteOfTheHitlerHouseStory() {
    Article a = Annotated.of(HITLER);
    assertEquals("Wolfgang Peschorn", Annotated.quote(a, "The house's future use").speakerName());
    assertEquals("PERSON", Annotated.entity(a, "Wolfgang Peschorn").type());
    assertTrue(Annotated.entity(a, "Adolf Hitler").aliases().contains("Hitler"));
  }

  @Test
  void entitiesMergeSurnamesAndKeepTypes() {
    Article a = Annotated.of(NASA);
    assertEquals("ORGANIZATION", Annotated.entity(a, "NASA").type());
    Article w = Annotated.of(WEWORK);
    assertTrue(Annotated.entity(w, "Neumann").aliases().size() >= 2,
        Annotated.entity(w, "Neumann").toString());
  }

  @Test
  void countsOfTheWeWorkStory() {
    List<Quantity> qs = Annotated.of(WEWORK).layers().quantities();
    Quantity employees = qs.stream().filter(q -> q.value() == 12500).findFirst().orElseThrow();
    assertEquals("exact", employees.bound());
    assertEquals("employees", employees.counts());
    Quantity thousands = qs.stream().filter(q -> q.text().startsWith("thousands")).findFirst()
        .orElseThrow();
    assertEquals("at-least", thousands.bound());
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("presentation")),
        "a day of the month is not a count: " + qs);
  }

  @Test
  void datesAreAnchoredOnThePublicationDate() {
    Article a = Annotated.of(WEWORK); // published 2019-11-19 (a Tuesday)
    List<DateMention> ds = a.layers().dates();
    DateMention monday = ds.stream().filter(d -> d.text().equals("on Monday")).findFirst()
        .orElseThrow();
    assertEquals("2019-11-18", monday.value());
    assertEquals("2019-11-19", monday.anchor());
    assertTrue(ds.stream().anyMatch(d -> d.text().equals("last month")
        && d.value().equals("2019-10")));
    Article h = Annotated.of(HITLER); // published 2019-11-20 (a Wednesday)
    assertTrue(h.layers().dates().stream().anyMatch(d -> d.text().equals("on Tuesday")
        && d.value().equals("2019-11-19")));
  }
}
