package org.sitrep.nlp.mention;

import org.sitrep.nlp.rules.WordList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Entity;

/**
 * A person's grammatical gender as news text shows it, for resolving "he" and "she": a title
 * ("Mrs.", "congressman"), else the first name (the first-name table CoreNLP's coreference ships
 * in its models jar, 14,600 names), else the role word. Unknown when nothing says.
 */
public final class Gender {
  public static final char MALE = 'M';
  public static final char FEMALE = 'F';
  public static final char UNKNOWN = '?';

  private static final String TABLE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static volatile Map<String, Character> names;

  private static final Set<String> MALE_WORDS = WordList.load("/org/sitrep/nlp/mention/male-words.words").words();
  private static final Set<String> FEMALE_WORDS = WordList.load("/org/sitrep/nlp/mention/female-words.words").words();

  private Gender() {}

  /** M, F or ? for a word that marks gender by itself (a title, a role, a pronoun). */
  public static char ofWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (MALE_WORDS.contains(w)) {
      return MALE;
    }
    return FEMALE_WORDS.contains(w) ? FEMALE : UNKNOWN;
  }

  /** The gender of a person entity, from its names' titles and first names, then its role. */
  public static char of(Entity e) {
    if (!"PERSON".equals(e.type())) {
      return UNKNOWN;
    }
    for (String name : names(e)) {
      String[] words = name.split("\\s+");
      for (int i = 0; i < words.length - 1 || i == 0 && words.length > 0; i++) {
        String w = words[i].toLowerCase(Locale.ROOT);
        char g = ofWord(w);
        if (g != UNKNOWN) {
          return g;
        }
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        if (Lexicon.TITLES.contains(bare)) {
          continue; // "President Barack Obama": look at the next word
        }
        Character n = table().get(bare);
        if (n != null && words.length > 1) {
          return n;
        }
        break;
      }
    }
    if (e.role() != null) {
      for (String w : e.role().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
        char g = ofWord(w);
        if (g != UNKNOWN) {
          return g;
        }
      }
    }
    return UNKNOWN;
  }

  private static List<String> names(Entity e) {
    if (e.aliases().isEmpty()) {
      return List.of(e.name());
    }
    java.util.ArrayList<String> all = new java.util.ArrayList<>();
    all.add(e.name());
    all.addAll(e.aliases());
    return all;
  }

  public static Map<String, Character> table() {
    Map<String, Character> t = names;
    if (t == null) {
      synchronized (Gender.class) {
        t = names;
        if (t == null) {
          t = load();
          names = t;
        }
      }
    }
    return t;
  }

  private static Map<String, Character> load() {
    Map<String, Character> out = new HashMap<>();
    InputStream in = Gender.class.getClassLoader().getResourceAsStream(TABLE);
    if (in == null) {
      return out; // without CoreNLP's models jar, first names say nothing
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          String g = line.substring(tab + 1).strip();
          if (g.startsWith("MALE")) {
            out.put(line.substring(0, tab).toLowerCase(Locale.ROOT), MALE);
          } else if (g.startsWith("FEMALE")) {
            out.put(line.substring(0, tab).toLowerCase(Locale.ROOT), FEMALE);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
