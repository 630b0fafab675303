package org.sitrep.nlp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word table of the stages loads, and every example in it uses one of its entries. */
class WordListTest {
  @Test
  void entriesValuesAndExamplesAreRead() {
    WordList w = WordList.parse("t.words", "# say verbs\n# example: He said so.\nsay\ntell\tTO\n");
    assertEquals(List.of("say", "tell"), new ArrayList<>(w.words()));
    assertEquals("TO", w.values().get("tell"));
    assertEquals(List.of("He said so."), w.examples());
  }

  @Test
  void aWordListedTwiceFailsWithItsLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WordList.parse("t.words", "say\ntell\nsay\n"));
    assertTrue(e.getMessage().startsWith("t.words:3:"), e.getMessage());
  }

  @Test
  void aByteOrderMarkIsNoEntryAndEmptyValuesAndInlineCommentsFail() {
    WordList w = WordList.parse("t.words", "\uFEFF# verbs\nsay\n");
    assertEquals(List.of("say"), new ArrayList<>(w.words()));
    assertThrows(IllegalStateException.class, () -> WordList.parse("t.words", "say\t\n"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WordList.parse("t.words", "add # the verb\n"));
    assertTrue(e.getMessage().startsWith("t.words:1:"), e.getMessage());
  }

  @Test
  void anEntryWithTwoValuesFails() {
    assertThrows(IllegalStateException.class, () -> WordList.parse("t.words", "a\tb\tc\n"));
  }

  @Test
  void everyShippedWordTableLoadsAndItsExamplesUseIt() throws Exception {
    // The main classes' folder (the test classes' one comes first on the class path).
    Path classes = Path.of(WordList.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Path root = classes.resolve("org/sitrep/nlp");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".words")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no .words files under " + root);
    for (Path f : files) {
      String resource = "/" + classes.relativize(f).toString().replace('\\', '/');
      WordList w = WordList.load(resource);
      assertFalse(w.words().isEmpty(), resource + " lists nothing");
      assertFalse(w.examples().isEmpty(), resource + " has no '# example:' line");
      for (String ex : w.examples()) {
        String low = ex.toLowerCase(Locale.ROOT);
        boolean used = w.words().stream().anyMatch(word -> Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)))
            .matcher(low).find());
        assertTrue(used, resource + ": the example '" + ex + "' uses none of its entries");
      }
    }
  }
}
