package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.util.Pair;
import java.util.List;

/**
 * One sentence being tagged by {@link FastTagger}: CoreNLP's {@link TestSentence} (its tag
 * sets, history and Viterbi search) with the scoring of one history replaced. A position's
 * word-only and word-context features are scored once and kept; only the features that read the
 * previous tags are scored per history, from sparse weights.
 */
final class FastSentence extends TestSentence {
  private final FastTagger fast;
  /** Per position: the word and word-context features' scores, summed as CoreNLP sums them. */
  private double[][] fixed;
  /** Per position, set with its {@link #fixed} scores: whether the word is rare. */
  private boolean[] rare;

  FastSentence(FastTagger tagger) {
    super(tagger);
    this.fast = tagger;
  }

  @Override
  protected void init() {
    fixed = new double[size][];
    rare = new boolean[size];
    super.init();
  }

  /**
   * The Viterbi search's tag indices of the window being scored and the (padded) position
   * scored, set for the duration of one {@link #scoresOf} call.
   */
  private int[] window;
  private int windowAt;

  @Override
  public double[] scoresOf(int[] tags, int pos) {
    window = tags;
    windowAt = pos;
    try {
      return super.scoresOf(tags, pos);
    } finally {
      window = null;
    }
  }

  @Override
  protected double[] getHistories(String[] tags, History h) {
    int at = h.current - h.start;
    if (VERBOSE || !fast.fast() || fixed == null || at < 0 || at >= fixed.length) {
      return super.getHistories(tags, h);
    }
    Extractors ex = fast.extractors;
    Extractors exR = fast.extractorsRare;
    double[] lc = fixed[at];
    if (lc == null) {
      rare[at] = fast.isRare(ExtractorFrames.cWord.extract(h));
      // CoreNLP: local-context scores, then the word's own scores added to them.
      double[] local = scores(h, ex.local, rare[at] ? exR.local : null);
      lc = scores(h, ex.localContext, rare[at] ? exR.localContext : null);
      for (int j = 0; j < lc.length; j++) {
        lc[j] += local[j];
      }
      fixed[at] = lc;
    }
    double[] total = new double[fast.ySize];
    for (Pair<Integer, Extractor> e : ex.dynamic) {
      int kf = e.first();
      int slot = fast.tagOnly(kf);
      FastTagger.Weights w;
      if (slot >= 0 && window != null && windowAt - fast.leftContext == at) {
        // Its value is a function of the two previous tags (and of how near the sentence's
        // start the word is): the weights are looked up once per tagger, not per history.
        int t1 = windowAt >= 1 ? window[windowAt - 1] : -1;
        int t2 = windowAt >= 2 ? window[windowAt - 2] : -1;
        w = fast.byTags(slot, Math.min(at, 2), t2, t1, kf, h);
      } else {
        w = fast.weights.get(kf).get(e.second().extract(h));
      }
      add(w, total);
    }
    if (rare[at]) {
      addAll(h, exR.dynamic, ex.size(), total);
    }
    for (int j = 0; j < total.length; j++) {
      total[j] += lc[j];
    }
    return total;
  }

  /** The summed weights of these extractors' values at {@code h}, common then rare ones. */
  private double[] scores(History h, List<Pair<Integer, Extractor>> common,
                          List<Pair<Integer, Extractor>> rareOnes) {
    double[] scores = new double[fast.ySize];
    addAll(h, common, 0, scores);
    if (rareOnes != null) {
      addAll(h, rareOnes, fast.extractors.size(), scores);
    }
    return scores;
  }

  /**
   * Adds the weights of these extractors' values at {@code h} to {@code scores}; {@code offset}
   * is where their weight maps start (0 for the common extractors, their count for rare ones).
   */
  private void addAll(History h, List<Pair<Integer, Extractor>> extractors, int offset,
                      double[] scores) {
    for (Pair<Integer, Extractor> e : extractors) {
      add(fast.weights.get(offset + e.first()).get(e.second().extract(h)), scores);
    }
  }

  private static void add(FastTagger.Weights w, double[] scores) {
    if (w != null) {
      int[] t = w.tags();
      double[] v = w.weights();
      for (int k = 0; k < t.length; k++) {
        scores[t[k]] += v[k];
      }
    }
  }
}
