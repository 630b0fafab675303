package org.sitrep.nlp;

import org.sitrep.nlp.tokens.CoreNlp;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which sentences NER runs on, decided from hand-made tags (no model loaded). */
@Tag("corenlp")
class CoreNlpTest {
  private static CoreMap sentence(String... wordSlashTag) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String wt : wordSlashTag) {
      CoreLabel l = new CoreLabel();
      int cut = wt.lastIndexOf('/');
      l.setWord(wt.substring(0, cut));
      l.setTag(wt.substring(cut + 1));
      tokens.add(l);
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return s;
  }

  @Test
  void onlySentencesWithAProperNounOrAnAcronymGoToNer() {
    assertTrue(CoreNlp.mayHoldAName(sentence("Obama/NNP", "said/VBD", "so/RB", "./.")));
    assertTrue(CoreNlp.mayHoldAName(sentence("the/DT", "NATO/NN", "summit/NN")));
    assertFalse(CoreNlp.mayHoldAName(sentence("The/DT", "talks/NNS", "failed/VBD", "./.")));
    assertFalse(CoreNlp.mayHoldAName(sentence("It/PRP", "was/VBD", "a/DT", "surprise/NN")));
  }
}
