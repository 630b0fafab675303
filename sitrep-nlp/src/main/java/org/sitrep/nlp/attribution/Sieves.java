package org.sitrep.nlp.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The speaker sieves by name, and their order read from a data file: one sieve name a line,
 * {@code #} comments and blank lines ignored. An unknown or repeated name fails the load with
 * the file and line, so a bad edit fails the first test, not an article.
 */
final class Sieves {
  /** The shipped order. */
  static final String RESOURCE = "/org/sitrep/nlp/attribution/sieves.txt";

  private static final Map<String, Supplier<Sieve>> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("transcript", TranscriptSieve::new);
    KNOWN.put("inverted", InvertedSieve::new);
    KNOWN.put("syntax", SyntaxSieve::new);
    KNOWN.put("signed", SignedSieve::new);
    KNOWN.put("own-sentence", OwnSentenceSieve::new);
    KNOWN.put("next-sentence", NextSentenceSieve::new);
    KNOWN.put("colon", ColonSieve::new);
    KNOWN.put("continued", ContinuedSieve::new);
    KNOWN.put("previous-sentence", PreviousSentenceSieve::new);
  }

  private Sieves() {}

  /** The sieves a classpath resource lists, in its order. */
  static List<Sieve> load(String resource) {
    try (InputStream in = Sieves.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /** The sieves {@code text} lists ({@code resource} names it in errors). */
  static List<Sieve> parse(String resource, String text) {
    List<Sieve> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String name = lines[i].strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      Supplier<Sieve> s = KNOWN.get(name);
      if (s == null) {
        throw new IllegalStateException(resource + ":" + (i + 1) + ": unknown sieve '" + name
            + "'; known: " + String.join(", ", KNOWN.keySet()));
      }
      if (seen.contains(name)) {
        throw new IllegalStateException(resource + ":" + (i + 1) + ": sieve '" + name
            + "' is listed twice");
      }
      seen.add(name);
      out.add(s.get());
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(resource + " lists no sieve");
    }
    return out;
  }
}
