package org.sitrep.nlp.mention;

import org.sitrep.nlp.rules.WordList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names that mean the same thing. {@link #key} folds spelling variants that transliteration and
 * typography produce (case, accents, hyphens, the Arabic article "al-/ar-/ez-", a final "-ah"),
 * so "Al-Raqqah" and "Raqqa" share a key. The bundled {@code aliases.tsv} adds the well-known
 * names no rule can merge (ISIS = ISIL = Daesh = Islamic State).
 */
public final class Aliases {
  /** The Arabic article in its transliterations, dropped before a hyphen, space or apostrophe. */
  private static final java.util.Set<String> ARTICLES = WordList.load("/org/sitrep/nlp/mention/arabic-articles.words").words();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern DOT_SPACE =
      java.util.regex.Pattern.compile("\\.\\s+");
  private static final Aliases BUNDLED = load("aliases.tsv");

  /** A dictionary entry: the canonical name and its type. */
  /** {@code region}: the canonical name means a first-level region ("Ga." → Georgia, US). */
  public record Entry(String canonical, String type, boolean region) {}

  private final Map<String, Entry> byKey;

  private Aliases(Map<String, Entry> byKey) {
    this.byKey = byKey;
  }

  public static Aliases bundled() {
    return BUNDLED;
  }

  /** The folded form of a name: "Al-Raqqah" and "Raqqa" both give "raqqa". */
  public static String key(String name) {
    String s = ascii(name) ? name.toLowerCase(Locale.ROOT)
        : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
            .toLowerCase(Locale.ROOT).replace('’', '\'');
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    s = dropArticles(s);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    int n = b.length();
    if (n > 4 && b.charAt(n - 1) == 'h' && "aeiou".indexOf(b.charAt(n - 2)) >= 0) {
      b.setLength(n - 1); // Raqqah / Raqqa, Ramallah stays (double l before a)
    }
    return b.toString();
  }

  /** "al-raqqah" to "raqqah", "deir ez-zor" to "deir zor": an article word before a separator. */
  public static String dropArticles(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
        int j = i;
        while (j < n && Character.isLetter(s.charAt(j))) {
          j++;
        }
        if (j - i <= 3 && ARTICLES.contains(s.substring(i, j))) {
          int k = j;
          while (k < n && isSeparator(s.charAt(k))) {
            k++;
          }
          if (k > j && k < n && Character.isLetter(s.charAt(k))) {
            i = k;
            continue;
          }
        }
        b.append(s, i, j);
        i = j;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '\'' || c == '’' || Character.isWhitespace(c);
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** The dictionary entry for a name, or null. Acronyms must match their case exactly. */
  public Entry lookup(String name) {
    Entry e = byKey.get(exactKey(name));
    if (e == null && name.length() <= 5 && !name.endsWith(".")) {
      e = byKey.get(exactKey(name + ".")); // "Va" when the tokenizer took the period
    }
    return e != null ? e : byKey.get(key(name));
  }

  /** As written, but "W. Va." and "W.Va." are one abbreviation. */
  private static String exactKey(String name) {
    return "=" + DOT_SPACE.matcher(name.strip()).replaceAll(".");
  }

  private static Aliases load(String resource) {
    Map<String, Entry> map = new HashMap<>();
    try (InputStream in = Aliases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        Entry e = new Entry(f[0], f[1], f.length > 3 && f[3].equals("region"));
        map.put(key(f[0]), e);
        for (String alias : f[2].split("\\|")) {
          // Short all-caps aliases ("IS", "UN") and abbreviations ("Va.", "Mass.") would collide
          // with words once folded: they match as written.
          boolean acronym = alias.length() <= 4 && alias.equals(alias.toUpperCase(Locale.ROOT))
              || alias.endsWith(".");
          map.put(acronym ? exactKey(alias) : key(alias), e);
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return new Aliases(map);
  }
}
