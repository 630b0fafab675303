package org.sitrep.nlp.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;

/**
 * "WeWork" was a person and two entities in one article (CoreNLP tagged it LOCATION three times
 * and PERSON four): one name in one article is one entity, its type read from the words around
 * it, which CoreNLP's NER does not weigh.
 */
class OrganisationReadAsPersonTest {
  private static List<Entity> named(Article a, String name) {
    return a.layers().entities().stream().filter(e -> e.name().equals(name)).toList();
  }

  @Test
  void oneNameTaggedTwoWaysIsOneEntityOfTheKindItsContextSays() {
    Article a = Mentioned.article(
        "WeWork/NNP/LOCATION lost/VBD money/NN ./.",
        "A/DT WeWork/NNP/PERSON spokesperson/NN declined/VBD to/TO comment/VB ./.",
        "WeWork/NNP/PERSON 's/POS chief/JJ executive/NN resigned/VBD ./.",
        "Investors/NNS left/VBD WeWork/NNP/LOCATION ./.",
        "WeWork/NNP/PERSON said/VBD it/PRP would/MD cut/VB jobs/NNS ./.");
    List<Entity> wework = named(a, "WeWork");
    assertEquals(1, wework.size(), a.layers().entities().toString());
    assertEquals("ORGANIZATION", wework.get(0).type());
    assertEquals(5, wework.get(0).mentions().stream()
        .filter(id -> a.layers().mentions().get(id).text().equals("WeWork")).count());
  }

  @Test
  void aCompanyInAppositionOrWithALegalFormIsAnOrganisationEvenNamedOnce() {
    Article a = Mentioned.article(
        "The/DT company/NN ,/, WeWork/NNP/PERSON ,/, filed/VBD papers/NNS ./.",
        "Acme/NNP/PERSON Corp./NNP/PERSON sued/VBD ./.");
    assertEquals("ORGANIZATION", named(a, "WeWork").get(0).type());
    assertEquals("ORGANIZATION", named(a, "Acme Corp.").get(0).type());
  }

  @Test
  void aPersonsEvidenceKeepsAPerson() {
    Article a = Mentioned.article(
        "Adam/NNP/PERSON Neumann/NNP/PERSON founded/VBD WeWork/NNP/ORGANIZATION ./.",
        "Neumann/NNP/ORGANIZATION said/VBD he/PRP would/MD stay/VB ./.",
        "Neumann/NNP/PERSON 's/POS wife/NN spoke/VBD ./.");
    assertEquals("PERSON", named(a, "Adam Neumann").get(0).type());
    assertEquals(1, a.layers().entities().stream().filter(e -> e.type().equals("PERSON")).count(),
        a.layers().entities().toString());
  }

  @Test
  void anUntaggedMentionsContextCountsAndAFirstWordOfALongerPersonDoesNot() {
    // CoreNLP left "WeWork" untagged in "a WeWork spokesperson" and took "WeWork founder" for a
    // person; the article never says more than "WeWork agreed … its".
    Article a = Mentioned.article(
        "WeWork/NNP/PERSON founder/NN/PERSON left/VBD ./.",
        "WeWork/NNP/PERSON agreed/VBD to/TO a/DT rescue/NN by/IN its/PRP$ largest/JJS "
            + "shareholder/NN ./.",
        "A/DT WeWork/NNP spokesperson/NN declined/VBD ./.",
        "Investors/NNS put/VBD money/NN into/IN WeWork/NNP/PERSON ./.");
    assertEquals("ORGANIZATION", named(a, "WeWork").get(0).type(), a.layers().entities().toString());
  }
}
