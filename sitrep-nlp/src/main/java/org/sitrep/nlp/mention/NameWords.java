package org.sitrep.nlp.mention;

/** Comparisons of the words of two names, for the entity stage. */
final class NameWords {
  private NameWords() {}

  /** Whether the words of {@code s} occur in {@code l} in the same order (case folded). */
  static boolean subsequence(String[] s, String[] l) {
    int j = 0;
    for (int i = 0; i < l.length && j < s.length; i++) {
      if (l[i].equalsIgnoreCase(s[j])) {
        j++;
      }
    }
    return j == s.length;
  }

  /** Levenshtein distance: the fewest insertions, deletions and substitutions. */
  static int edits(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1,
            prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
