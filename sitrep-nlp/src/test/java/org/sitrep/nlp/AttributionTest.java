package org.sitrep.nlp;

import org.sitrep.nlp.mention.Lexicon;
import org.sitrep.nlp.attribution.QuoteStage;
import org.sitrep.nlp.attribution.Cues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Quote;

/**
 * Each attribution pattern on real sentences from PolNeAR's train split (Newell, Margolin &amp;
 * Ruths 2018; news text of 2015–16, no licence stated, quoted here as short excerpts for
 * testing only, see src/test/resources/README.md). A sentence or two of context is added
 * where the excerpt needs a named speaker.
 */
@Tag("corenlp")
class AttributionTest {
  private static Article annotate(String text) {
    return (Article) Annotator.pipeline().run(Article.ofText("t", "t", text, "en"));
  }

  private static Quote quote(Article a, String start) {
    return a.layers().quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote " + start + " in " + a.layers().quotes()));
  }

  /** The claim cued by {@code cue} (its words as written). */
  private static Claim cued(Article a, String cue) {
    return a.layers().claims().stream().filter(c -> c.cue().of(a.text()).equals(cue))
        .findFirst().orElseThrow(() -> new AssertionError("no claim cued by " + cue + " in "
            + a.layers().claims()));
  }

  private static Claim claim(Article a, String start) {
    return a.layers().claims().stream().filter(c -> c.content().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim " + start + " in " + a.layers().claims()));
  }

  @Test
  void invertedSaidThenAParagraphThatContinues() {
    Article a = annotate("Former ambassador John Bolton spoke to Breitbart News Daily.\n\n"
        + "“Unless she’s indicted, it will be Hillary Clinton,” said Bolton.\n\n"
        + "“One of the things that’s misunderstood, even among conservatives, is exactly where "
        + "Hillary is on national security issues,” he continued. “There’s this myth.”");
    assertEquals("John Bolton", quote(a, "Unless she").speakerName());
    assertEquals("John Bolton", quote(a, "One of the things").speakerName());
    Quote myth = quote(a, "There’s this myth");
    assertEquals("John Bolton", myth.speakerName());
    assertEquals("continued", myth.via());
  }

  @Test
  void colonIntroducesTheNextParagraph() {
    Article a = annotate("Ted Cruz attacked the moderators at the debate.\n\nCruz continued:\n\n"
        + "“You look at the questions: Donald Trump, are you a comic book villain? Ben Carson, "
        + "can you do math?”");
    assertEquals("Ted Cruz", quote(a, "You look at the questions").speakerName());
  }

  @Test
  void sheIsTheWomanNotTheNearestMan() {
    Article a = annotate("Hillary Clinton said her and Tom Harkin’s views were both changed by "
        + "the Vietnam War. Despite her conservative upbringing, she said she can’t make sense of "
        + "where Republican Party is today. “Barry Goldwater wouldn’t recognize it,” she said.");
    assertEquals("Hillary Clinton", quote(a, "Barry Goldwater").speakerName());
  }

  @Test
  void appositionNamesThePersonNotTheEmployer() {
    Article a = annotate("Eswar Prasad, a professor of international economics at Cornell "
        + "University, said financial integration had clearly amplified the Fed’s role in the "
        + "global economy.");
    Claim c = claim(a, "financial integration");
    assertEquals("Eswar Prasad", c.claimantName());
    assertEquals("said", c.cue().of(a.text()));
  }

  @Test
  void aVerbOfStanceLearntFromTrainClaimsItsObject() {
    // "defended" is in no hand-made list: the cue table learnt from PolNeAR's train split has
    // it as an attribution in most of its occurrences, and its object is what is claimed.
    assertTrue(Lexicon.LEARNT_CUES.getOrDefault("defended", 0.0) >= Cues.LEARNT_SHARE);
    Article a = annotate("Sen. Bernie Sanders (I-Vt.) defended his call to raise the federal "
        + "minimum wage to $15 an hour.");
    Claim c = cued(a, "defended");
    assertTrue(c.content().contains("to raise the federal minimum wage"), c.content());
    assertEquals("Bernie Sanders", c.claimantName());
    assertEquals("defended", c.cue().of(a.text()));
    // A common word that is rarely an attribution stays out of the table.
    assertTrue(Lexicon.LEARNT_CUES.getOrDefault("made", 0.0) < Cues.LEARNT_SHARE);
  }

  @Test
  void aVerbOfStanceClaimsItsObjectWithWhatThePredicateSaysOfIt() {
    // The object alone ("Alphabet", "it") says little; the predicate says what is claimed.
    Article a = annotate("Mark Mahaney is an analyst at RBC Capital Markets. Mr. Mahaney cited "
        + "Alphabet as the most likely buyer.");
    Claim c = claim(a, "Alphabet");
    assertEquals("Alphabet as the most likely buyer", c.content());
    assertEquals("Mark Mahaney", c.claimantName());
    // A named object is a claim of its own; a parenthetical quotation stays the quotes layer's.
    Article b = annotate("Ben Carson dropped out of the race. Mr. Carson endorsed Mr. Trump.");
    assertEquals("Ben Carson", claim(b, "Mr. Trump").claimantName());
    Article d = annotate("Clinton, the former secretary of State, stressed her support of the "
        + "2011 raid that killed Osama bin Laden: \"It was the right call.\"");
    assertTrue(claim(d, "her support of the 2011 raid").content().endsWith("bin Laden"),
        d.layers().claims().toString());
  }

  @Test
  void aVerbOfBeliefIsReadWithoutAVerbOfSayingNearIt() {
    // PolNeAR train: "But most Republicans agreed they had no real recourse at this point."
    // No verb of saying in the sentence; the belief is still the Republicans'.
    Article a = annotate("But most Republicans agreed they had no real recourse at this point.");
    Claim c = claim(a, "they had no real recourse");
    assertEquals("agreed", c.cue().of(a.text()));
    assertEquals("most Republicans", c.claimantName());
    // A verb of knowing is a claim of its subject too (a sentence of our own).
    Article b = annotate("Republican leaders know the bill cannot pass the Senate.");
    assertEquals("Republican leaders", claim(b, "the bill cannot pass").claimantName());
  }

  @Test
  void aParticipleWithAnAgentClaimsThePhraseItDescribes() {
    // A sentence of our own.
    Article a = annotate("The bill, endorsed by the Chamber of Commerce, passed the Senate on "
        + "Friday.");
    Claim c = cued(a, "endorsed");
    assertEquals("The bill", c.content());
    assertEquals("Chamber of Commerce", c.claimantName());
  }

  @Test
  void anInvertedVerbOfSayingWithADescribedSpeaker() {
    // PolNeAR train: "“She didn’t like that,” said a 2008 Clinton veteran." The speaker
    // follows the verb as its object in the parse; the words that describe them are cited.
    Article a = annotate("“She didn’t like that,” said a 2008 Clinton veteran.");
    Quote q = quote(a, "She didn’t like that");
    assertNotNull(q.speakerSpan(), a.layers().quotes().toString());
    assertTrue(q.speakerSpan().start() > a.text().indexOf("said"), q.toString());
  }

  @Test
  void cueWordsWhoseClaimsWereRarelyRightOnTrainAreLeftOut() {
    // "appears" cues attributions in PolNeAR, but Sitrep's claims on it were right in few
    // cases of train (attribution/claim-precision.tsv, built by `sitrep train claims`).
    assertTrue(Lexicon.CLAIM_PRECISION.get("appears") < Cues.minClaimPrecision());
    assertTrue(Lexicon.CLAIM_PRECISION.get("said") >= Cues.minClaimPrecision());
    String text = "Senator Mark Warner appears to have won the support of his party.";
    assertTrue(annotate(text).layers().claims().isEmpty());
    String before = System.getProperty("sitrep.claims.precision");
    System.setProperty("sitrep.claims.precision", "0");
    try {
      Article a = annotate(text);
      assertEquals("Mark Warner", claim(a, "to have won").claimantName());
    } finally {
      if (before == null) {
        System.clearProperty("sitrep.claims.precision");
      } else {
        System.setProperty("sitrep.claims.precision", before);
      }
    }
  }

  @Test
  void aRelativeClauseOnAnAppositionIsTheNamedPersons() {
    Article a = annotate("Guerrero, a Republican who described himself as a religious "
        + "Catholic, said he recoiled.");
    Claim c = claim(a, "himself as a religious Catholic");
    assertEquals("Guerrero", c.claimantName());
    assertEquals("who", c.claimantSpan().of(a.text()));
  }

  @Test
  void verbsOfForceAreNoCuesAndSetOffVerbsOfSayingClaimTheirClause() {
    // The seed page's sentence (RT, see the README): "attacked" cues claims in PolNeAR's
    // political news, never here; the claim is the ministry's.
    Article a = annotate("Over the past couple of days, jihadists have attacked Syrian forces "
        + "near Palmyra several times, Russia’s military official said.");
    assertTrue(a.layers().claims().stream().noneMatch(c -> c.cue().of(a.text())
        .equals("attacked")), a.layers().claims().toString());
    assertEquals("said", claim(a, "Over the past couple").cue().of(a.text()));
    // A verb of saying set off inside the clause it reports (a sentence of our own, in the
    // form of one in PolNeAR dev).
    Article b = annotate("Mayor Karen Bass spoke on Monday. But to prevent flooding, she said, "
        + "residents should clear the drains outside their homes.");
    Claim c = claim(b, "residents should clear the drains");
    assertEquals("said", c.cue().of(b.text()));
    assertEquals("Karen Bass", c.claimantName());
  }

  @Test
  void aHeadlineThatOpensWithANameAndAColonIsTheirClaim() {
    // A headline of our own in the form of PolNeAR's ("Pat Caddell: Democrat Voters Worried …").
    Article a = annotate("Konashenkov: Terrorists Used a Break in the Coalition’s Advance\n\n"
        + "Major-General Igor Konashenkov spoke on Monday in Moscow.");
    Claim c = claim(a, "Terrorists Used a Break");
    assertEquals("Igor Konashenkov", c.claimantName());
    assertEquals(":", c.cue().of(a.text()));
    // A colon before a quotation is the quotes layer's.
    Article b = annotate("Igor Konashenkov: “Terrorists used a break in the advance.”");
    assertTrue(b.layers().claims().isEmpty(), b.layers().claims().toString());
  }

  @Test
  void aHeadlinesLabelIsItsSourceAndATrailingSaysNamesOne() {
    // Headlines of PolNeAR's train split, each with the start of its article.
    Article a = annotate("Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket.  "
        + "Wednesday on Fox News Channel's Hannity, Newt Gingrich said Trump had to choose.");
    Claim c = claim(a, "Trump Must Decide");
    assertEquals("Newt Gingrich", c.claimantName());
    assertEquals("Gingrich", c.claimantSpan().of(a.text()));
    Article b = annotate("Poll: Trump and Clinton hold narrow leads in Pennsylvania.  Three "
        + "weeks ahead of the Pennsylvania primary, Donald Trump and Hillary Clinton are holding "
        + "on to single-digit leads.");
    assertEquals("Poll", claim(b, "Trump and Clinton hold").claimantName());
    Article d = annotate("'ISIS Truther' Donald Trump Is Like A Lawyer's Dumbest Client Ever, "
        + "Trevor Noah Says.  Now that Donald Trump has claimed that the founder of the Islamic "
        + "State is President Barack Obama, Trevor Noah has a theory.");
    Claim e = claim(d, "'ISIS Truther'");
    assertEquals("Trevor Noah", e.claimantName());
    assertEquals("Says", e.cue().of(d.text()));
    // A label is nobody's: "Breaking:", "The Latest:".
    Article f = annotate("Breaking: Latest Primary Has Big Impact On Clinton Campaign.  Though "
        + "the primary election did not play out as forecast, Hillary Clinton has won.");
    assertTrue(f.layers().claims().stream().noneMatch(x -> x.cue().of(f.text()).equals(":")),
        f.layers().claims().toString());
  }

  @Test
  void aPassiveVerbOfSayingClaimsItsSubjectForTheAgent() {
    // A sentence of our own in the form of one in PolNeAR dev.
    Article a = annotate("The registration problem at the county office was first reported "
        + "by The Washington Post on Monday.");
    Claim c = claim(a, "The registration problem");
    assertTrue(c.claimantName().contains("Washington Post"), c.toString());
    assertEquals("reported", c.cue().of(a.text()));
  }

  @Test
  void aRelativePronounNamesTheClaimantInItsClause() {
    // A sentence of our own in the form of several in PolNeAR dev: "who" is the word that
    // names the claimant in the clause (PolNeAR marks it as the source), resolved to its head.
    Article a = annotate("Senator Charles Grassley, who said the program needed new rules, met "
        + "the panel on Tuesday.");
    Claim c = claim(a, "the program needed new rules");
    assertTrue(c.claimantName().contains("Grassley"), c.toString());
    assertEquals("who", c.claimantSpan().of(a.text()));
  }

  @Test
  void aClauseWithoutThatMisreadAsTheSubjectOfItsVerb() {
    // Sentences of our own in the forms of PolNeAR dev's: the parser takes "say resources" for
    // the clausal subject of "spent", and "the program" for the object of "say".
    Article a = annotate("Critics say resources could be better spent elsewhere.");
    Claim c = claim(a, "resources could be better spent elsewhere");
    assertEquals("Critics", c.claimantName());
    Article b = annotate("Supporters in Congress say the program, run by the Department of "
        + "Homeland Security, has brought billions of dollars to poor areas.");
    Claim d = claim(b, "the program");
    assertTrue(d.content().endsWith("to poor areas"), d.content());
    assertEquals("say", d.cue().of(b.text()));
  }

  @Test
  void aClaimIsCitedByItsOwnVerbsPronoun() {
    // PolNeAR dev's form (a sentence of our own): the inner "he" cites the claimant of
    // "refused", not the "He" of "He claimed" that stands for the same man.
    Article a = annotate("Donald Trump spoke at the debate. He claimed that paying no taxes was "
        + "smart, although he again refused to pledge to release his tax returns.");
    Claim c = claim(a, "to pledge to release");
    assertEquals("Donald Trump", c.claimantName());
    assertEquals("he", c.claimantSpan().of(a.text()));
    assertEquals("He", claim(a, "paying no taxes").claimantSpan().of(a.text()));
  }

  @Test
  void accordingToADescribedSource() {
    Article a = annotate("Clinton beats Trump by 46 percent to 42 percent, according to the poll.");
    Claim c = claim(a, "Clinton beats Trump");
    assertNull(c.claimant());
    assertEquals("the poll", c.claimantName());
    assertEquals("according to", c.cue().of(a.text()));
  }

  @Test
  void scareQuotesBelongToTheSubjectOfTheVerbOfNaming() {
    Article a = annotate("Senator Ted Cruz called Donald Trump a “pathological liar” on "
        + "Tuesday. Trump tweeted that Cruz was “a nasty guy” and “unstable.”");
    assertEquals("Ted Cruz", quote(a, "pathological liar").speakerName());
    assertEquals("Donald Trump", quote(a, "a nasty guy").speakerName());
  }

  @Test
  void theSubjectOfAnAttributionTailOfItsOwn() {
    Article a = annotate("Senators Jon Tester and David Vitter questioned the bank’s chief.\n\n"
        + "“Why isn’t this crystal clear proof that an entity as big as Wells is too big to "
        + "fail?” Vitter demanded.");
    assertEquals("David Vitter", quote(a, "Why isn’t this").speakerName());
  }

  @Test
  void aCountInsideAClaimTakesItsClaimant() {
    Article a = annotate("The Russian Defense Ministry said some 4,000 terrorists were sent to "
        + "Palmyra from Raqqa.");
    Claim c = claim(a, "some 4,000 terrorists");
    assertNotNull(c.claimant());
    assertTrue(c.claimantName().contains("Defense Ministry"), c.claimantName());
    var count = a.layers().quantities().stream()
        .filter(q -> q.text().contains("4,000")).findFirst().orElseThrow();
    assertEquals(c.claimant(), count.claimedBy());
  }

  @Test
  void aQuotationAfterASentenceAboutAPersonIsTheirs() {
    Article a = annotate("His former business partner, Lawrence Cummings, called him a master "
        + "at bolting together impossible deals. “He showed again and again an ability to put "
        + "together deals that other people couldn’t.”");
    assertEquals("Lawrence Cummings", quote(a, "He showed again").speakerName());
  }

  @Test
  void aDescribedPersonKeepsTheQuotation() {
    Article a = annotate("Ivanka Trump said the plan was fair. Pressed on why it leaves out "
        + "fathers, the 34-year-old mother of three replied, “It’s meant to benefit the mother "
        + "who has given birth to the child.”");
    Quote q = quote(a, "It’s meant to benefit");
    assertTrue(q.speakerSpan() != null && q.speakerSpan().of(a.text()).contains("mother"),
        q.toString());
  }

  @Test
  void aSentenceThatOpensWithTheVerbOfSaying() {
    // Constructed: the form ("Said Ellis: “…”") is rare in the train split.
    Article a = annotate("Tax experts doubt the plan. Said Ellis: “I don’t get the sense she’s "
        + "the least bit interested in tax reform.”");
    Quote q = quote(a, "I don’t get the sense");
    assertEquals("Ellis", q.speakerSpan().of(a.text()));
  }

  @Test
  void aGroupThatChants() {
    Article a = annotate("Protesters marching through the streets chanted “What curfew?” and "
        + "kept going until 2 a.m.");
    Quote q = quote(a, "What curfew");
    assertTrue(q.speakerSpan() != null && q.speakerSpan().of(a.text()).contains("Protesters")
        || q.speakerName() != null && q.speakerName().contains("Protesters"), q.toString());
  }

  @Test
  void nothingToAttributeGivesNoSpeaker() {
    Article a = annotate("The so-called “deep state” is a myth.");
    List<Quote> quotes = a.layers().quotes();
    assertEquals(1, quotes.size());
    assertNull(quotes.get(0).speaker());
    assertNull(quotes.get(0).speakerName());
  }

  @Test
  void titlesOfWorksAreNotQuotations() {
    Article a = annotate("Sanders said on NBC’s “Face the Nation” that the bill, nicknamed the "
        + "“Sunshine Act,” passed the House. “It is a good day,” he said.");
    assertEquals(List.of("It is a good day,"), a.layers().quotes().stream().map(Quote::text)
        .toList());
  }
}
