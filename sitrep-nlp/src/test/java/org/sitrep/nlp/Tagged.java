package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Articles built by hand from tagged sentences, so a rule stage is tested in milliseconds with
 * no model loaded. Each sentence is words separated by spaces, each word
 * {@code word/POS[/NER[/lemma]]} (NER {@code O} or left out for none; the lemma defaults to
 * the lower-cased word): {@code "Syria/NNP/LOCATION attacked/VBD/O/attack Palmyra/NNP/LOCATION ./."}.
 * The text is the words joined by single spaces, sentences by one space.
 */
final class Tagged {
  private Tagged() {}

  static Article article(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      int sentenceStart = -1;
      for (String item : sentences[s].trim().split(" +")) {
        String[] f = item.split("/", -1);
        if (f.length < 2 || f[0].isEmpty() || f[1].isEmpty()) {
          throw new IllegalArgumentException("not word/POS[/NER[/lemma]]: " + item);
        }
        if (text.length() > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(f[0]);
        if (sentenceStart < 0) {
          sentenceStart = start;
        }
        String ner = f.length > 2 && !f[2].isEmpty() ? f[2] : "O";
        String lemma = f.length > 3 && !f[3].isEmpty() ? f[3] : f[0].toLowerCase(java.util.Locale.ROOT);
        tokens.add(new Token(new Span(start, text.length()), s, f[1], lemma, ner));
      }
      spans.add(new Span(sentenceStart, text.length()));
    }
    Article a = Article.ofText("tagged", "tagged", text.toString(), "en");
    return a.withLayers(a.layers().withTokens(spans, tokens));
  }
}
