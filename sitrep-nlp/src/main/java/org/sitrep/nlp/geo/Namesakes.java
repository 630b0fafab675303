package org.sitrep.nlp.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Mention;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.rules.WordList;

/**
 * A town named with its state or country is that town: "Cambridge, Md." is Cambridge, Maryland
 * (not the English one), "Troy, OH" Troy, Ohio, "Paris, Texas" the Texan one, and in "Atlanta,
 * Georgia" Georgia is the US state. The name before the comma keeps only its candidates inside
 * the area after it, and the area only its candidates that hold one of them. A state's
 * abbreviation ({@code state-abbreviations.words}) names its state: AP forms ("Md.", "Calif.")
 * wherever the article uses them as a place, postal codes ("MD", "OH") only after a town and a
 * comma, so that neither becomes a place of its own (Moldova for "MD"); a postal code alone is
 * no place ("the PA said").
 */
final class Namesakes {
  private Namesakes() {}

  private static final WordList TABLE =
      WordList.load("/org/sitrep/nlp/geo/state-abbreviations.words");
  /** Abbreviation to "cc/admin1" of its region. */
  private static final Map<String, String> ABBREVIATIONS = TABLE.values();

  /** The space between two initials ("D. C."): dropped to read the table's form ("D.C."). */
  private static final java.util.regex.Pattern INITIAL_SPACE =
      java.util.regex.Pattern.compile("(?<=\\b\\p{Lu}\\.)\\s+(?=\\p{Lu}\\.)");

  /** The most words an abbreviation has: "W. Va.", "D. C.". */
  private static final int MAX_WORDS = 2;

  /**
   * The gazetteer's first-level region {@code text} abbreviates, or -1. A postal code ("OH",
   * two capitals) counts only {@code afterComma} ("Troy, OH"); an AP form ("Md.") anywhere.
   */
  static int region(Gazetteer g, String text, boolean afterComma) {
    String area = ABBREVIATIONS.get(text);
    if (area == null) {
      // "D. C.", "N. Y.": initials some papers space apart, the same abbreviation
      text = INITIAL_SPACE.matcher(text).replaceAll("");
      area = ABBREVIATIONS.get(text);
    }
    if (area == null || !afterComma && isPostalCode(text)) {
      return -1;
    }
    int slash = area.indexOf('/');
    String cc = area.substring(0, slash);
    String admin1 = area.substring(slash + 1);
    for (int c : g.lookup(admin1)) {
      if (g.kind(c) == Gazetteer.REGION && g.cc(c).equals(cc) && admin1.equals(g.admin1(c))) {
        return c;
      }
    }
    throw new IllegalStateException("state-abbreviations.words: the gazetteer has no region "
        + area + " (line " + TABLE.line(text) + ")");
  }

  private static boolean isPostalCode(String text) {
    return text.length() == 2 && Character.isUpperCase(text.charAt(0))
        && Character.isUpperCase(text.charAt(1));
  }

