package org.sitrep.nlp.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.nlp.doc.Doc;

/**
 * What one token must be, as a pattern file writes it: conditions joined by {@code &}, each
 * {@code [!]key:value} where key is {@code word}, {@code lower}, {@code lemma}, {@code tag} or
 * {@code ner} and value a literal, a {@code /regex/} the whole attribute must match, or
 * {@code @list}, a word table of the same folder. A regex may hold brackets and {@code &}; it
 * ends at a slash followed by {@code &} or the closing bracket. No conditions: any token.
 */
final class TokenCond {
  private record One(String key, boolean not, String literal, Pattern regex, Set<String> list) {}

  private final List<One> all;

  private TokenCond(List<One> all) {
    this.all = all;
  }

  /**
   * The index of the {@code closer} that ends the conditions opened at {@code open}, skipping
   * the insides of {@code /regex/} values (which may hold brackets and {@code &}), or -1.
   */
  static int close(String s, int open, char closer) {
    int i = open + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == closer) {
        return i;
      }
      if (c == '/' && s.charAt(i - 1) == ':') {
        i = regexEnd(s, i, closer);
        if (i < 0) {
          return -1;
        }
      }
      i++;
    }
    return -1;
  }

  /** The closing slash of the regex opened at {@code slash}: one followed by & or the closer. */
  private static int regexEnd(String s, int slash, char closer) {
    for (int j = slash + 1; j < s.length(); j++) {
      if (s.charAt(j) == '\\') {
        j++;
      } else if (s.charAt(j) == '/') {
        int k = j + 1;
        while (k < s.length() && s.charAt(k) == ' ') {
          k++;
        }
        if (k == s.length() || s.charAt(k) == '&' || s.charAt(k) == closer) {
          return j;
        }
      }
    }
    return -1;
  }

  /** The conditions split at the {@code &} outside regexes. */
  private static List<String> parts(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '/' && i > 0 && text.charAt(i - 1) == ':') {
        int e = regexEnd(text, i, '\0');
        if (e < 0) {
          throw new IllegalArgumentException("a /regex/ is not closed: '" + text.strip() + "'");
        }
        i = e;
      } else if (c == '&') {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  static TokenCond parse(String text, Function<String, Set<String>> lists) {
    List<One> out = new ArrayList<>();
    if (text.isBlank()) {
      return new TokenCond(out);
    }
    for (String part : parts(text)) {
      String c = part.strip();
      boolean not = c.startsWith("!");
      if (not) {
        c = c.substring(1).strip();
      }
      int colon = c.indexOf(':');
      if (colon <= 0 || colon == c.length() - 1) {
        throw new IllegalArgumentException("a condition is key:value, not '" + part.strip() + "'");
      }
      String key = c.substring(0, colon);
      if (!Set.of("word", "lower", "lemma", "tag", "ner").contains(key)) {
        throw new IllegalArgumentException("unknown token attribute '" + key
            + "' (word, lower, lemma, tag or ner)");
      }
      String v = c.substring(colon + 1).strip();
      boolean regex = v.length() > 1 && v.startsWith("/") && v.endsWith("/");
      if (v.isEmpty() || v.contains(" ") && !regex) {
        throw new IllegalArgumentException("a value is one word, a /regex/ or an @table: '"
            + part.strip() + "'");
      }
      if (regex) {
        out.add(new One(key, not, null, Pattern.compile(v.substring(1, v.length() - 1)), null));
      } else if (v.startsWith("@")) {
        Set<String> list = lists.apply(v.substring(1));
        if (list == null) {
          throw new IllegalArgumentException("no word table '" + v.substring(1) + "'");
        }
        out.add(new One(key, not, null, null, list));
      } else {
        out.add(new One(key, not, v, null, null));
      }
    }
    return new TokenCond(List.copyOf(out));
  }

  boolean test(Doc d, int i) {
    for (One c : all) {
      String v = switch (c.key) {
        case "word" -> d.word(i);
        case "lower" -> d.lower(i);
        case "lemma" -> d.lemma(i);
        case "tag" -> d.pos(i);
        default -> d.ner(i);
      };
      boolean ok = v != null && (c.literal != null ? c.literal.equals(v)
          : c.regex != null ? c.regex.matcher(v).matches() : c.list.contains(v));
      if (ok == c.not) {
        return false;
      }
    }
    return true;
  }
}
