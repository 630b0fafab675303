package org.sitrep.nlp;

import org.sitrep.nlp.doc.Cap;
import org.sitrep.nlp.time.DateStage;
import org.sitrep.nlp.quantity.QuantityStage;
import org.sitrep.nlp.attribution.QuoteStage;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Layers;
import org.sitrep.model.Span;
import org.sitrep.model.Stage;
import org.sitrep.model.Token;

/**
 * The rule stages' cost grows linearly with the text up to the annotation cap and no further:
 * measured as ratios between sizes (10 KB, 100 KB, 2 MB), never as times. Tokens are built by
 * hand (no CoreNLP), as the token stage would give them: for the capped prefix only.
 */
@Tag("costly")
class LinearCostTest {
  private static final String PARA = "\"We will not retreat,\" said the commander on Monday, "
      + "adding that some 4,000 fighters had arrived in the town since 12 March. Officials said "
      + "\"the situation is calm\" and that more than 300 families had left. ";
  private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

  /** Prose with quotations and counts, and a run of bare quote marks every few paragraphs. */
  static String text(int chars) {
    StringBuilder b = new StringBuilder(chars + 1000);
    int i = 0;
    while (b.length() < chars) {
      b.append(PARA.repeat(3));
      b.append(i++ % 4 == 3 ? "\n\n" + "\"".repeat(500) + "\n\n" : "\n\n");
    }
    b.setLength(chars);
    return b.toString();
  }

  static Article tokenized(String text) {
    String annotated = Cap.of(text);
    List<Token> tokens = new ArrayList<>();
    List<Span> sentences = new ArrayList<>();
    int sentence = 0;
    int sentenceStart = -1;
    Matcher m = TOKEN.matcher(annotated);
    while (m.find()) {
      if (sentenceStart < 0) {
        sentenceStart = m.start();
      }
      String w = m.group();
      String pos = w.matches("\\d.*") ? "CD" : w.equals("said") ? "VBD" : w.matches("\\w+") ? "NN"
          : ".";
      tokens.add(new Token(new Span(m.start(), m.end()), sentence, pos, w.toLowerCase(), "O"));
      if (w.equals(".")) {
        sentences.add(new Span(sentenceStart, m.end()));
        sentence++;
        sentenceStart = -1;
      }
    }
    if (sentenceStart >= 0) {
      sentences.add(new Span(sentenceStart, annotated.length()));
    }
    Layers l = Layers.EMPTY.withTokens(sentences, tokens).withMentions(List.of())
        .withEntities(List.of(), List.of());
    return Article.ofText("x", "x", text, "en").withLayers(l);
  }

  /**
   * CPU seconds of this thread per run of the three rule stages that read raw text, the best of
   * at least six (one run can pay for the JIT's deoptimisations): work done, not wall time, so
   * other processes on the machine do not change it.
   */
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  static double cost(Article a) throws Exception {
    List<Stage> stages = List.of(new QuoteStage(), new QuantityStage(), new DateStage());
    double best = Double.MAX_VALUE;
    long spent = 0;
    for (int run = 0; run < 20 && (run < 6 || spent < 600_000_000L); run++) {
      long t = CPU.getCurrentThreadCpuTime();
      Article out = a;
      for (Stage s : stages) {
        out = s.apply(out);
      }
      long took = CPU.getCurrentThreadCpuTime() - t;
      spent += took;
      best = Math.min(best, took / 1e9);
    }
    return best;
  }

  @Test
  void costIsLinearUpToTheCapAndFlatBeyond() throws Exception {
    Article small = tokenized(text(10_000));
    Article mid = tokenized(text(100_000));
    Article big = tokenized(text(2_000_000));
    cost(mid); // warm-up
    double s = cost(small);
    double m = cost(mid);
    double b = cost(big);
    // Linear: 10× the text, about 10× the cost (quadratic would be 100×).
    assertTrue(m / s < 40, "100 KB / 10 KB cost ratio " + m / s);
    // Capped: 20× the text, about the same cost.
    assertTrue(b / m < 4, "2 MB / 100 KB cost ratio " + b / m);
  }
}
