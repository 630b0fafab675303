package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.FastScores;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vectorised scorer parses exactly as CoreNLP's own classifier does. */
class SyntaxTest {
  private static final String[] PAGES = {
      "pages/06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85.html",
      "pages/42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc.html",
      "pages/5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e.html"};

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
    for (String page : PAGES) {
      Annotation doc = new Annotation(Annotated.of(page).text());
      CoreNlp.get().annotate(doc);
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> words = new ArrayList<>();
        for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
          CoreLabel l = new CoreLabel();
          l.setWord(t.word());
          l.setValue(t.word());
          l.setTag(t.tag());
          l.setIndex(words.size() + 1);
          words.add(l);
        }
        if (words.size() > 100) {
          continue;
        }
        String expected = stock.predict(words).typedDependencies().toString();
        assertEquals(expected, fast.predict(words).typedDependencies().toString(), s.toString());
        if (vector != null) {
          assertEquals(expected, vector.predict(words).typedDependencies().toString(),
              s.toString());
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
