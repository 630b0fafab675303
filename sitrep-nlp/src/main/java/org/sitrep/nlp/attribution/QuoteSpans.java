package org.sitrep.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.QuoteMarks;
import org.sitrep.model.Span;
import org.sitrep.nlp.rules.WordList;

/**
 * Quotation spans in a text, and the quotation marks that hold no one's words (titles of works,
 * nicknames, words talked about, ids): the quotations the sieves look for a speaker of.
 */
public final class QuoteSpans {
  private static final Set<String> WORDS_AS_WORDS =
      WordList.load("/org/sitrep/nlp/attribution/words-as-words.words").words();
  private static final Set<String> TITLE_SMALL_WORDS =
      WordList.load("/org/sitrep/nlp/attribution/title-small-words.words").words();

  private QuoteSpans() {}

  /** Paired double quotation marks, marks included; an unclosed one runs to its paragraph's end. */
  public static List<Span> of(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        if (open >= 0) {
          out.add(new Span(open, i));
          open = -1;
        }
        continue;
      }
      int role = QuoteMarks.role(text, i, open >= 0 ? 1 : 0);
      if (role > 0 && open < 0) {
        open = i;
      } else if (role < 0 && open >= 0) {
        out.add(new Span(open, i + 1));
        open = -1;
      }
    }
    if (open >= 0) {
      out.add(new Span(open, text.length()));
    }
    return out;
  }

  /** The words inside quotation {@code q}, without its marks, stripped. */
  static String inner(String text, Span q) {
    return text.substring(q.start() + 1, Math.max(q.start() + 1,
        text.charAt(q.end() - 1) == '”' || text.charAt(q.end() - 1) == '"'
            ? q.end() - 1 : q.end())).strip();
  }

  /** A nickname inside a name: Marcia “Cia” Price, Robert C. “Bobby” Scott. */
  static boolean nickname(String text, Span q, String inner) {
    if (inner.isEmpty() || inner.indexOf(' ') >= 0 || !Character.isUpperCase(inner.codePointAt(0))
        || !inner.chars().allMatch(Character::isLetter)) {
      return false;
    }
    String before = text.substring(Math.max(0, q.start() - 30), q.start()).stripTrailing();
    String after = text.substring(q.end(), Math.min(text.length(), q.end() + 30)).stripLeading();
    String last = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
    boolean nameBefore = !last.isEmpty() && Character.isUpperCase(last.codePointAt(0))
        && Character.isLetter(last.charAt(last.length() - 1)) || last.matches("[A-Z]\\.");
    return nameBefore && !after.isEmpty() && Character.isUpperCase(after.codePointAt(0));
  }

  /**
   * Quotation marks that hold no one's words: the title of a work or a programme, as US news
   * style writes them (“Face the Nation,” “Morning Joe”: a few words, each capitalised but the
   * small ones), and fragments of embedded posts (ids, links).
   */
  static boolean notSpeech(String inner) {
    String t = inner.strip();
    while (!t.isEmpty() && ",.;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty()) {
      return true;
    }
    if (t.matches("\\(?[A-Z]{3,}\\)?\\.?\\)?")) {
      return true; // a transcript's stage direction: "(CROSSTALK.)"
    }
    if (WORDS_AS_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
      return true; // a word talked about: the pronoun “she”
    }
    if (t.indexOf(' ') < 0 && (t.chars().anyMatch(Character::isDigit) && t.chars()
        .filter(Character::isLetter).count() < 3 || t.contains("/") || t.contains(".com"))) {
      return true; // "783499116076687360", "pic.twitter.com/"
    }
    String[] words = t.split("\\s+");
    if (words.length > 6 || t.endsWith("!") || t.endsWith("?") || t.contains(". ")
        || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    boolean capitalised = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      int c = w.codePointAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        capitalised |= i > 0 || words.length == 1;
      } else if (!TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return capitalised && words.length > 1;
  }
}
