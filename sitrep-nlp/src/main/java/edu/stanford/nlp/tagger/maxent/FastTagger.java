package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's maximum-entropy part-of-speech tagger with the same model, the same features and
 * the same Viterbi search, scored without its two costs that do not change a tag. Part of
 * Sitrep (GPL-3.0-or-later), placed in CoreNLP's package because the tagger's model and scoring
 * hooks are package-private there.
 *
 * <p>Why: in Sitrep's annotation the tagger was half the time, and JFR showed where. (1) With
 * exact scoring (the English models) CoreNLP's per-sentence cache of a word's own features
 * never hits — the cached array has one score per tag of the model, the check compares it with
 * the number of tags the word may take — so the ~30 features of a rare word (prefixes,
 * suffixes, shapes) are extracted and looked up again for every combination of the two previous
 * tags, dozens of times per word. Here they are computed once per position. (2) Each feature
 * value's weights are an array of one feature index per tag, mostly empty (98,548 weights over
 * 50,004 values × 50 tags in english-left3words): CoreNLP walks all 50 and gathers from the
 * weight vector; here each value holds only its (tag, weight) pairs.
 *
 * <p>The sums are formed in the same order (features in CoreNLP's order, then its per-position
 * and per-word parts added as it adds them), so the scores are bit for bit CoreNLP's and so are
 * the tags; {@code TaggerTest} checks that on real articles. Approximate scoring (some other
 * languages' models) and verbose mode fall back to CoreNLP's own code.
 */
public final class FastTagger extends MaxentTagger {
  /** One feature value's weights: the tags it has a weight for, and those weights. */
  record Weights(int[] tags, double[] weights) {}

  /** Per extractor (common ones, then rare ones, as in {@code fAssociations}): value → weights. */
  final List<Map<String, Weights>> weights;

  public FastTagger(String model) {
    super(model, edu.stanford.nlp.util.StringUtils.argsToProperties("-model", model), false);
    double[] lambda = getLambdaSolve().lambda;
    List<Map<String, Weights>> all = new ArrayList<>(fAssociations.size());
    for (Map<String, int[]> m : fAssociations) {
      Map<String, Weights> sparse = new HashMap<>(m.size() * 2);
      for (Map.Entry<String, int[]> e : m.entrySet()) {
        int[] assoc = e.getValue();
        int n = 0;
        for (int f : assoc) {
          if (f >= 0) {
            n++;
          }
        }
        int[] tags = new int[n];
        double[] w = new double[n];
        for (int j = 0, k = 0; j < assoc.length && j < ySize; j++) {
          if (assoc[j] >= 0) {
            tags[k] = j;
            w[k++] = lambda[assoc[j]];
          }
        }
        sparse.put(e.getKey(), new Weights(tags, w));
      }
      all.add(sparse);
    }
    this.weights = all;
    this.slots = new int[extractors.size()];
    int n = 0;
    for (int k = 0; k < extractors.size(); k++) {
      Extractor e = extractors.get(k);
      boolean previousTags = e.isDynamic() && (e.position == -1 || e.position == -2)
          && (e.getClass() == Extractor.class
              || e.getClass() == ExtractorFrames.ExtractorContinuousTagConjunction.class);
      slots[k] = previousTags ? n++ : -1;
    }
    this.tagCount = tags.getSize() + 1;
    this.byTags = new Weights[n][3 * tagCount * tagCount];
  }

  /**
   * Per common extractor: its slot in {@link #byTags} when its value reads only the previous
   * one or two tags (CoreNLP's plain tag extractor and its tag conjunction), else -1.
   */
  private final int[] slots;
  private final int tagCount;
  /**
   * Per such extractor: weights by (how near the start: 0, 1, 2 or more words in; the tag two
   * back; the tag one back), tag indices shifted by one so that -1 (no tag) is 0. Filled on
   * first use; a race only computes the same immutable value twice.
   */
  private final Weights[][] byTags;
  private static final Weights NONE = new Weights(new int[0], new double[0]);

  int tagOnly(int extractor) {
    return slots[extractor];
  }

  Weights byTags(int slot, int near, int twoBack, int oneBack, int kf, History h) {
    int i = (near * tagCount + twoBack + 1) * tagCount + oneBack + 1;
    Weights[] cache = byTags[slot];
    Weights w = cache[i];
    if (w == null) {
      w = weights.get(kf).get(extractors.get(kf).extract(h));
      cache[i] = w == null ? NONE : w;
      return w;
    }
    return w == NONE ? null : w;
  }

  /** Whether this tagger's model is one the fast path scores (exact scoring). */
  boolean fast() {
    return !hasApproximateScoring();
  }

  @Override
  public List<TaggedWord> tagSentence(List<? extends HasWord> sentence, boolean reuseTags) {
    return new FastSentence(this).tagSentence(sentence, reuseTags);
  }

  @Override
  public List<TaggedWord> tagSentence(List<? extends HasWord> sentence) {
    return tagSentence(sentence, false);
  }
}
