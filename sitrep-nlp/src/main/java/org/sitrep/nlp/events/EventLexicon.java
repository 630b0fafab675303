package org.sitrep.nlp.events;

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
import java.util.function.Consumer;

/**
 * What the event stage reads: PETRARCH2's CAMEO verb dictionary ({@link CameoVerbs}), the
 * CAMEO→PLOVER table of the PLOVER project (CC BY-SA 4.0), PETRARCH2's agent words with their
 * sectors ("soldiers" MIL, "police" COP; MIT) and Sitrep's own nominal triggers ("air strike",
 * "clashes"). Loaded once, on first use.
 */
final class EventLexicon {
  /** A named actor's country (ISO 3166 alpha-3, or null for international bodies) and sector. */
  record Coded(String country, String sector) {}

  /** A PLOVER type and mode. */
  record Plover(String type, String mode) {}

  private static volatile EventLexicon instance;

  final CameoVerbs verbs;
  private final Map<String, Plover> cameo = new HashMap<>();
  /** Agent words (lower case, singular and plural) → sector. */
  private final Map<String, String> agents = new HashMap<>();
  /** Nominal triggers by their words joined by spaces (lower case, singular). */
  private final Map<String, Plover> nominals = new HashMap<>();
  int longestNominal = 1;
  /** Named actors (states, leaders, armed groups, IGOs) by their lower-case name. */
  private final Map<String, Coded> actors = new HashMap<>();
  /** Sitrep's own verb readings: lemma → rows of {type, mode, next-words pattern or null}. */
  private final Map<String, List<String[]>> verbTypes = new HashMap<>();

  static EventLexicon get() {
    EventLexicon l = instance;
    if (l == null) {
      synchronized (EventLexicon.class) {
        l = instance;
        if (l == null) {
          l = new EventLexicon();
          instance = l;
        }
      }
    }
    return l;
  }

