package org.sitrep.nlp.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.doc.Parse;

/**
 * A token and its neighbours in the dependency parse, in the manner of Semgrex or spaCy's
 * DependencyMatcher: {@code {cond}} the anchor ({@link TokenCond} conditions; {@code {}} any
 * token), then relations to it, each {@code >rel {cond}} (a child by that relation),
 * {@code !>rel {cond}} (no such child) or {@code <rel {cond}} (its head, the anchor hanging from it
 * by that relation). A relation is a literal or a {@code /regex/}; a node followed by
 * {@code =name} is kept under that name in the match.
 */
public final class DepPattern {
  private record Rel(char dir, boolean not, String literal, Pattern regex, TokenCond cond,
                     String name) {
    boolean relation(String r) {
      return r != null && (literal != null ? literal.equals(r) : regex.matcher(r).matches());
    }
  }

  private final TokenCond anchor;
  private final String anchorName;
  private final List<Rel> rels;
  private final String source;

  private DepPattern(TokenCond anchor, String anchorName, List<Rel> rels, String source) {
    this.anchor = anchor;
    this.anchorName = anchorName;
    this.rels = rels;
    this.source = source;
  }

  public static DepPattern parse(String text, Function<String, Set<String>> lists) {
    int[] at = {0};
    String s = text.strip();
    TokenCond anchor = node(s, at, lists);
    String anchorName = name(s, at);
    List<Rel> rels = new ArrayList<>();
    while (true) {
      skip(s, at);
      if (at[0] >= s.length()) {
        break;
      }
      boolean not = s.charAt(at[0]) == '!';
      if (not) {
        at[0]++;
      }
      char dir = at[0] < s.length() ? s.charAt(at[0]) : ' ';
      if (dir != '>' && dir != '<' || not && dir == '<') {
        throw new IllegalArgumentException("expected >rel, !>rel or <rel at column " + (at[0] + 1));
      }
      at[0]++;
      int sp = s.indexOf(' ', at[0]);
      int br = s.indexOf('{', at[0]);
      int end = sp < 0 ? br : br < 0 ? sp : Math.min(sp, br);
      if (end <= at[0]) {
        throw new IllegalArgumentException("a relation needs a name at column " + (at[0] + 1));
      }
      String r = s.substring(at[0], end);
      at[0] = end;
      TokenCond cond = node(s, at, lists);
      String name = name(s, at);
      boolean regex = r.length() > 1 && r.startsWith("/") && r.endsWith("/");
      rels.add(new Rel(dir, not, regex ? null : r,
          regex ? Pattern.compile(r.substring(1, r.length() - 1)) : null, cond, name));
    }
    return new DepPattern(anchor, anchorName, List.copyOf(rels), text);
  }

  /** Whether token {@code t}, in the parse {@code p} of its sentence, matches. */
  public boolean matches(Doc d, Parse p, int t) {
    return match(d, p, t) != null;
  }

  /**
   * The named nodes of a match anchored at {@code t} (the first child that fits each relation),
   * or null when {@code t} does not match.
   */
  public Map<String, Integer> match(Doc d, Parse p, int t) {
    if (p == null || !p.covers(t) || !anchor.test(d, t)) {
      return null;
    }
    Map<String, Integer> named = new HashMap<>();
    if (anchorName != null) {
      named.put(anchorName, t);
    }
    for (Rel r : rels) {
      int found = -1;
      if (r.dir == '<') {
        int h = p.headOf(t);
        if (h >= 0 && p.covers(h) && r.relation(p.relOf(t)) && r.cond.test(d, h)) {
          found = h;
        }
      } else {
        for (int c : p.kids()[t - p.first()]) {
          if (r.relation(p.relOf(c)) && r.cond.test(d, c)) {
            found = c;
            break;
          }
        }
      }
      if ((found >= 0) == r.not) {
        return null;
      }
      if (found >= 0 && r.name != null) {
        named.put(r.name, found);
      }
    }
    return named;
  }

  private static TokenCond node(String s, int[] at, Function<String, Set<String>> lists) {
    skip(s, at);
    if (at[0] >= s.length() || s.charAt(at[0]) != '{') {
      throw new IllegalArgumentException("expected {conditions} at column " + (at[0] + 1));
    }
    int close = TokenCond.close(s, at[0], '}');
    if (close < 0) {
      throw new IllegalArgumentException("'{' at column " + (at[0] + 1) + " is not closed");
    }
    TokenCond c = TokenCond.parse(s.substring(at[0] + 1, close), lists);
    at[0] = close + 1;
    return c;
  }

  private static String name(String s, int[] at) {
    if (at[0] < s.length() && s.charAt(at[0]) == '=') {
      int end = at[0] + 1;
      while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-'
          || s.charAt(end) == '_')) {
        end++;
      }
      String n = s.substring(at[0] + 1, end);
      if (n.isEmpty()) {
        throw new IllegalArgumentException("'=' at column " + (at[0] + 1) + " needs a name");
      }
      at[0] = end;
      return n;
    }
    return null;
  }

  private static void skip(String s, int[] at) {
    while (at[0] < s.length() && s.charAt(at[0]) == ' ') {
      at[0]++;
    }
  }

  @Override
  public String toString() {
    return source;
  }
}
