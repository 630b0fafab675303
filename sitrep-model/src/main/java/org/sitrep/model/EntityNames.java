package org.sitrep.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The corpus-wide identity of an entity's name, shared by every article that uses it: the name
 * folded as the entity stage compares names within an article (case, accents and punctuation
 * folded, a leading "the" dropped) and, for people, without middle initials ("Donald J. Trump"
 * is "donald trump"). Generic nouns ("president", "source", "officials") name no entity.
 */
public final class EntityNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Common nouns that stand for a person or body without naming one, capitalised or not. */
  private static final Set<String> GENERIC = Set.of("president", "source", "sources",
      "official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister",
      "ministry", "government", "police", "authorities", "people", "man", "woman", "men",
      "women", "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "mr", "mrs", "ms",
      "sir", "reporter", "reporters", "witness", "witnesses", "resident", "residents",
      "leader", "leaders", "prime", "chief", "secretary", "general", "director", "senator",
      "governor", "mayor", "king", "queen", "spokesmen", "officer", "officers", "analyst",
      "analysts", "expert", "experts", "agency", "company", "group", "state", "city");

  private EntityNames() {}

  /** The corpus key of a name of an entity of {@code type}; empty for a generic noun. */
  public static String key(String type, String name) {
    return name == null || generic(name) ? "" : fold(type, name);
  }

  /**
   * A name folded as {@link #key} folds it, generic or not: how a name asked for (in any case)
   * is looked up.
   */
  public static String fold(String type, String name) {
    if (name == null) {
      return "";
    }
    List<String> words = words(name);
    if (!words.isEmpty() && words.get(0).equals("the")) {
      words.remove(0);
    }
    if ("PERSON".equals(type) && words.size() > 2) {
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        if (i == 0 || i == words.size() - 1 || words.get(i).length() > 1) {
          kept.add(words.get(i));
        }
      }
      words = kept;
    }
    return String.join(" ", words);
  }

  /**
   * Whether a name is a common noun rather than a name: it has no capitalised word (or digit),
   * or every word of it is a generic noun ("President", "Officials").
   */
  public static boolean generic(String name) {
    if (name == null || name.isBlank()) {
      return true;
    }
    boolean capitalised = false;
    for (String w : name.strip().split("\\s+")) {
      if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0))
          || Character.isDigit(w.codePointAt(0)))) {
        capitalised = true;
      }
    }
    if (!capitalised) {
      return true;
    }
    List<String> words = words(name);
    return words.isEmpty() || GENERIC.containsAll(words);
  }

  /** The last word of a key: a person's surname, when the key has more than one word. */
  public static String surname(String key) {
    int sp = key.lastIndexOf(' ');
    return sp < 0 ? key : key.substring(sp + 1);
  }

  /** Whether a key has more than one word (a full name, for a person). */
  public static boolean full(String key) {
    return key.indexOf(' ') > 0;
  }

  private static List<String> words(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "");
    List<String> out = new ArrayList<>();
    for (String w : NON_WORD.split(s)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