  /**
   * Narrows the candidates of every name written with its state or country after a comma, and
   * makes each abbreviation the article uses as a place its state.
   */
  static void apply(Doc d, Gazetteer g, List<Target> all) {
    Map<Integer, Target> byFirstToken = new HashMap<>();
    java.util.Set<Integer> placeEnds = new java.util.HashSet<>();
    for (Target t : all) {
      for (Mention m : t.mentions) {
        byFirstToken.putIfAbsent(d.tokenAt(m.span().start()), t);
        placeEnds.add(d.lastToken(m.span()));
      }
    }
    for (Target t : all) {
      int state = abbreviationOnly(d, g, t, placeEnds);
      if (state >= 0) {
        // "MD" after a town: Maryland, not Moldova; "D.C." keeps its reading inside the District
        int[] within = Arrays.stream(t.candidates)
            .filter(c -> c == state || CandidateFeatures.inside(g, c, state)).toArray();
        t.candidates = within.length > 0 ? within : new int[] {state};
        t.rules.add("a state's abbreviation: " + g.name(state));
      } else if (!t.mentions.isEmpty() && t.names.stream().allMatch(
          n -> isPostalCode(n) && ABBREVIATIONS.containsKey(n))) {
        // "the PA" (the Palestinian Authority), "WA" (Western Australia): two capitals alone
        // name no state, and whatever else they abbreviate, not Yudong, China or Wa, Ghana
        t.mentions.clear();
        t.candidates = new int[0]; // nor a place the others are read near
      }
    }
    for (Target x : all) {
      for (Mention m : x.mentions) {
        int comma = d.lastToken(m.span()) + 1;
        if (comma + 1 >= d.size() || !d.word(comma).equals(",")) {
          continue;
        }
        Target y = byFirstToken.get(comma + 1);
        int[] areas = y != null && y != x ? areas(g, y) : new int[0];
        boolean abbreviated = y != null && areas.length == 1 && y.candidates.length == 1
            && y.names.stream().anyMatch(ABBREVIATIONS::containsKey);
        if (y == null || areas.length == 0) {
          int state = abbreviationAt(d, g, comma + 1);
          areas = state >= 0 ? new int[] {state} : areas;
          abbreviated = state >= 0;
        }
        // "Iran, Russia", "Virginia, Washington": peers, not one inside the other; but "Lebanon,
        // Pa." and "Washington, D.C." are towns
        boolean peers = !abbreviated && (x.namesCountry || !x.regions.isEmpty())
            || !x.siblings.isEmpty();
        if (areas.length > 0 && !peers) {
          narrow(g, x, y, areas);
        }
      }
    }
  }

  /**
   * The state every mention of {@code t} abbreviates (a postal code after a place's name and a
   * comma: {@code placeEnds} are the places' last tokens), or -1.
   */
  private static int abbreviationOnly(Doc d, Gazetteer g, Target t,
                                      java.util.Set<Integer> placeEnds) {
    int state = -1;
    for (Mention m : t.mentions) {
      int first = d.tokenAt(m.span().start());
      boolean afterComma = first >= 2 && d.word(first - 1).equals(",")
          && placeEnds.contains(first - 2);
      int r = region(g, m.text(), afterComma);
      if (r < 0 || state >= 0 && r != state) {
        return -1;
      }
      state = r;
    }
    return state;
  }

  /** The state an abbreviation of one or two tokens from token {@code i} names, or -1. */
  private static int abbreviationAt(Doc d, Gazetteer g, int i) {
    for (int j = Math.min(d.size() - 1, i + MAX_WORDS - 1); j >= i; j--) {
      int r = region(g, d.text(i, j), true);
      if (r >= 0) {
        return r;
      }
    }
    return -1;
  }

  /** {@code y}'s candidates that are countries or first-level regions. */
  private static int[] areas(Gazetteer g, Target y) {
    return Arrays.stream(y.candidates)
        .filter(c -> g.kind(c) == Gazetteer.COUNTRY || g.kind(c) == Gazetteer.REGION).toArray();
  }

  /**
   * Keeps {@code x}'s candidates inside one of {@code areas} (not an area itself: "New York,
   * N.Y." is the city), and {@code y}'s (when a place name) that hold one; nothing changes
   * when none is inside.
   */
  private static void narrow(Gazetteer g, Target x, Target y, int[] areas) {
    List<Integer> held = new ArrayList<>();
    int[] inside = Arrays.stream(x.candidates).filter(c -> {
      char k = g.kind(c);
      if (k == Gazetteer.COUNTRY || k == Gazetteer.CONTINENT) {
        return false;
      }
      boolean in = false;
      for (int a : areas) {
        if (a != c && CandidateFeatures.inside(g, c, a)) {
          in = true;
          if (!held.contains(a)) {
            held.add(a);
          }
        }
      }
      return in;
    }).toArray();
    if (inside.length == 0) {
      return;
    }
    if (inside.length < x.candidates.length) {
      x.rules.add("\"X, Y\": only the " + inside.length + " of " + x.candidates.length
          + " candidates inside " + held.stream().map(g::name).distinct()
          .collect(java.util.stream.Collectors.joining(" or ")) + " kept");
    }
    x.candidates = inside;
    if (y != null && areas(g, y).length > 0) {
      y.candidates = Arrays.stream(y.candidates).filter(held::contains).toArray();
    }
  }
}
