package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A speaker introduced only by a description was read as the organisation in it ("a
 * spokeswoman for the ministry said" gave the ministry as the speaker) or by the description's
 * words alone: it is the description, with its organisation, and the person the article names
 * with the same description.
 */
class DescribedSpeakerReadAsItsOrganisationTest {
  private static final String MINISTRY =
      "The/DT Foreign/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION met/VBD/O/meet ./.";
  private static final String QUOTE = "“/`` We/PRP win/VBP ,/, ”/'' a/DT spokeswoman/NN for/IN"
      + " the/DT ministry/NN said/VBD/O/say ./.";

  @Test
  void aSpokeswomanForTheMinistryIsADescriptionWithItsOrganisation() {
    Speech speech = Sieved.speech(MINISTRY, QUOTE);
    Speaker s = Sieved.refined(speech, new OwnSentenceSieve());
    assertEquals("description", s.via());
    assertTrue(s.described());
    assertEquals("a spokeswoman for the ministry", s.name());
    assertEquals("Foreign Ministry", speech.entities.get(s.organization()).name());
    assertEquals("a spokeswoman for the ministry", Sieved.text(speech, s.mention()));
  }

  @Test
  void theSpokeswomanTheArticleNamesIsTheSpeaker() {
    Speech speech = Sieved.speech(MINISTRY, "Maria/NNP/PERSON Zakharova/NNP/PERSON ,/, the/DT"
        + " ministry/NN 's/POS spokeswoman/NN ,/, spoke/VBD/O/speak ./.", QUOTE);
    Speaker s = Sieved.refined(speech, new OwnSentenceSieve());
    assertEquals("description", s.via());
    assertEquals("Maria Zakharova", Sieved.name(speech, s));
    assertEquals("a spokeswoman for the ministry", s.name());
    assertEquals("Foreign Ministry", speech.entities.get(s.organization()).name());
  }

  @Test
  void twoPeopleWithTheSameDescriptionLeaveItUnnamed() {
    Speech speech = Sieved.speech(MINISTRY,
        "Maria/NNP/PERSON Zakharova/NNP/PERSON ,/, a/DT spokeswoman/NN ,/, spoke/VBD/O/speak ./.",
        "Anna/NNP/PERSON Ivanova/NNP/PERSON ,/, a/DT spokeswoman/NN ,/, spoke/VBD/O/speak ./.",
        QUOTE);
    Speaker s = Sieved.refined(speech, new OwnSentenceSieve());
    assertEquals("description", s.via());
    assertTrue(s.described());
  }

  @Test
  void aSeniorOfficialAloneIsADescription() {
    Speech speech = Sieved.speech(
        "“/`` We/PRP win/VBP ,/, ”/'' a/DT senior/JJ official/NN said/VBD/O/say ./.");
    Speaker s = Sieved.refined(speech, new OwnSentenceSieve());
    assertEquals("description", s.via());
    assertTrue(s.described());
    assertEquals(-1, s.organization());
  }

  @Test
  void aNamedManOfTheMinistrySpeaksForIt() {
    Speech speech = Sieved.speech(MINISTRY, "“/`` We/PRP win/VBP ,/, ”/'' Igor/NNP/PERSON"
        + " Petrov/NNP/PERSON of/IN the/DT ministry/NN said/VBD/O/say ./.");
    Speaker s = Sieved.refined(speech, new OwnSentenceSieve());
    assertEquals("name", s.via());
    assertEquals("Igor Petrov", Sieved.name(speech, s));
    assertEquals("Foreign Ministry", speech.entities.get(s.organization()).name());
  }
}
