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
 * {@code @list}, a word table of the same folder. No conditions: any token.
 */
final class TokenCond {
  private record One(String key, boolean not, String literal, Pattern regex, Set<String> list) {}

  private final List<One> all;

  private TokenCond(List<One> all) {
    this.all = all;
  }

  static TokenCond parse(String text, Function<String, Set<String>> lists) {
    List<One> out = new ArrayList<>();
    if (text.isBlank()) {
      return new TokenCond(out);
    }
    for (String part : text.split("&")) {
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
      String v = c.substring(colon + 1);
      if (v.length() > 1 && v.startsWith("/") && v.endsWith("/")) {
        out.add(new One(key, not, null, Pattern.compile(v.substring(1, v.length() - 1)), null));
      } else if (v.startsWith("@")) {
        out.add(new One(key, not, null, null, lists.apply(v.substring(1))));
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
