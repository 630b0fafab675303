package org.sitrep.nlp;

import org.sitrep.nlp.tokens.CoreNlp;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of three real articles (test fixtures) as fresh token lists, for comparing
 * Sitrep's fast CoreNLP scorers with CoreNLP's own on the same input.
 */
final class RealSentences {
  static final String[] PAGES = {
      "pages/06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85.html",
      "pages/42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc.html",
      "pages/5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e.html"};

  private RealSentences() {}

  /** The texts of {@link #PAGES}' articles. */
  static List<String> texts() {
    List<String> out = new ArrayList<>();
    for (String page : PAGES) {
      out.add(Annotated.of(page).text());
    }
    return out;
  }

  /**
   * Each sentence of {@code text} (split and tagged by Sitrep's CoreNLP pipeline) as new
   * tokens holding the word, its index, and its tag when {@code tagged}.
   */
  static List<List<CoreLabel>> of(String text, boolean tagged) {
    Annotation doc = new Annotation(text);
    CoreNlp.get().annotate(doc);
    List<List<CoreLabel>> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> words = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        CoreLabel l = new CoreLabel();
        l.setWord(t.word());
        l.setValue(t.word());
        if (tagged) {
          l.setTag(t.tag());
        }
        l.setIndex(words.size() + 1);
        words.add(l);
      }
      out.add(words);
    }
    return out;
  }
}
