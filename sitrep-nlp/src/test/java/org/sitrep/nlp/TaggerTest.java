package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.tagger.maxent.FastTagger;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** FastTagger tags real sentences exactly as CoreNLP's own tagger does, with the same model. */
@Tag("corenlp")
class TaggerTest {
  @Test
  void fastTaggerTagsRealSentencesAsCoreNlpDoes() {
    MaxentTagger stock = new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL);
    FastTagger fast = new FastTagger(DefaultPaths.DEFAULT_POS_MODEL);
    int sentences = 0;
    int tokens = 0;
    List<String> text = new ArrayList<>(RealSentences.texts());
    // Words the model never saw (rare-word features, open tag sets), a sentence of one word,
    // and sentence-initial capitals, beside the articles' own sentences.
    text.add("Zorblatt quixotically defenestrated the glorptastic Vexnor.\n\nYes.\n\n"
        + "Ukrainian-born Kyiv-based analyst Oleksandr Zinchenko's 3.5bn-hryvnia plan stalled.");
    for (String t : text) {
      for (List<CoreLabel> words : RealSentences.of(t, false)) {
        assertEquals(tags(stock.tagSentence(words)), tags(fast.tagSentence(words)),
            words.toString());
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
