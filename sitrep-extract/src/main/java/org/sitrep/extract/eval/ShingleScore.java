package org.sitrep.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's page score: the texts are split into {@code \w+} tokens,
 * 4-token shingles are counted as multisets, and the overlap gives true positives, false positives
 * (extracted, not in the truth) and false negatives (in the truth, missed).
 */
public record ShingleScore(long tp, long fp, long fn) {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  static final int N = 4;

  public static ShingleScore of(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (var e : p.entrySet()) {
      int inTruth = t.getOrDefault(e.getKey(), 0);
      tp += Math.min(inTruth, e.getValue());
      fp += Math.max(0, e.getValue() - inTruth);
    }
    for (var e : t.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    return new ShingleScore(tp, fp, fn);
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    if (text != null) {
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        tokens.add(m.group());
      }
    }
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < N) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }

  public double precision() {
    return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
