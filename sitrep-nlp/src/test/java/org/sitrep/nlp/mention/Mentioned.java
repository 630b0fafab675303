package org.sitrep.nlp.mention;

import org.sitrep.model.Article;
import org.sitrep.nlp.doc.Tagged;

/**
 * Hand-tagged articles ({@link Tagged}) with their mention and entity layers, the start of every
 * later stage's fast tests: no CoreNLP is loaded.
 */
public final class Mentioned {
  private Mentioned() {}

  public static Article article(String... sentences) {
    return new EntityStage().apply(new MentionStage().apply(Tagged.article(sentences)));
  }
}
