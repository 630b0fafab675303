package org.sitrep.nlp.doc;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Articles built by hand from tagged sentences, so a rule stage is tested in milliseconds with
 * no model loaded. Each sentence is words separated by spaces, each word
 * {@code word/POS[/NER[/lemma[/HEAD:REL]]]} (NER {@code O} or left out for none; the lemma
 * defaults to the lower-cased word): {@code "Syria/NNP/LOCATION attacked/VBD/O/attack
 * Palmyra/NNP/LOCATION ./."}. HEAD:REL gives the word's dependency head (1-based within its
 * sentence, 0 for the root) and relation ({@code "Syria/NNP/LOCATION//2:nsubj"}); a sentence
 * where any word has one gets that parse as its {@link Doc#parse} view (words without one hang
 * from the root), so the stages that read the parse run without the parser.
 * The text is the words joined by single spaces, sentences by one space.
 */
public final class Tagged {
  private Tagged() {}

  public static Article article(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    java.util.Map<Integer, Parse> parses = new java.util.HashMap<>();
    for (int s = 0; s < sentences.length; s++) {
      int sentenceStart = -1;
      int first = tokens.size();
      List<int[]> heads = new ArrayList<>();
      List<String> rels = new ArrayList<>();
      boolean parsed = false;
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
        if (f.length > 4 && !f[4].isEmpty()) {
          String[] hr = f[4].split(":", 2);
          int h = Integer.parseInt(hr[0]);
          heads.add(new int[] {h == 0 ? -1 : first + h - 1});
          rels.add(hr.length > 1 ? hr[1] : "dep");
          parsed = true;
        } else {
          heads.add(new int[] {-1});
          rels.add("root");
        }
      }
      spans.add(new Span(sentenceStart, text.length()));
      if (parsed) {
        int[] head = heads.stream().mapToInt(x -> x[0]).toArray();
        parses.put(s, new Parse(first, head, rels.toArray(new String[0])));
      }
    }
    Article a = Article.ofText("tagged", "tagged", text.toString(), "en");
    a = a.withLayers(a.layers().withTokens(spans, tokens));
    Doc d = Doc.of(a);
    parses.forEach((s, p) -> d.parse(s, k -> p));
    return a;
  }
}
