package org.sitrep.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * Where paragraphs break (a line break, or a run of them: some sources separate paragraphs
 * with one), to tell in O(log n) whether two spans share one.
 */
final class Paragraphs {
  private final int[] starts;
  private final int[] ends;

  Paragraphs(String text) {
    List<Integer> b = new ArrayList<>();
    List<Integer> e = new ArrayList<>();
    for (int i = text.indexOf('\n'); i >= 0; ) {
      int end = i;
      while (end < text.length() && text.charAt(end) == '\n') {
        end++;
      }
      b.add(i);
      e.add(end);
      i = text.indexOf('\n', end);
    }
    starts = b.stream().mapToInt(Integer::intValue).toArray();
    ends = e.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Index of the first break starting at or after {@code offset}. */
  private int firstFrom(int offset) {
    int i = java.util.Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 1;
  }

  /** True when at most {@code n} paragraph breaks lie between the end of a and the start of b. */
  boolean within(Span a, Span b, int n) {
    int count = 0;
    for (int k = firstFrom(a.end()); k < starts.length && ends[k] <= b.start(); k++) {
      if (++count > n) {
        return false;
      }
    }
    return true;
  }

  /** True when no paragraph break lies between the start of one span and the end of the other. */
  boolean same(Span q, Span sentence) {
    int from = Math.min(q.start(), sentence.start());
    int to = Math.max(q.end(), sentence.end());
    int first = firstFrom(from);
    return first >= starts.length || ends[first] > to;
  }
}
