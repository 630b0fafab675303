package org.sitrep.nlp.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file of named patterns, the clause shapes of a stage kept as data: one rule per line,
 * {@code name TAB tokens TAB pattern} ({@link TokenPattern}) or {@code name TAB deps TAB pattern}
 * ({@link DepPattern}), each under the {@code # example:} sentences it must match and the
 * {@code # not:} sentences it must not, written as tagged words
 * ({@code The/DT convoy/NN was/VBD attacked/VBN}, with {@code /NER/lemma/HEAD:REL} for a
 * dependency rule); the rules' test runs them all. An {@code @name} value is the word table
 * {@code name.words} of the same folder ({@code @../mention/say}: of another stage's folder). A malformed rule fails loading with its file and line.
 */
public final class Patterns {
  /** One rule with the sentences written above it. */
  public record Rule(String name, int line, TokenPattern tokens, DepPattern deps,
                     List<String> examples, List<String> counters) {}

  private final String resource;
  private final Map<String, Rule> rules;

  private Patterns(String resource, Map<String, Rule> rules) {
    this.resource = resource;
    this.rules = rules;
  }

  /** Loads an absolute classpath resource ("/org/sitrep/nlp/events/clauses.patterns"). */
  public static Patterns load(String resource) {
    String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
    return parse(resource, WordList.text(resource), name -> WordList.load(
        java.net.URI.create(folder + name + ".words").normalize().getPath()).words());
  }

  /** Reads patterns from their text; {@code lists} gives the table an {@code @name} means. */
  public static Patterns parse(String resource, String text,
                               java.util.function.Function<String, Set<String>> lists) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    List<String> examples = new ArrayList<>();
    List<String> counters = new ArrayList<>();
    String[] lines = text.replace("\uFEFF", "").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("#")) {
        String c = line.substring(1).strip();
        if (c.startsWith("example:")) {
          examples.add(c.substring("example:".length()).strip());
        } else if (c.startsWith("not:")) {
          counters.add(c.substring("not:".length()).strip());
        }
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      String where = resource + ":" + (i + 1) + ": ";
      String[] f = lines[i].split("\t", -1);
      if (f.length != 3 || f[0].isBlank() || !Set.of("tokens", "deps").contains(f[1].strip())) {
        throw new IllegalStateException(where + "a rule is NAME<TAB>tokens|deps<TAB>PATTERN: '"
            + line.replace("\t", "<TAB>") + "'");
      }
      String name = f[0].strip();
      if (rules.containsKey(name)) {
        throw new IllegalStateException(where + "rule '" + name + "' is defined twice");
      }
      try {
        boolean tokens = f[1].strip().equals("tokens");
        rules.put(name, new Rule(name, i + 1,
            tokens ? TokenPattern.parse(f[2].strip(), lists) : null,
            tokens ? null : DepPattern.parse(f[2].strip(), lists),
            List.copyOf(examples), List.copyOf(counters)));
      } catch (RuntimeException e) {
        throw new IllegalStateException(where + "rule '" + name + "': " + e.getMessage(), e);
      }
      examples.clear();
      counters.clear();
    }
    if (!examples.isEmpty() || !counters.isEmpty()) {
      throw new IllegalStateException(resource + ": the last example or counter-example has no "
          + "rule under it ('" + (examples.isEmpty() ? counters : examples).get(0) + "')");
    }
    return new Patterns(resource, java.util.Collections.unmodifiableMap(rules));
  }

  /** The token pattern named {@code name}; fails naming the file when there is none. */
  public TokenPattern tokens(String name) {
    Rule r = rule(name);
    if (r.tokens == null) {
      throw new IllegalStateException(resource + ": '" + name + "' is a deps rule");
    }
    return r.tokens;
  }

  /** The dependency pattern named {@code name}. */
  public DepPattern deps(String name) {
    Rule r = rule(name);
    if (r.deps == null) {
      throw new IllegalStateException(resource + ": '" + name + "' is a tokens rule");
    }
    return r.deps;
  }

  private Rule rule(String name) {
    Rule r = rules.get(name);
    if (r == null) {
      throw new IllegalStateException(resource + " has no rule '" + name + "'");
    }
    return r;
  }

  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  public String resource() {
    return resource;
  }
}
