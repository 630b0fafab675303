package org.sitrep.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Pipeline;
import org.sitrep.model.RawPage;
import org.sitrep.nlp.Annotator;

/**
 * Sitrep's annotation pipeline (all its layers, and all but events, to price the events layer)
 * against two CoreNLP baselines on the same
 * articles, in the same JVM, on a pool of threads: a fixed fair one (tokenize…ner with the three
 * default NER models, fine-grained NER, SUTime and numeric classifiers off) and CoreNLP's
 * defaults. Reports articles/s, words/s, seed-sized articles/s and peak heap of each; each
 * contender's median round.
 */
public final class AnnotateBench {
  /** The seed page's body has 291 words: the unit the speed target is stated in. */
  public static final int SEED_WORDS = 291;

  /**
   * One contender's figures. {@code busy}: the median round's CPU time of the worker threads
   * over its wall time × threads — below 1 when they waited (the JIT compiler or the garbage
   * collector on the same cores, a thread idle at a round's end).
   */
  public record Result(String name, double articlesPerSecond, double wordsPerSecond,
                       double seedArticlesPerSecond, long peakHeapBytes, double ratio,
                       double ratioLow, double ratioHigh, double busy) {}

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

  /** Warm-up rounds per contender before measuring, at least (see {@link #run(List, int, int, int, boolean)}). */
  public static final int WARMUP = 3;
  /** At most this many warm-up rounds while the JIT has not settled. */
  public static final int MAX_WARMUP = 12;
  /**
   * The JIT has settled when a warm-up round's compile time is below this share of its wall
   * time (of one core; 0.1 = 5% of two cores).
   */
  public static final double SETTLED = 0.1;

  /**
   * A run's results, with how many warm-up rounds it took for the JIT to settle and the JIT's
   * compile time during the last warm-up round and during the measured rounds, as shares of
   * their wall time (of one core).
   */
  public record Report(List<Result> results, int warmupRounds, double warmupJit,
                       double measuredJit) {}

  /**
   * Every contender on {@code articles}, with at least {@code warmup} rounds of each first, in
   * the same alternating order, and more (up to {@link #MAX_WARMUP}) until the JIT has settled:
   * HotSpot's C2 keeps compiling Sitrep's larger body of code (its stages and more of CoreNLP)
   * for a minute and more, and a compiler thread busy on one of two cores showed as a third of
   * Sitrep's wall time after a single warm-up round. {@code withDefaults} false skips the slow
   * defaults run.
   */
  public static Report run(List<Article> articles, int threads, int warmup, int rounds,
                           boolean withDefaults) throws Exception {
    // Longest first: the pool's last task then is a short one, so neither contender's round
    // ends with one thread idle behind a long article (the same order for all).
    articles = new ArrayList<>(articles);
    articles.sort(java.util.Comparator.comparingInt((Article a) -> a.text().length()).reversed());
    long words = 0;
    for (Article a : articles) {
      words += a.text().split("\\s+").length;
    }
    // The fixed fair baseline: CoreNLP tokenize..ner with its three default NER models, the
    // fine-grained NER, SUTime and numeric classifiers off (Sitrep's settings before it chose
    // its own NER model), paragraphs as sentence breaks. And CoreNLP's defaults.
    Properties fair = new Properties();
    fair.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    fair.setProperty("ssplit.newlineIsSentenceBreak", "two");
    fair.setProperty("ner.applyFineGrained", "false");
    fair.setProperty("ner.useSUTime", "false");
    fair.setProperty("ner.applyNumericClassifiers", "false");
    fair.setProperty("ner.buildEntityMentions", "false");
    Properties defaults = new Properties();
    defaults.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    List<Result> out = new ArrayList<>();
    // The fair baseline and Sitrep run in alternating rounds (A B, B A, …), so drift on a shared
    // machine hits both alike; the ratio is the median of the per-round ratios.
    StanfordCoreNLP fairNlp = new StanfordCoreNLP(fair);
    Pipeline sitrep = Annotator.pipeline().warm();
    Pipeline noEvents = Annotator.withoutEvents().warm();
    Report report = interleaved(articles, words, threads, warmup, rounds,
        List.of("corenlp-fair", "sitrep", "sitrep-no-events"),
        List.of(a -> fairNlp.annotate(new Annotation(a.text())), sitrep::run, noEvents::run));
    out.addAll(report.results());
    if (withDefaults) {
      out.add(1, corenlp("corenlp-defaults", defaults, articles, words, threads, warmup, rounds,
          out.get(0).articlesPerSecond()));
    }
    return new Report(out, report.warmupRounds(), report.warmupJit(), report.measuredJit());
  }

