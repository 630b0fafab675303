package org.sitrep.nlp;

import org.sitrep.nlp.tokens.Syntax;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.FastScores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The vectorised scorer parses exactly as CoreNLP's own classifier does. */
@Tag("corenlp")
class SyntaxTest {
  @Test
  void fastScoresParseRealSentencesAsCoreNlpDoes() {
    DependencyParser stock = Syntax.stock();
    // A small cache, so that both the cached and the computed-each-time paths run.
    DependencyParser fast = FastScores.load(Syntax.MODEL, 2_000, false);
    // The Vector API kernels when this JVM has the module (the build's tests run with it).
    DependencyParser vector = FastScores.vectorModule()
        ? FastScores.load(Syntax.MODEL, 2_000, true) : null;
    int sentences = 0;
    int tokens = 0;
    for (String text : RealSentences.texts()) {
      for (List<CoreLabel> words : RealSentences.of(text, true)) {
        if (words.size() > 100) {
          continue;
        }
        String expected = stock.predict(words).typedDependencies().toString();
        assertEquals(expected, fast.predict(words).typedDependencies().toString(),
            words.toString());
        if (vector != null) {
          assertEquals(expected, vector.predict(words).typedDependencies().toString(),
              words.toString());
        }
        sentences++;
        tokens += words.size();
      }
    }
    assertTrue(sentences > 50 && tokens > 1000, sentences + " sentences, " + tokens + " tokens");
    // The build runs its tests with the module (pom.xml's vector.module): the kernels were checked.
    assertTrue(FastScores.vectorModule(), "tests run without --add-modules jdk.incubator.vector");
  }
}
