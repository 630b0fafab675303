package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Span;

/**
 * Scare quotes and terms (the writer's words in quotation marks) against quotations, and
 * speakers' names without possessives, on sentences of the seed page and PolNeAR dev.
 */
class TermsTest {
  /** Whether each quotation of the tagged sentences is read as a term. */
  private static List<Boolean> terms(String... sentences) {
    Speech speech = Sieved.speech(sentences);
    return speech.quotes.stream().map(q -> Terms.term(speech, q)).toList();
  }

  @Test
  void scareQuoteInTheWritersSentenceGotASpeaker() {
    // The seed: the ministry's claim, the writer's “unhampered”.
    assertEquals(List.of(true), terms("After/IN arriving/VBG/O/arrive “/`` unhampered/JJ ”/'' "
        + "in/IN Deir/NNP/LOCATION ez-Zor/NNP/LOCATION ,/, some/DT 4,000/CD terrorists/NNS "
        + "moved/VBD/O/move quickly/RB on/IN Palmyra/NNP/LOCATION ,/, the/DT defense/NN "
        + "ministry/NN said/VBD/O/say ./."));
  }

  @Test
  void aTermAmongQuotationsOfTheSameSentenceStaysATerm() {
    // The seed: Konashenkov's two quotations, and the writer's “break” between them.
    assertEquals(List.of(false, true, false), terms("“/`` It/PRP is/VBZ/O/be obvious/JJ ,/, "
        + "”/'' he/PRP said/VBD/O/say ,/, while/IN observing/VBG/O/observe the/DT situation/NN "
        + "in/IN Palmyra/NNP/LOCATION shows/VBZ/O/show that/IN no/DT “/`` break/NN ”/'' "
        + "should/MD be/VB/O/be ever/RB given/VBN/O/give to/TO IS/NNP/ORGANIZATION "
        + "fighters/NNS ,/, as/IN they/PRP “/`` use/VB it/PRP to/TO regroup/VB ./. ”/''"));
  }

  @Test
  void aQuotedModifierInNarrationIsATerm() {
    // PolNeAR dev (Politico, Dr. Oz): no one says “magic” here, the writer does.
    assertEquals(List.of(true), terms("He/PRP was/VBD/O/be fined/VBN/O/fine for/IN "
        + "fraudulently/RB promoting/VBG/O/promote “/`` magic/NN ”/'' weight/NN loss/NN "
        + "pills/NNS ./."));
  }

  @Test
  void aCharacterisationIsSomeonesWords() {
    // PolNeAR dev: what Trump called Machado, quoted as words of his.
    assertEquals(List.of(false, false), terms("Trump/NNP/PERSON said/VBD/O/say in/IN the/DT "
        + "morning/NN hours/NNS that/IN Machado/NNP/PERSON was/VBD/O/be “/`` disgusting/JJ ”/'' "
        + "and/CC “/`` a/DT con/NN ”/'' and/CC encouraged/VBD/O/encourage Americans/NNPS "
        + "to/TO check/VB/O/check out/RP her/PRP$ tape/NN ./."));
    assertEquals(List.of(false), terms("Christie/NNP/PERSON described/VBD/O/describe "
        + "Hillary/NNP/PERSON Clinton/NNP/PERSON as/IN a/DT “/`` disgrace/NN ”/'' after/IN "
        + "she/PRP attacked/VBD/O/attack him/PRP ./."));
  }

  @Test
  void aWordNearAVerbOfSayingOrAnotherQuotationIsSomeonesWords() {
    // PolNeAR dev: "what multiple lawmakers called “fraud”", and one speaker quoted in pieces.
    assertEquals(List.of(false), terms("Lawmakers/NNS called/VBD/O/call the/DT practice/NN "
        + "“/`` fraud/NN ”/'' on/IN Tuesday/NNP ./."));
    assertEquals(List.of(false, false), terms("He/PRP said/VBD/O/say that/IN "
        + "Clinton/NNP/PERSON 's/POS “/`` only/JJ experience/NN in/IN cybersecurity/NN ”/'' "
        + "was/VBD/O/be her/PRP$ “/`` criminal/JJ ”/'' attempt/NN to/TO keep/VB/O/keep her/PRP$ "
        + "emails/NNS secret/JJ ./."));
  }

  @Test
  void aQuotedFragmentWithAVerbOrOfItsOwnSentenceIsSpeech() {
    // The seed: “used that to reinforce their attacks.” ends the writer's sentence and has a verb.
    assertEquals(List.of(false), terms("Konashenkov/NNP/PERSON said/VBD/O/say that/IN the/DT "
        + "terrorists/NNS knew/VBD/O/know it/PRP ,/, and/CC “/`` used/VBD/O/use that/DT to/TO "
        + "reinforce/VB their/PRP$ attacks/NNS ./. ”/''"));
    assertEquals(List.of(false), terms("The/DT moderators/NNS were/VBD/O/be “/`` fair/JJ ”/'' "
        + "to/TO him/PRP ./."));
  }

  @Test
  void possessiveStayedInTheSpeakersName() {
    // The seed: "Russia’s military official said"; "Trump's office said"; a phrase cut after its
    // owner ("’S BOSS", PolNeAR dev); a name read with its possessive.
    assertEquals("the military official of Russia",
        SpeakerNames.clean("Russia’s military official"));
    assertEquals("the office of Trump", SpeakerNames.clean("Trump's office"));
    assertEquals("the narrator of the ad", SpeakerNames.clean("the ad's narrator"));
    assertEquals("the manager of the campaign of Clinton",
        SpeakerNames.clean("Clinton's campaign's manager"));
    assertEquals("BOSS", SpeakerNames.clean("’S BOSS"));
    assertEquals("Trump", SpeakerNames.clean("Trump's"));
    assertEquals("the states", SpeakerNames.clean("the states'"));
    assertEquals("Igor Konashenkov", SpeakerNames.clean("Igor Konashenkov"));
  }

  @Test
  void aClaimantDescribedWithAPossessiveIsNamedWithout() {
    // The possessive as the tokenizer splits it off ("Trump 's office") is cleaned as well.
    Speech speech = Sieved.speech("Trump/NNP/PERSON 's/POS office/NN said/VBD/O/say it/PRP "
        + "would/MD reply/VB ./.");
    String text = speech.doc.text;
    Span office = new Span(0, text.indexOf(" said"));
    Speaker described = new Speaker(-1, "description", office, text.substring(0, office.end()),
        office);
    Claim c = new Claims(speech).claim(new Span(text.indexOf("it"), text.length()), described,
        new Span(text.indexOf("said"), text.indexOf("said") + 4));
    assertEquals("the office of Trump", c.claimantName());
    assertFalse(c.claimantName().contains("'s"));
    assertTrue(c.content().startsWith("it would reply"), c.content());
  }
}
