package org.sitrep.nlp.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PETRARCH2's CAMEO verb dictionary ({@code CAMEO.2.0.txt}, MIT, Open Event Data Alliance) read
 * as a lexicon: each verb (by its base form, multi-word verbs such as "take part" as words) with
 * the CAMEO code it has alone, and the phrase patterns of its block ("- * TALKS [164]": the verb
 * followed by "talks" means halting negotiations). Patterns are matched loosely, as word
 * sequences in order within a few words before and after the verb, not as TABARI's parse-tree
 * patterns: a pattern's literal words and synonym sets ({@code &CURRENCY}) count, its markup
 * ({@code $ + % ( ) { }}) does not.
 */
final class CameoVerbs {
  /** One phrase pattern: words before the verb and after it (each a set of alternatives). */
  record Pattern2(List<List<String>> before, List<List<String>> after, String code) {
    int weight() {
      return before.size() + after.size();
    }
  }

  /** A verb: its words (one or more, the first a base form), its own code, its block's patterns. */
  record Verb(List<String> words, String code, List<Pattern2> patterns) {}

  private static final Pattern CODE = Pattern.compile("\\[([0-9]{2,4}|---)(?::[0-9-]*)?\\]");

  /** Verbs by their first word's base form (lower case). */
  private final Map<String, List<Verb>> verbs = new HashMap<>();

  static CameoVerbs load() {
    try (InputStream in = CameoVerbs.class.getResourceAsStream("/org/sitrep/nlp/events/CAMEO.2.0.txt")) {
      if (in == null) {
        throw new IllegalStateException("CAMEO.2.0.txt missing from the classpath");
      }
      return new CameoVerbs(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CameoVerbs(BufferedReader r) throws IOException {
    Map<String, List<String>> synsets = new HashMap<>();
    List<String> lines = r.lines().toList();
    String synset = null;
    boolean inVerbs = false;
    List<String[]> blockVerbs = new ArrayList<>(); // {words, code}
    List<Pattern2> blockPatterns = new ArrayList<>();
    String blockCode = null;
    for (String raw : lines) {
      String line = strip(raw);
      if (raw.startsWith("####### VERB PATTERNS")) {
        inVerbs = true;
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (!inVerbs) {
        if (line.startsWith("&")) {
          synset = line.split("\\s+")[0];
          synsets.put(synset, new ArrayList<>());
        } else if (synset != null && line.startsWith("+")) {
          synsets.get(synset).add(words(line.substring(1).split("\\s+")[0]).get(0));
        }
        continue;
      }
      if (line.startsWith("---")) {
        flush(blockVerbs, blockPatterns);
        blockVerbs = new ArrayList<>();
        blockPatterns = new ArrayList<>();
        Matcher m = CODE.matcher(line);
        blockCode = m.find() ? m.group(1) : "---";
        continue;
      }
      Matcher m = CODE.matcher(line);
      String code = m.find() ? m.group(1) : null;
      if (line.startsWith("-")) {
        if (code == null || code.equals("---")) {
          continue;
        }
        String body = line.substring(1, m.start()).trim();
        int star = body.indexOf('*');
        if (star < 0) {
          continue;
        }
        blockPatterns.add(new Pattern2(parts(body.substring(0, star), synsets),
            parts(body.substring(star + 1), synsets), code));
      } else {
        String head = line.split("[\\s{\\[]+")[0];
        if (head.startsWith("+")) {
          head = head.substring(1);
        }
        if (!head.isEmpty() && Character.isLetter(head.charAt(0))) {
          blockVerbs.add(new String[] {head, code == null ? blockCode : code});
        }
      }
    }
    flush(blockVerbs, blockPatterns);
  }

  private void flush(List<String[]> blockVerbs, List<Pattern2> blockPatterns) {
    List<Pattern2> ps = List.copyOf(blockPatterns);
    for (String[] v : blockVerbs) {
      List<String> w = words(v[0]);
      if (w.isEmpty()) {
        continue;
      }
      verbs.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(new Verb(w, v[1], ps));
    }
  }

  private static String strip(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).trim();
  }

  /** "TAKE_PART" → [take, part]. */
  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("_")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** A pattern side: each word or synonym set as its alternatives; markup dropped. */
  private static List<List<String>> parts(String side, Map<String, List<String>> synsets) {
    List<List<String>> out = new ArrayList<>();
    for (String tok : side.replaceAll("[{}()$%+^|]", " ").trim().split("\\s+")) {
      if (tok.isEmpty()) {
        continue;
      }
      if (tok.startsWith("&")) {
        List<String> members = synsets.get(tok);
        if (members != null && !members.isEmpty()) {
          out.add(members);
        }
        continue;
      }
      List<String> w = words(tok);
      for (String x : w) {
        if (Character.isLetter(x.charAt(0))) {
          out.add(List.of(x));
        }
      }
    }
    return out;
  }

  List<Verb> verbs(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  int size() {
    return verbs.values().stream().mapToInt(List::size).sum();
  }
}
