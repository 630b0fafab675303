package org.sitrep.nlp.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * One parsed sentence: for each token (indexed from {@code first}, the sentence's first token
 * in the article), its head as an article token index (-1 for the root) and its relation.
 */
public record Parse(int first, int[] head, String[] rel, int[][] kids) {
  public Parse(int first, int[] head, String[] rel) {
    this(first, head, rel, index(first, head));
  }

  /** Each token's children in order, built once: the speaker search asks for them often. */
  private static int[][] index(int first, int[] head) {
    int[] count = new int[head.length];
    for (int h : head) {
      if (h >= first && h < first + head.length) {
        count[h - first]++;
      }
    }
    int[][] kids = new int[head.length][];
    for (int i = 0; i < head.length; i++) {
      kids[i] = new int[count[i]];
      count[i] = 0;
    }
    for (int i = 0; i < head.length; i++) {
      int h = head[i];
      if (h >= first && h < first + head.length) {
        kids[h - first][count[h - first]++] = first + i;
      }
    }
    return kids;
  }

  public int size() {
    return head.length;
  }

  public boolean covers(int token) {
    return token >= first && token < first + head.length;
  }

  public int headOf(int token) {
    return head[token - first];
  }

  public String relOf(int token) {
    return rel[token - first];
  }

  /** Children of a token, in order. */
  public List<Integer> children(int token) {
    if (!covers(token)) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>(kids[token - first].length);
    for (int k : kids[token - first]) {
      out.add(k);
    }
    return out;
  }

  /** First and last token of the subtree under {@code token}. */
  public int[] subtree(int token) {
    int lo = token;
    int hi = token;
    for (int i = 0; i < head.length; i++) {
      int t = first + i;
      if (dominates(token, t)) {
        lo = Math.min(lo, t);
        hi = Math.max(hi, t);
      }
    }
    return new int[] {lo, hi};
  }

  public boolean dominates(int top, int t) {
    for (int k = 0; k <= head.length && t >= 0; k++) {
      if (t == top) {
        return true;
      }
      t = headOf(t);
    }
    return false;
  }
}