  private EventLexicon() {
    this.verbs = CameoVerbs.load();
    read("CAMEO2PLOVER-2021.txt", line -> {
      int colon = line.indexOf(':');
      if (colon < 2 || !Character.isDigit(line.charAt(0))) {
        return;
      }
      String code = line.substring(0, colon).trim();
      String[] f = line.substring(colon + 1).split(",");
      String type = f[0].trim();
      String mode = f.length > 1 && !f[1].isBlank() ? f[1].trim() : null;
      if (!type.isEmpty() && code.length() >= 3) {
        cameo.putIfAbsent(code, new Plover(type, mode));
      } else if (!type.isEmpty()) {
        cameo.putIfAbsent(code, new Plover(type, null));
      }
    });
    read("Phoenix.agents.txt", line -> {
      int open = line.indexOf("[~");
      if (open < 0) {
        return;
      }
      String sector = line.substring(open + 2, Math.min(line.length(), open + 5));
      String word = line.substring(0, open).replaceAll("\\{[^}]*\\}", " ").trim().split("\\s+")[0];
      word = word.replace("!PERSON!", "man").replace("!MINIST!", "minister");
      if (word.contains("!") || word.isEmpty()) {
        return;
      }
      String w = word.toLowerCase(Locale.ROOT).replace('_', ' ').trim();
      agents.putIfAbsent(w, sector);
      agents.putIfAbsent(plural(w), sector);
    });
    // News words PETRARCH's list leaves out or codes for other sectors.
    for (String w : List.of("militant", "jihadist", "terrorist", "extremist", "islamist", "gunman",
        "fighter", "insurgent", "rebel", "separatist", "militia", "militiaman")) {
      agents.put(w, "REB");
      agents.put(plural(w), "REB");
    }
    agents.put("gunmen", "REB");
    agents.put("militiamen", "REB");
    for (String w : List.of("force", "troop", "soldier", "army", "military", "air force",
        "navy", "warplane", "jet")) {
      agents.put(w, "MIL");
      agents.put(plural(w), "MIL");
    }
    org.sitrep.nlp.rules.WordList.load("/org/sitrep/nlp/events/security-forces.words").values()
        .forEach((w, sector) -> {
          agents.putIfAbsent(w, sector); // "officers", "gendarmes": police and armed forces
          agents.putIfAbsent(plural(w), sector);
        });
    for (String w : List.of("protester", "protestor", "demonstrator", "activist")) {
      agents.put(w, "OPP");
      agents.put(plural(w), "OPP");
    }
    for (String w : List.of("government", "ministry", "official", "minister", "president",
        "authorities", "administration", "spokesman", "spokeswoman", "leader", "regime")) {
      agents.put(w, "GOV");
      agents.putIfAbsent(plural(w), "GOV");
    }
    for (String f : List.of("Phoenix.Countries.actors.txt", "Phoenix.MilNonState.actors.txt",
        "Phoenix.International.actors.txt")) {
      readActors(f);
    }
    read("verb-types.tsv", line -> {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        verbTypes.computeIfAbsent(f[0].trim(), k -> new java.util.ArrayList<>()).add(new String[] {
            f[1].trim(), f.length > 2 && !f[2].isBlank() ? f[2].trim() : null,
            f.length > 3 && !f[3].isBlank() ? f[3].trim() : null});
      }
    });
    read("nominal-triggers.tsv", line -> {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        nominals.put(f[0].trim(), new Plover(f[1].trim(), f.length > 2 ? f[2].trim() : null));
        // the tokenizer splits "sit-in" into "sit", "-", "in": three tokens
        longestNominal = Math.max(longestNominal,
            f[0].trim().split(" |(?=-)|(?<=-)").length);
      }
    });
  }

  /**
   * PETRARCH2's actor dictionaries: a name line, its "+" synonyms, then its codes (indented,
   * with date ranges; "&gt;date" is the current one). A code is a country (or IGO, NGO, IMG…)
   * and a sector: "DZAGOV", "YEMREB", "IGOUNO".
   */
  private void readActors(String name) {
    List<String> names = new java.util.ArrayList<>();
    List<String> codes = new java.util.ArrayList<>();
    read(name, line -> {
      String t = line.strip();
      if (line.startsWith("+")) {
        names.add(actorKey(t.substring(1)));
      } else if (t.startsWith("[")) {
        codes.add(t);
      } else if (!t.isEmpty() && Character.isLetterOrDigit(t.charAt(0))) {
        flushActors(names, codes);
        int open = t.indexOf('[');
        names.add(actorKey(open >= 0 ? t.substring(0, open) : t));
        if (open >= 0) {
          codes.add(t.substring(open));
        }
      }
    });
    flushActors(names, codes);
  }

  private void flushActors(List<String> names, List<String> codes) {
    if (!codes.isEmpty()) {
      String pick = codes.get(codes.size() - 1);
      for (String c : codes) {
        if (c.contains(">")) {
          pick = c;
        }
      }
      String code = pick.replaceAll("^\\[~?", "").split("[\\s\\]]")[0];
      if (code.length() >= 3) {
        String country = code.substring(0, 3);
        String sector = code.length() >= 6 ? code.substring(3, 6) : null;
        if (Set.of("IGO", "NGO", "IMG", "MNC", "UAF", "INT").contains(country)) {
          sector = country;
          country = null;
        }
        Coded coded = new Coded(country, sector);
        for (String n : names) {
          if (!n.isEmpty()) {
            actors.putIfAbsent(n, coded);
          }
        }
      }
    }
    names.clear();
    codes.clear();
  }

  /** "ABDELAZIZ_BOUTEFLIKA_ # comment" → "abdelaziz bouteflika". */
  static String actorKey(String raw) {
    int hash = raw.indexOf('#');
    String s = hash >= 0 ? raw.substring(0, hash) : raw;
    s = s.replaceAll("\\([^)]*\\)", " ").replace('_', ' ').replace('+', ' ')
        .toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").replaceAll("[^\\p{L}\\p{N}. -]", " ");
    s = s.replaceAll("\\s+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** The code of exactly this name in the actor dictionaries ("israeli", "north korea"), or null. */
  Coded actorExactly(String name) {
    return actors.get(actorKey(name));
  }

  /** A named actor's code: the whole name, else its shorter endings ("President X Y" → "X Y"). */
  Coded actor(String name) {
    String key = actorKey(name);
    while (!key.isEmpty()) {
      Coded c = actors.get(key);
      if (c != null) {
        return c;
      }
      int sp = key.indexOf(' ');
      if (sp < 0) {
        return null;
      }
      key = key.substring(sp + 1);
    }
    return null;
  }

  static String plural(String w) {
    if (w.endsWith("y") && !w.endsWith("ay") && !w.endsWith("ey") && !w.endsWith("oy")) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    if (w.endsWith("s") || w.endsWith("ch") || w.endsWith("sh") || w.endsWith("x")) {
      return w + "es";
    }
    if (w.endsWith("man")) {
      return w.substring(0, w.length() - 3) + "men";
    }
    return w + "s";
  }

  private static void read(String name, Consumer<String> line) {
    try (InputStream in = EventLexicon.class.getResourceAsStream("/org/sitrep/nlp/events/" + name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (!l.startsWith("#") && !l.isBlank()) {
          line.accept(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The PLOVER type of a CAMEO code: the code itself, else its parents ("0234" → "023" → "02").
   * CAMEO's public statements (01) are no event; its appeals (02) are requests, as PLOVER's
   * REQUEST takes "all requests, demands, and orders".
   */
  Plover plover(String code) {
    if (code == null || code.startsWith("01") || code.equals("---")) {
      return null;
    }
    if (code.startsWith("02")) {
      return new Plover("REQUEST", null);
    }
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      Plover p = cameo.get(c);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** Sitrep's own reading of a verb given the next words (lower case, spaced), or null. */
  Plover verbType(String lemma, String next) {
    for (String[] row : verbTypes.getOrDefault(lemma, List.of())) {
      if (row[2] == null || next.matches(row[2])) {
        return new Plover(row[0], row[1]);
      }
    }
    return null;
  }

  /** A verb of saying that is an event itself ("accuse", "warn"), not only a report. */
  boolean speechEvent(String lemma) {
    Plover own = verbType(lemma, "");
    return own != null && !own.type().equals("NONE");
  }

  /** The sector of an agent word ("soldiers" → MIL), or null. */
  String sector(String lowerWords) {
    return agents.get(lowerWords);
  }

  Plover nominal(String lowerWords) {
    return nominals.get(lowerWords);
  }
}
