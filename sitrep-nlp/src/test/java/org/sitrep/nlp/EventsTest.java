package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.model.Span;

/** The events issue's bar on the seed page, and the rules that carry it on other sentences. */
@Tag("corenlp")
class EventsTest {
  private final Article seed = Annotated.of("palmyra-scraped.txt");

  private static Article annotate(String text) {
    Object out = Annotator.pipeline().run(Article.ofText("t", "t", text, "en"));
    if (out instanceof Failure f) {
      throw new AssertionError("annotation failed: " + f);
    }
    return (Article) out;
  }

  private static List<Event> happened(Article a) {
    return a.layers().events().stream().filter(Event::happened).toList();
  }

  private static Event only(Article a, String type) {
    List<Event> of = happened(a).stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, of.size(), type + " in " + a.layers().events());
    return of.get(0);
  }

  private static boolean names(List<Event.Actor> actors, String words) {
    return actors.stream().anyMatch(x -> x.name() != null && x.name().contains(words));
  }

  @Test
  void seedAssaultOnPalmyraByIslamicStateClaimedByTheMinistry() {
    Event e = only(seed, "ASSAULT");
    Entity is = Annotated.entity(seed, "Islamic State");
    assertTrue(e.actors().stream().anyMatch(x -> x.entity() != null && (x.entity() == is.id()
        || "Islamic State".equals(entity(x.entity()).organization()))), e.actors().toString());
    assertTrue(e.recipients().stream().anyMatch(r -> "SYR".equals(r.country())
        && "MIL".equals(r.sector())), "Syrian government forces: " + e.recipients());
    assertNotNull(e.place());
    assertEquals("Tadmur", e.place().resolved());
    assertEquals("SYR", e.place().countryCode());
    assertTrue(e.counts().stream().anyMatch(c -> c.kind().equals("size") && c.low() >= 5000),
        e.counts().toString());
    List<String> claimants = e.claimedBy().stream().map(Event.Claimant::name).toList();
    assertTrue(claimants.contains("Igor Konashenkov") || claimants.contains("Russian Defense Ministry"),
        claimants.toString());
    assertTrue(e.evidence().size() >= 2, "one assault told in several sentences: " + e.evidence());
    for (Event.Evidence ev : e.evidence()) {
      inside(ev.sentence());
      inside(ev.trigger());
      assertTrue(ev.sentence().start() <= ev.trigger().start()
          && ev.trigger().end() <= ev.sentence().end());
      assertEquals(ev.triggerText(), ev.trigger().of(seed.text()));
    }
    assertEquals("Battles", e.acled().eventType());
  }

  private Entity entity(int id) {
    return seed.layers().entities().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
  }

  private void inside(Span s) {
    assertTrue(s.start() >= 0 && s.end() <= seed.text().length() && s.start() < s.end(), s.toString());
  }

  @Test
  void seedMovementOfFourThousandFightersIsAMobilisationClaimedByTheMinistry() {
    Event e = only(seed, "MOBILIZE");
    assertTrue(e.counts().stream().anyMatch(c -> c.kind().equals("size") && c.low() == 4000),
        e.counts().toString());
    assertTrue(e.claimedBy().stream().anyMatch(c -> "Russian Defense Ministry".equals(c.name())),
        e.claimedBy().toString());
    assertTrue(e.evidence().get(0).sentence().of(seed.text()).contains("Mosul"));
  }

  @Test
  void seedOpinionsAndRefusalsAreNoEvents() {
    for (Event e : happened(seed)) {
      for (Event.Evidence ev : e.evidence()) {
        String s = ev.sentence().of(seed.text());
        assertFalse(s.contains("no “break” should be ever given"), "an opinion: " + e);
      }
    }
    // "Russia will not conduct airstrikes": stated, but negated
    assertTrue(seed.layers().events().stream().filter(e -> !e.happened())
        .anyMatch(e -> e.status().equals("negated")), seed.layers().events().toString());
  }

  @Test
  void saidTheyWouldIsAThreat() {
    Event e = only(annotate("Palestinian leaders said they would boycott all official contact "
        + "with the United States."), "THREATEN");
    assertTrue(names(e.actors(), "Palestinian leaders"), e.actors().toString());
    assertEquals("PSE", e.actors().get(0).country());
    assertEquals("GOV", e.actors().get(0).sector());
  }

  @Test
  void saidXMustIsARequestOfTheSpeakerToX() {
    Event e = only(annotate("Russia said on Tuesday that Sudan must return a Mi-26 helicopter "
        + "that was captured by the Sudanese authorities last week."), "REQUEST");
    assertTrue(names(e.actors(), "Russia"), e.actors().toString());
    assertTrue(names(e.recipients(), "Sudan"), e.recipients().toString());
  }

  @Test
  void negatedAndHypotheticalEventsDidNotHappen() {
    assertTrue(happened(annotate("The army did not attack the village on Monday.")).isEmpty());
    List<Event> all = annotate("Rebels could attack the capital next week, analysts said.")
        .layers().events();
    assertTrue(all.stream().noneMatch(Event::happened), all.toString());
  }

  @Test
  void arrestsWithTheirCountAndAcledType() {
    Event e = only(annotate("Kenyan police arrested 30 suspected gang members in Nairobi on Monday."),
        "COERCE");
    assertEquals("arrest", e.mode());
    assertEquals("Arrests", e.acled().subEventType());
    assertTrue(names(e.actors(), "police"), e.actors().toString());
    assertEquals("COP", e.actors().get(0).sector());
    assertEquals("KEN", e.actors().get(0).country());
  }

  @Test
  void airStrikeKillingCiviliansIsRemoteViolenceWithItsDead() {
    Event e = only(annotate("Syrian government warplanes killed 12 civilians in an air strike "
        + "on the town of Saraqeb on Sunday, a monitoring group said."), "ASSAULT");
    assertEquals("Air/drone strike", e.acled().subEventType());
    assertTrue(e.counts().stream().anyMatch(c -> c.kind().equals("dead") && c.low() == 12),
        e.counts().toString());
    assertEquals(1, e.claimedBy().size(), e.toString());
  }

  @Test
  void statementsAreNoEvents() {
    assertTrue(happened(annotate("The minister said the economy was doing well and that "
        + "growth would continue.")).isEmpty());
  }

  @Test
  void acledSubEventTypesOnNotesStyleSnippets() throws Exception {
    // Snippets written for Sitrep in the style of ACLED's event notes, every sub-type that can
    // be read from one sentence; the rules were written with the first file in view and fixed on
    // the second after measuring it (README "Measured here" gives the first measure).
    for (String f : List.of("acled-style.jsonl", "acled-style-heldout.jsonl")) {
      java.nio.file.Path p = java.nio.file.Path.of(getClass().getResource("/events/" + f).toURI());
      var s = new org.sitrep.nlp.events.EventEval(Annotator.pipeline()).run(p);
      assertEquals(0, s.type().gold(), "no PLOVER gold in " + f);
      assertTrue(s.acledLines() >= 30, f);
      assertTrue(s.acledWeightedF1() >= 0.9, f + ": " + s.acledWeightedF1() + " "
          + s.lines().stream().map(l -> l.gold() + " / " + l.predicted()).toList());
    }
  }
}
