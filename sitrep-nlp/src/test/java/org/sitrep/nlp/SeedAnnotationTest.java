package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateMention;
import org.sitrep.model.Entity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;

/** The annotation issue's bar on the mission's seed page. */
@Tag("corenlp")
class SeedAnnotationTest {
  private final Article a = Annotated.of("palmyra-scraped.txt");

  @Test
  void islamicStateIsOneOrganisationUnderAllItsNames() {
    Entity is = Annotated.entity(a, "Islamic State");
    assertEquals("ORGANIZATION", is.type());
    assertTrue(is.aliases().containsAll(List.of("Islamic State", "IS", "ISIS")), is.toString());
    assertSame(is.id(), Annotated.entity(a, "IS").id());
    Entity fighters = Annotated.entity(a, "IS fighters");
    assertEquals("GROUP", fighters.type());
    assertEquals("Islamic State", fighters.organization(), "the head of 'IS fighters' is IS");
  }

  @Test
  void raqqaIsOnePlace() {
    Entity raqqa = Annotated.entity(a, "Raqqa");
    assertEquals("LOCATION", raqqa.type());
    assertTrue(raqqa.aliases().contains("Al-Raqqah"), raqqa.toString());
    Entity deir = Annotated.entity(a, "Deir ez-Zor");
    assertEquals("LOCATION", deir.type());
  }

  @Test
  void konashenkovIsOnePersonWithRoleAndOrganisation() {
    Entity k = Annotated.entity(a, "Konashenkov");
    assertEquals("PERSON", k.type());
    assertTrue(k.aliases().containsAll(List.of("Konashenkov", "Major-General Igor Konashenkov",
        "the ministry spokesman")), k.toString());
    assertEquals("Igor Konashenkov", k.name());
    assertEquals("spokesman", k.role());
    assertEquals("Russian Defense Ministry", k.organization());
    Entity ministry = Annotated.entity(a, "Russian Defense Ministry");
    assertTrue(ministry.aliases().containsAll(List.of("the defense ministry",
        "the Russian ministry")), ministry.toString());
  }

  @Test
  void groupsAreMentions() {
    List<String> groups = Annotated.mentions(a, "GROUP").stream().map(m -> m.text()).toList();
    assertTrue(groups.containsAll(List.of("jihadists", "Syrian forces", "IS fighters",
        "terrorists", "militants")), groups.toString());
  }

  @Test
  void everyQuotationHasItsSpeaker() {
    int konashenkov = Annotated.entity(a, "Konashenkov").id();
    // The seed's five quotations, all Konashenkov's ("unhampered" and "break" are terms).
    List<String> starts = List.of("Seizing on the suspension", "used that to reinforce their "
        + "attacks", "More than 5,000 militants", "It is obvious", "use it to regroup and strike");
    List<Quote> quotes = a.layers().quotes();
    assertEquals(starts.size(), quotes.size(), quotes.toString());
    for (int i = 0; i < starts.size(); i++) {
      assertTrue(quotes.get(i).text().startsWith(starts.get(i)), quotes.get(i).toString());
      assertEquals(konashenkov, quotes.get(i).speaker(), quotes.get(i).toString());
    }
    assertEquals("pronoun", Annotated.quote(a, "It is obvious").via());
    Quote first = Annotated.quote(a, "Seizing on the suspension");
    assertTrue(first.attribution().of(a.text()).endsWith("Konashenkov said"),
        first.attribution().of(a.text()));
  }

  @Test
  void scareQuotesWereQuotationsWithASpeaker() {
    // "After arriving “unhampered” in Deir ez-Zor", "no “break” should be ever given": the
    // writer's words in quotation marks, no one's speech.
    assertEquals(List.of("“unhampered”", "“break”"),
        a.layers().terms().stream().map(t -> t.of(a.text())).toList());
  }

  @Test
  void possessiveStayedInTheSpeakersName() {
    // "Russia’s military official said": the official of Russia, not a name with "’s".
    List<String> names = a.layers().claims().stream().map(c -> c.claimantName()).toList();
    assertTrue(names.contains("the military official of Russia"), names.toString());
    assertTrue(names.stream().noneMatch(n -> n.contains("’s") || n.contains("'s")),
        names.toString());
  }

  @Test
  void theFirstCountIsAlsoAClaimOfTheMinistry() {
    int ministry = Annotated.entity(a, "Russian Defense Ministry").id();
    assertTrue(a.layers().claims().stream().anyMatch(c -> c.content().contains(
        "some 4,000 terrorists") && Integer.valueOf(ministry).equals(c.claimant())
        && c.cue().of(a.text()).equals("said")), a.layers().claims().toString());
  }

  @Test
  void bothCountsWithBoundsAndClaimSource() {
    List<Quantity> qs = a.layers().quantities();
    Quantity some = qs.stream().filter(q -> q.value() == 4000).findFirst().orElseThrow();
    assertEquals("approx", some.bound());
    assertEquals("terrorists", some.counts());
    assertEquals("some 4,000 terrorists", some.text());
    assertEquals("Russian Defense Ministry", some.claimedByName());
    Quantity more = qs.stream().filter(q -> q.value() == 5000).findFirst().orElseThrow();
    assertEquals("more-than", more.bound());
    assertEquals(5000.0, more.low());
    assertNull(more.high());
    assertEquals("militants", more.counts());
    assertEquals("Igor Konashenkov", more.claimedByName());
    assertEquals(2, qs.size(), qs.toString());
  }

  @Test
  void datesStayRelativeWithoutAPublicationDate() {
    List<String> texts = a.layers().dates().stream().map(DateMention::text).toList();
    assertEquals(List.of("till spring", "on Monday", "last Thursday"), texts);
    for (DateMention d : a.layers().dates()) {
      assertTrue(d.relative());
      assertNull(d.value());
    }
  }

  @Test
  void spansPointIntoTheText() {
    a.layers().mentions().forEach(m -> assertEquals(m.text(), m.span().of(a.text())));
    a.layers().quantities().forEach(q -> assertEquals(q.text(), q.span().of(a.text())));
    assertFalse(a.layers().tokens().isEmpty());
  }
}
