package org.sitrep.nlp.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.nlp.doc.Doc;

/**
 * A sequence of tokens as a pattern file writes it, in the manner of TokensRegex or spaCy's
 * Matcher: {@code [cond]} one token ({@link TokenCond}; {@code []} any), {@code ( … | … )} a group
 * of alternatives, each element optionally followed by {@code ?}, {@code *}, {@code +} or
 * {@code {m,n}} ({@code *} and {@code +} have no bound but the limit the caller gives).
 * Matching finds every end a match can reach, so no order of alternatives or greediness decides
 * a result; a pattern with bounded repeats is tried only from the starts its longest match
 * allows, so asking whether a match ends at a token costs what the pattern spans.
 */
public final class TokenPattern {
  private sealed interface Elem permits Atom, Group {
    int min();

    int max();
  }

  private record Atom(TokenCond cond, int min, int max) implements Elem {}

  private record Group(List<List<Elem>> branches, int min, int max) implements Elem {}

  private static final int MANY = Integer.MAX_VALUE;
  private final List<Elem> seq;
  private final String source;
  private final long longest;

  private TokenPattern(List<Elem> seq, String source) {
    this.seq = seq;
    this.source = source;
    this.longest = longest(seq);
  }

  /** The most tokens a match can span, or Long.MAX_VALUE when a repeat has no bound. */
  private static long longest(List<Elem> elems) {
    long n = 0;
    for (Elem e : elems) {
      int max = e.max();
      long one = e instanceof Atom ? 1 : 0;
      if (e instanceof Group g) {
        for (List<Elem> b : g.branches) {
          one = Math.max(one, longest(b));
        }
      }
      if (one > 0 && max == MANY || one == Long.MAX_VALUE) {
        return Long.MAX_VALUE;
      }
      n += one * max;
      if (n > Integer.MAX_VALUE) {
        return Long.MAX_VALUE;
      }
    }
    return n;
  }

  /** Reads a pattern; {@code lists} gives the word table an {@code @name} value refers to. */
  public static TokenPattern parse(String text, Function<String, Set<String>> lists) {
    Parser p = new Parser(text, lists);
    List<List<Elem>> b = p.branches();
    if (p.at < text.length()) {
      throw new IllegalArgumentException("unexpected '" + text.charAt(p.at) + "' at column "
          + (p.at + 1));
    }
    if (b.size() != 1 || b.get(0).isEmpty()) {
      throw new IllegalArgumentException("a pattern is a sequence of [token] elements");
    }
    return new TokenPattern(b.get(0), text);
  }

  /** Whether a match starting at or after {@code from} ends with token {@code last}. */
  public boolean endsAt(Doc d, int last, int from) {
    long lowest = Math.max(Math.max(0, from), last + 1 - longest);
    for (int s = last; s >= lowest; s--) {
      if (ends(d, s, last + 1).get(last + 1)) {
        return true;
      }
    }
    return false;
  }

  /** The end (exclusive) of the longest match starting at {@code start} within {@code limit}, or -1. */
  public int longestAt(Doc d, int start, int limit) {
    BitSet e = ends(d, start, limit);
    return e.isEmpty() ? -1 : e.length() - 1;
  }

  /** The first match in [from, to): {start, end exclusive}, or null. */
  public int[] find(Doc d, int from, int to) {
    for (int s = Math.max(0, from); s < to; s++) {
      int e = longestAt(d, s, to);
      if (e > s) {
        return new int[] {s, e};
      }
    }
    return null;
  }

  private BitSet ends(Doc d, int start, int limit) {
    if (start < 0 || start > Math.min(limit, d.size())) {
      return new BitSet();
    }
    BitSet at = new BitSet();
    at.set(start);
    return seq(seq, d, at, Math.min(limit, d.size()));
  }

  private static BitSet seq(List<Elem> elems, Doc d, BitSet at, int limit) {
    for (Elem e : elems) {
      at = repeat(e, d, at, limit);
      if (at.isEmpty()) {
        break;
      }
    }
    return at;
  }