  private static Report interleaved(List<Article> articles, long words, int threads, int warmup,
                                    int rounds, List<String> names,
                                    List<Consumer<Article>> tasks) throws Exception {
    int n = tasks.size();
    double[][] rates = new double[n][rounds];
    double[][] busy = new double[n][rounds];
    int warmedUp;
    double warmupJit;
    double measuredJit;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // Warm-up (JIT, lazily loaded models): at least `warmup` rounds, then on until a round's
      // compile time is below SETTLED of its wall time. HotSpot's C2 recompiles large methods
      // when a path they had never taken turns up, and Sitrep's stages have many such paths:
      // on two cores, a compiler thread at work takes its share from the measured threads.
      int r = 0;
      double share = 1;
      while (r < warmup || share >= SETTLED && r < Math.max(warmup, MAX_WARMUP)) {
        long compiled = compileMillis();
        long start = System.nanoTime();
        for (int k = 0; k < n; k++) {
          runOnce(pool, articles, tasks.get(turn(r, k, n)), threads);
        }
        share = (compileMillis() - compiled) / ((System.nanoTime() - start) / 1e6);
        r++;
      }
      warmedUp = r;
      warmupJit = share;
      System.gc();
      resetPeaks();
      long compiled = compileMillis();
      long measuring = System.nanoTime();
      for (r = 0; r < rounds; r++) {
        for (int k = 0; k < n; k++) {
          int t = turn(r, k, n);
          Round one = runOnce(pool, articles, tasks.get(t), threads);
          rates[t][r] = one.rate();
          busy[t][r] = one.busy();
        }
      }
      measuredJit = (compileMillis() - compiled) / ((System.nanoTime() - measuring) / 1e6);
    } finally {
      pool.shutdown();
    }
    long heap = peakHeap();
    List<Result> out = new ArrayList<>();
    List<Throughput.Rounds> summary = Throughput.summarise(rates);
    for (int t = 0; t < n; t++) {
      Throughput.Rounds s = summary.get(t);
      double wordsPerSecond = s.median() * words / articles.size();
      out.add(new Result(names.get(t), s.median(), wordsPerSecond, wordsPerSecond / SEED_WORDS,
          heap, s.ratio(), s.ratioLow(), s.ratioHigh(), medianOf(busy[t])));
    }
    return new Report(out, warmedUp, warmupJit, measuredJit);
  }

  /** Which of {@code n} contenders runs {@code k}-th in round {@code r}: A B C, C B A, … */
  private static int turn(int r, int k, int n) {
    return r % 2 == 0 ? k : n - 1 - k;
  }

  private static Result corenlp(String name, Properties props, List<Article> articles, long words,
                                int threads, int warmup, int rounds, double fairRate)
      throws Exception {
    StanfordCoreNLP nlp = new StanfordCoreNLP(props);
    Result r = measure(name, articles, words, threads, warmup, rounds,
        a -> nlp.annotate(new Annotation(a.text())));
    System.gc();
    double ratio = r.articlesPerSecond() / fairRate;
    return new Result(r.name(), r.articlesPerSecond(), r.wordsPerSecond(),
        r.seedArticlesPerSecond(), r.peakHeapBytes(), ratio, ratio, ratio, r.busy());
  }

  private static Result measure(String name, List<Article> articles, long words, int threads,
                                int warmup, int rounds, Consumer<Article> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int r = 0; r < warmup; r++) {
        runOnce(pool, articles, task, threads); // warm-up: JIT and lazily loaded models
      }
      System.gc();
      resetPeaks();
      double[] rates = new double[rounds];
      double[] busy = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        Round one = runOnce(pool, articles, task, threads);
        rates[r] = one.rate();
        busy[r] = one.busy();
      }
      double best = medianOf(rates);
      double wordsPerSecond = best * words / articles.size();
      return new Result(name, best, wordsPerSecond, wordsPerSecond / SEED_WORDS, peakHeap(), 1,
          1, 1, medianOf(busy));
    } finally {
      pool.shutdown();
    }
  }

  /** The JIT compilers' total time so far, in ms (0 when the JVM does not say). */
  private static long compileMillis() {
    java.lang.management.CompilationMXBean c = ManagementFactory.getCompilationMXBean();
    return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : 0;
  }

  private static double medianOf(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return Throughput.median(sorted);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** One round: articles per second, and the pool's CPU time over wall time × threads. */
  private record Round(double rate, double busy) {}

  /** Runs {@code task} on every article on the pool of {@code threads}. */
  private static Round runOnce(ExecutorService pool, List<Article> articles,
                               Consumer<Article> task, int threads) throws Exception {
    long start = System.nanoTime();
    AtomicLong cpu = new AtomicLong();
    List<Future<?>> fs = new ArrayList<>();
    for (Article a : articles) {
      fs.add(pool.submit(() -> {
        long before = THREADS.getCurrentThreadCpuTime();
        task.accept(a);
        cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - before);
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    long wall = System.nanoTime() - start;
    return new Round(articles.size() / (wall / 1e9), cpu.get() / ((double) wall * threads));
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
