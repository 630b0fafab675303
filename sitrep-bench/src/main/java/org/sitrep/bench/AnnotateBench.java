package org.sitrep.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Pipeline;
import org.sitrep.model.RawPage;
import org.sitrep.nlp.Annotator;

/**
 * Sitrep's annotation pipeline against plain CoreNLP (tokenize…ner with its defaults: fine-grained
 * NER, SUTime and numeric classifiers on) on the same articles, in the same JVM, on a pool of
 * threads. Reports articles/s, words/s, seed-sized articles/s and peak heap of each.
 */
public final class AnnotateBench {
  /** The seed page's body has 291 words: the unit the speed target is stated in. */
  public static final int SEED_WORDS = 291;

  /** One contender's figures. */
  public record Result(String name, double articlesPerSecond, double wordsPerSecond,
                       double seedArticlesPerSecond, long peakHeapBytes) {}

  private AnnotateBench() {}

  public static List<Article> articles(List<RawPage> pages) {
    Extractor extractor = new Extractor();
    List<Article> out = new ArrayList<>();
    for (RawPage p : pages) {
      try {
        Article a = extractor.extract(p);
        if ("en".equals(a.language())) {
          out.add(a);
        }
      } catch (org.sitrep.extract.ExtractionException e) {
        // not an article: nothing to annotate
      }
    }
    return out;
  }

  public static List<Result> run(List<Article> articles, int threads, int rounds) throws Exception {
    long words = 0;
    for (Article a : articles) {
      words += a.text().split("\\s+").length;
    }
    Properties plain = new Properties();
    plain.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    StanfordCoreNLP baseline = new StanfordCoreNLP(plain);
    Pipeline sitrep = Annotator.pipeline();
    List<Result> out = new ArrayList<>();
    out.add(measure("corenlp", articles, words, threads, rounds,
        a -> baseline.annotate(new Annotation(a.text()))));
    out.add(measure("sitrep", articles, words, threads, rounds, sitrep::run));
    return out;
  }

  private static Result measure(String name, List<Article> articles, long words, int threads,
                                int rounds, Consumer<Article> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      runOnce(pool, articles, task); // warm-up: JIT and lazily loaded models
      System.gc();
      resetPeaks();
      double best = 0;
      for (int r = 0; r < rounds; r++) {
        long start = System.nanoTime();
        runOnce(pool, articles, task);
        best = Math.max(best, articles.size() / ((System.nanoTime() - start) / 1e9));
      }
      double wordsPerSecond = best * words / articles.size();
      return new Result(name, best, wordsPerSecond, wordsPerSecond / SEED_WORDS, peakHeap());
    } finally {
      pool.shutdown();
    }
  }

  private static void runOnce(ExecutorService pool, List<Article> articles,
                              Consumer<Article> task) throws Exception {
    List<Future<?>> fs = new ArrayList<>();
    for (Article a : articles) {
      fs.add(pool.submit(() -> task.accept(a)));
    }
    for (Future<?> f : fs) {
      f.get();
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
