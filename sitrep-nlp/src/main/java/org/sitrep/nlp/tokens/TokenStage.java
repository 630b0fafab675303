package org.sitrep.nlp.tokens;

import org.sitrep.nlp.doc.Cap;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.Stage;
import org.sitrep.model.Token;
import org.sitrep.model.Warning;

/**
 * Sentences and tokens (part of speech, lemma, named-entity tag) from CoreNLP. English only: other
 * languages get empty layers and a warning, so the stages after this one run and find nothing.
 * Very long texts are annotated up to {@link #MAX_CHARS} (cut at a paragraph break), with a
 * warning, so that one 2 MB page cannot take minutes and gigabytes.
 */
public final class TokenStage implements Stage {
  /** About 16,000 words: ten times a long news story. */
  public static final int MAX_CHARS = Cap.MAX_CHARS;

  @Override
  public String name() {
    return "tokens";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public void warm() {
    CoreNlp.get();
  }

  /** The warning of a page left unannotated because it is not in English. */
  public static final String ENGLISH_ONLY_SKIPPED = "english-only-skipped";

  @Override
  public Article apply(Article a) {
    String lang = a.language();
    if (lang != null && !lang.equals("en") && !lang.equals("und")) {
      return a.withWarning(new Warning(ENGLISH_ONLY_SKIPPED, "language '" + lang
          + "': entity, quote, quantity and date annotation is English-only"))
          .withLayers(a.layers().withTokens(List.of(), List.of()));
    }
    String text = a.text();
    Article out = a;
    if (text.length() > MAX_CHARS) {
      text = Cap.of(text);
      out = out.withWarning(new Warning("annotation-truncated", "annotated the first "
          + text.length() + " of " + a.text().length() + " characters"));
    }
    Annotation doc = new Annotation(text);
    CoreNlp.get().annotate(doc);
    List<Span> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int si = 0;
    int open = 0; // parentheses the last sentence left open
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int begin = labels.get(0).beginPosition();
      int end = labels.get(labels.size() - 1).endPosition();
      // "Rep. Elijah E. Cummings (D-Md.) said": the splitter ends a sentence at "Md." inside
      // the parentheses; the closing one shows it did not end.
      boolean inside = open > 0 && !sentences.isEmpty()
          && text.substring(sentences.get(sentences.size() - 1).end(), begin).indexOf('\n') < 0
          && "-RRB-".equals(labels.get(0).tag());
      if (inside) {
        si--;
        Span last = sentences.remove(sentences.size() - 1);
        begin = last.start();
      } else {
        open = 0;
      }
      sentences.add(new Span(begin, end));
      for (CoreLabel t : labels) {
        tokens.add(new Token(new Span(t.beginPosition(), t.endPosition()), si, t.tag(),
            t.lemma(), t.ner()));
        open += "-LRB-".equals(t.tag()) ? 1 : "-RRB-".equals(t.tag()) ? -1 : 0;
      }
      open = Math.max(0, open);
      si++;
    }
    return out.withLayers(out.layers().withTokens(sentences, tokens));
  }
}