  private static BitSet repeat(Elem e, Doc d, BitSet at, int limit) {
    int min = e.min();
    int max = e.max();
    BitSet out = new BitSet();
    BitSet cur = at;
    for (int n = 0; n <= max && !cur.isEmpty(); n++) {
      if (n >= min) {
        out.or(cur);
      }
      if (n == max) {
        break;
      }
      BitSet next = once(e, d, cur, limit);
      if (next.equals(cur)) {
        // no progress (a group that matched no tokens): every further repeat ends here too
        out.or(cur);
        break;
      }
      if (n >= min) {
        next.andNot(out); // positions seen before add nothing new
        if (next.isEmpty()) {
          break;
        }
      }
      cur = next;
    }
    return out;
  }

  private static BitSet once(Elem e, Doc d, BitSet at, int limit) {
    BitSet out = new BitSet();
    for (int p = at.nextSetBit(0); p >= 0; p = at.nextSetBit(p + 1)) {
      if (e instanceof Atom a) {
        if (p < limit && a.cond.test(d, p)) {
          out.set(p + 1);
        }
      } else {
        BitSet one = new BitSet();
        one.set(p);
        for (List<Elem> b : ((Group) e).branches) {
          out.or(seq(b, d, (BitSet) one.clone(), limit));
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return source;
  }

  private static final class Parser {
    final String s;
    final Function<String, Set<String>> lists;
    int at;

    Parser(String s, Function<String, Set<String>> lists) {
      this.s = s;
      this.lists = lists;
    }

    List<List<Elem>> branches() {
      List<List<Elem>> out = new ArrayList<>();
      List<Elem> cur = new ArrayList<>();
      out.add(cur);
      while (true) {
        skip();
        if (at >= s.length() || s.charAt(at) == ')') {
          return out;
        }
        char c = s.charAt(at);
        if (c == '|') {
          at++;
          cur = new ArrayList<>();
          out.add(cur);
        } else if (c == '[') {
          int close = TokenCond.close(s, at, ']');
          if (close < 0) {
            throw new IllegalArgumentException("'[' at column " + (at + 1) + " is not closed");
          }
          TokenCond cond = TokenCond.parse(s.substring(at + 1, close), lists);
          at = close + 1;
          int[] q = quantifier();
          cur.add(new Atom(cond, q[0], q[1]));
        } else if (c == '(') {
          int open = at++;
          List<List<Elem>> inner = branches();
          if (at >= s.length() || s.charAt(at) != ')') {
            throw new IllegalArgumentException("'(' at column " + (open + 1) + " is not closed");
          }
          at++;
          if (inner.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("the group at column " + (open + 1)
                + " has an empty alternative (write [x]? for an optional token)");
          }
          int[] q = quantifier();
          cur.add(new Group(inner, q[0], q[1]));
        } else {
          throw new IllegalArgumentException("unexpected '" + c + "' at column " + (at + 1));
        }
      }
    }

    int[] quantifier() {
      if (at >= s.length()) {
        return new int[] {1, 1};
      }
      char c = s.charAt(at);
      if (c == '?' || c == '*' || c == '+') {
        at++;
        return c == '?' ? new int[] {0, 1} : c == '*' ? new int[] {0, MANY} : new int[] {1, MANY};
      }
      if (c == '{') {
        int close = s.indexOf('}', at);
        String[] f = close < 0 ? new String[0] : s.substring(at + 1, close).split(",", -1);
        try {
          int min = Integer.parseInt(f[0].strip());
          int max = f.length == 1 ? min : Integer.parseInt(f[1].strip());
          if (f.length > 2 || min < 0 || max < min || max == 0) {
            throw new NumberFormatException();
          }
          at = close + 1;
          return new int[] {min, max};
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("a repeat is {n} or {m,n}, at column " + (at + 1));
        }
      }
      return new int[] {1, 1};
    }

    void skip() {
      while (at < s.length() && s.charAt(at) == ' ') {
        at++;
      }
    }
  }
}
