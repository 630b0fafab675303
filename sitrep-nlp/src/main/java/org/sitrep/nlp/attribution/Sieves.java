package org.sitrep.nlp.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sitrep.nlp.rules.WordList;

/**
 * The speaker sieves by name, and their order read from a data file: one sieve name a line,
 * {@code #} comments and blank lines ignored (read as a {@link WordList}). An unknown or
 * repeated name fails the load with the file and line, so a bad edit fails the first test, not
 * an article.
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
    KNOWN.put("previous-paragraph", PreviousParagraphSieve::new);
  }

  private Sieves() {}

  /** The sieves a classpath resource lists, in its order. */
  static List<Sieve> load(String resource) {
    return of(WordList.load(resource));
  }

  /** The sieves {@code text} lists ({@code resource} names it in errors). */
  static List<Sieve> parse(String resource, String text) {
    return of(WordList.parse(resource, text));
  }

  /** The sieves a name list gives (read as a word table: comments, no name twice). */
  private static List<Sieve> of(WordList names) {
    List<Sieve> out = new ArrayList<>();
    for (String name : names.words()) {
      Supplier<Sieve> s = KNOWN.get(name);
      if (s == null) {
        throw new IllegalStateException(names.resource() + ":" + names.line(name)
            + ": unknown sieve '" + name + "'; known: " + String.join(", ", KNOWN.keySet()));
      }
      out.add(s.get());
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(names.resource() + " lists no sieve");
    }
    return out;
  }
}
