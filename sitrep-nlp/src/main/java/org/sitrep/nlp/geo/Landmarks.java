package org.sitrep.nlp.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Buildings and territories the gazetteer lacks or misreads ("White House" is not Whitehouse,
 * Texas; "West Bank" is not in it), each placed at a town the gazetteer has, from the bundled
 * {@code landmarks.tsv} (a hand-made table with a source per row).
 */
public final class Landmarks {
  private static volatile Landmarks bundled;

  /** Folded name → gazetteer entry of its town. */
  private final Map<String, Integer> byName = new HashMap<>();
  private final Map<String, String> kinds = new HashMap<>();

  private Landmarks(Gazetteer g, InputStream in) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        int town = town(g, f[2], f[3], f[4]);
        if (town < 0) {
          throw new IllegalStateException("landmarks.tsv: no town " + f[2] + ", " + f[3]
              + " in the gazetteer");
        }
        for (String n : (f[0] + (f[1].isEmpty() ? "" : "|" + f[1])).split("\\|")) {
          byName.put(key(n), town);
          kinds.put(key(n), f[5]);
        }
      }
    }
  }

  public static Landmarks bundled() {
    if (bundled == null) {
      synchronized (Landmarks.class) {
        if (bundled == null) {
          try (InputStream in = Landmarks.class.getResourceAsStream("landmarks.tsv")) {
            bundled = new Landmarks(Gazetteer.bundled(), in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return bundled;
  }

  /** The gazetteer entry standing for {@code name}, or -1. */
  public int lookup(String name) {
    Integer t = byName.get(key(name));
    return t == null ? -1 : t;
  }

  /** "landmark" or "territory" for a name in the table, else null. */
  public String kind(String name) {
    return kinds.get(key(name));
  }

  /** How many names the table holds. */
  public int size() {
    return byName.size();
  }

  /**
   * Lower case, accents and a leading "the" dropped, spaces kept: "the Élysée Palace" is
   * "elysee palace", and "White House" is not the town of Whitehouse.
   */
  static String key(String name) {
    String s = MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD))
        .replaceAll("").toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replace('-', ' ');
    s = SPACES.matcher(s).replaceAll(" ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private static int town(Gazetteer g, String name, String cc, String admin1) {
    int best = -1;
    for (int c : g.lookup(name)) {
      if (g.kind(c) != Gazetteer.PLACE || !g.cc(c).equals(cc)
          || !admin1.isEmpty() && !admin1.equals(g.admin1(c))) {
        continue;
      }
      if (best < 0 || g.population(c) > g.population(best)) {
        best = c;
      }
    }
    return best;
  }
}
