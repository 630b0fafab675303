package org.sitrep.nlp.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word table kept as data: a UTF-8 resource file with one entry per line (a word or phrase,
 * optionally followed by a tab and a value), {@code #} comments, and at least one example line
 * {@code # example: SENTENCE} showing an entry in use — the rules' test reads every example and
 * checks that it holds an entry of its file. Entries are kept in file order and as written
 * (callers fold case where they compare folded words). Loading fails with the file and line of
 * a malformed entry, so a bad edit fails the build's first test, not an article.
 */
public final class WordList {
  private final String resource;
  private final Map<String, String> entries;
  private final Map<String, Integer> lines;
  private final List<String> examples;

  private WordList(String resource, Map<String, String> entries, Map<String, Integer> lines,
                   List<String> examples) {
    this.resource = resource;
    this.entries = entries;
    this.lines = lines;
    this.examples = examples;
  }

  private static final Map<String, WordList> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Loads an absolute classpath resource ("/org/sitrep/nlp/events/…"), once: a table that a
   * stage and a pattern file both read is parsed once.
   */
  public static WordList load(String resource) {
    WordList w = LOADED.get(resource);
    if (w == null) {
      w = parse(resource, text(resource));
      LOADED.putIfAbsent(resource, w);
    }
    return w;
  }

  /** The UTF-8 text of an absolute classpath resource; fails naming it when missing. */
  static String text(String resource) {
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Reads a word table from its text ({@code resource} names it in errors). */
  public static WordList parse(String resource, String text) {
    Map<String, String> entries = new LinkedHashMap<>();
    Map<String, Integer> at = new java.util.HashMap<>();
    List<String> examples = new ArrayList<>();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark is no part of the first line
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("#")) {
        String c = line.substring(1).strip();
        if (c.startsWith("example:")) {
          examples.add(c.substring("example:".length()).strip());
        }
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      String[] f = lines[i].split("\t", -1);
      String key = f[0].strip();
      if (key.isEmpty() || f.length > 2 || (f.length == 2 && f[1].isBlank())) {
        throw new IllegalStateException(resource + ":" + (i + 1)
            + ": an entry is a word or phrase, optionally a tab and one value: '"
            + line.replace("\t", "<TAB>") + "'");
      }
      if (lines[i].contains("#")) {
        throw new IllegalStateException(resource + ":" + (i + 1)
            + ": a comment goes on a line of its own (starting with #): '" + line + "'");
      }
      if (entries.containsKey(key)) {
        throw new IllegalStateException(resource + ":" + (i + 1) + ": '" + key
            + "' is listed twice");
      }
      entries.put(key, f.length == 2 ? f[1].strip() : null);
      at.put(key, i + 1);
    }
    return new WordList(resource, Collections.unmodifiableMap(entries), at,
        List.copyOf(examples));
  }

  /** The entries, in file order. */
  public Set<String> words() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(entries.keySet()));
  }

  /** Entry to value (null for an entry without one), in file order. */
  public Map<String, String> values() {
    return entries;
  }

  /** The example sentences of the file. */
  public List<String> examples() {
    return examples;
  }

  /** The line of the file {@code entry} stands on (1-based), for messages about it; 0 if none. */
  public int line(String entry) {
    return lines.getOrDefault(entry, 0);
  }

  public String resource() {
    return resource;
  }
}
