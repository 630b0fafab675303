package org.sitrep.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text: by script for languages with their own (Arabic, Cyrillic, CJK,
 * Greek, Hebrew, ...), by the share of each language's commonest function words for Latin-script
 * text. Returns an ISO 639-1 code, or "und" when the text is too short or unclear. Small and
 * fast on purpose: Sitrep needs to know whether the English-only stages apply, not a dialect.
 */
public final class Language {
  private static final Map<String, Set<String>> STOPWORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with",
          "he", "as", "be", "by", "at", "have", "are", "this", "said", "from", "they", "has"),
      "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "des", "auf",
          "ein", "eine", "dem", "auch", "es", "an", "wird", "zu", "im", "für", "von"),
      "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "un", "du", "dans", "que", "qui",
          "pour", "pas", "sur", "au", "il", "avec", "ce", "sont", "par"),
      "es", Set.of("el", "la", "de", "que", "y", "los", "las", "en", "del", "se", "por", "un",
          "una", "con", "para", "es", "al", "lo", "como", "más", "pero"),
      "it", Set.of("il", "di", "che", "e", "la", "per", "un", "una", "del", "della", "non", "sono",
          "con", "le", "gli", "nel", "anche", "è", "si", "da"),
      "pt", Set.of("o", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não",
          "os", "no", "na", "se", "por", "mais", "dos", "ao", "foi"),
      "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn",
          "met", "voor", "ook", "aan", "er", "maar", "werd", "wordt"));

  private Language() {}

  public static String detect(String text) {
    if (text == null || text.isBlank()) {
      return "und";
    }
    String script = byScript(text);
    if (script != null) {
      return script;
    }
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
    for (String w : letterWords(text, 2000)) {
      words++;
      for (var e : STOPWORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
      if (words >= 2000) {
        break;
      }
    }
    String best = "und";
    int bestHits = 0;
    for (var e : hits.entrySet()) {
      if (e.getValue() > bestHits) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    // Function words are ~a third of running text; under 8% means none of these languages.
    return words >= 5 && bestHits >= Math.max(2, words * 0.08) ? best : "und";
  }

  /** Up to {@code max} lower-cased runs of letters. */
  private static java.util.List<String> letterWords(String text, int max) {
    java.util.List<String> out = new java.util.ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= text.length() && out.size() < max; i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    return out;
  }

  private static String byScript(String text) {
    Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
    int letters = 0;
    for (int i = 0, n = Math.min(text.length(), 5000); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
      }
    }
    if (letters == 0) {
      return null;
    }
    Character.UnicodeScript top = counts.entrySet().stream()
        .max(Map.Entry.comparingByValue()).get().getKey();
    if (top == Character.UnicodeScript.LATIN) {
      return null;
    }
    if (top == Character.UnicodeScript.HAN) {
      return counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
          + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0) > 0 ? "ja" : "zh";
    }
    return switch (top) {
      case ARABIC -> text.matches("(?s).*[پچژگ].*") ? "fa" : "ar";
      case CYRILLIC -> text.matches("(?s).*[іїєґ].*") ? "uk" : "ru";
      case GREEK -> "el";
      case HEBREW -> "he";
      case HIRAGANA, KATAKANA -> "ja";
      case HANGUL -> "ko";
      case DEVANAGARI -> "hi";
      case THAI -> "th";
      default -> top.name().toLowerCase(Locale.ROOT);
    };
  }
}
