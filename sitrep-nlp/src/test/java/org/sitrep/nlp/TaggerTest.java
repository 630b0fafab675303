package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.tagger.maxent.FastTagger;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FastTagger tags real sentences exactly as CoreNLP's own tagger does, with the same model. */
class TaggerTest {
  private static final String[] PAGES = {
      "pages/06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85.html",
      "pages/42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc.html",
      "pages/5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e.html"};

  @Test
  void fastTaggerTagsRealSentencesAsCoreNlpDoes() {
    MaxentTagger stock = new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL);
    FastTagger fast = new FastTagger(DefaultPaths.DEFAULT_POS_MODEL);
    int sentences = 0;
    int tokens = 0;
    List<String> text = new ArrayList<>();
    for (String page : PAGES) {
      text.add(Annotated.of(page).text());
    }
    // Words the model never saw (rare-word features, open tag sets), a sentence of one word,
    // and sentence-initial capitals, beside the articles' own sentences.
    text.add("Zorblatt quixotically defenestrated the glorptastic Vexnor.\n\nYes.\n\n"
        + "Ukrainian-born Kyiv-based analyst Oleksandr Zinchenko's 3.5bn-hryvnia plan stalled.");
    for (String t : text) {
      Annotation doc = new Annotation(t);
      CoreNlp.get().annotate(doc);
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> words = new ArrayList<>();
        for (CoreLabel w : s.get(CoreAnnotations.TokensAnnotation.class)) {
          CoreLabel l = new CoreLabel();
          l.setWord(w.word());
          l.setValue(w.word());
          words.add(l);
        }
        assertEquals(tags(stock.tagSentence(words)), tags(fast.tagSentence(words)), s.toString());
        sentences++;
        tokens += words.size();
      }
    }
    assertTrue(sentences > 50 && tokens > 1000, sentences + " sentences, " + tokens + " tokens");
  }

  private static List<String> tags(List<TaggedWord> tagged) {
    List<String> out = new ArrayList<>();
    for (TaggedWord w : tagged) {
      out.add(w.tag());
    }
    return out;
  }
}
