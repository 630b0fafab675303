package org.sitrep.nlp.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A speaker's name as it is shown, without possessives: the words that stand for a speaker
 * often hold one ("Trump's office said", "Russia’s military official said"), and the speaker is
 * the office of Trump, not a name "Trump's office". The owner moves behind its head ("the
 * office of Trump"); a possessive left at either end (a name read with its "'s", or a phrase
 * cut after it: "’S BOSS") is dropped.
 */
final class SpeakerNames {
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");

  private SpeakerNames() {}

  /** {@code name} without possessives; null stays null. */
  static String clean(String name) {
    if (name == null) {
      return null;
    }
    String[] words = name.strip().split("\\s+");
    int from = 0;
    while (from < words.length && marker(words[from])) {
      from++; // a phrase cut after its owner: "’S BOSS"
    }
    int to = words.length;
    while (to > from && marker(words[to - 1])) {
      to--;
    }
    List<String> joined = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (marker(words[i]) && !joined.isEmpty()) {
        joined.set(joined.size() - 1, joined.get(joined.size() - 1) + words[i]); // "Trump 's"
      } else {
        joined.add(words[i]);
      }
    }
    if (joined.isEmpty()) {
      return name;
    }
    words = joined.toArray(new String[0]);
    words[words.length - 1] = owner(words[words.length - 1]);
    int k = -1;
    for (int i = 0; i < words.length - 1; i++) {
      if (!owner(words[i]).equals(words[i])) {
        k = i; // the last possessive before the head
      }
    }
    if (k < 0) {
      return String.join(" ", words);
    }
    String head = String.join(" ", Arrays.copyOfRange(words, k + 1, words.length));
    String[] owner = Arrays.copyOfRange(words, 0, k + 1);
    owner[k] = owner(owner[k]);
    String lead = DETERMINERS.contains(words[k + 1].toLowerCase(Locale.ROOT)) ? "" : "the ";
    return lead + head + " of " + clean(String.join(" ", owner));
  }

  /** A possessive marker standing alone ("'s", "’", as a tokenizer splits them off). */
  private static boolean marker(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.equals("'s") || l.equals("’s") || l.equals("'") || l.equals("’");
  }

  /** A word without its possessive ending: "Trump's" Trump, "Russia’s" Russia, "states'" states. */
  private static String owner(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (w.length() > 2 && (l.endsWith("'s") || l.endsWith("’s"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 2 && (l.endsWith("s'") || l.endsWith("s’"))) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
