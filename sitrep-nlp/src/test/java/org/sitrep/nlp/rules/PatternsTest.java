package org.sitrep.nlp.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.doc.Parse;
import org.sitrep.nlp.doc.Tagged;

/** The pattern engine on tagged sentences, and every shipped rule on its own examples. */
class PatternsTest {
  private static final Map<String, Set<String>> LISTS = Map.of("aux", Set.of("was", "were"));

  private static Doc doc(String tagged) {
    return Doc.of(Tagged.article(tagged));
  }

  private static TokenPattern tokens(String p) {
    return TokenPattern.parse(p, LISTS::get);
  }

  @Test
  void tokenPatternsRepeatAlternateAndFindEveryEnd() {
    Doc d = doc("The/DT convoy/NN was/VBD not/RB attacked/VBN by/IN rebels/NNS");
    TokenPattern passive = tokens("[lower:@aux] [tag:/RB.*/]* [tag:VBN]");
    assertTrue(passive.endsAt(d, 4, 0));
    assertFalse(passive.endsAt(d, 4, 3), "the auxiliary is before the bound");
    assertArrayEquals(new int[] {2, 5}, passive.find(d, 0, d.size()));
    assertEquals(7, tokens("[tag:IN] ([tag:NNS] | [tag:NN])+").longestAt(d, 5, d.size()));
    assertEquals(-1, tokens("[tag:IN] [tag:NN]").longestAt(d, 5, d.size()));
    assertEquals(3, tokens("[tag:DT]? [] []{0,1}").longestAt(d, 0, d.size()));
    assertNull(tokens("[tag:VBD & !lower:was]").find(d, 0, d.size()));
    assertEquals(5, tokens("[]{2,3}").longestAt(d, 2, 5), "a match stops at the limit");
  }

  @Test
  void aBadPatternSaysWhatIsWrong() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> tokens("[tag:NN"))
        .getMessage().contains("not closed"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> tokens("[pos:NN]"))
        .getMessage().contains("unknown token attribute 'pos'"));
    assertThrows(IllegalArgumentException.class, () -> tokens("[tag:NN]{3,1}"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Patterns.parse(
        "t.patterns", "# example: a/DT\nok\ttokens\t[tag:DT]\nbad\tdeps\t{tag:NN} >\n", LISTS::get));
    assertTrue(e.getMessage().startsWith("t.patterns:3: rule 'bad'"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> Patterns.parse(
        "t.patterns", "a\ttokens\t[]\na\ttokens\t[]\n", LISTS::get));
    assertTrue(e.getMessage().contains("defined twice"), e.getMessage());
  }

  @Test
  void endsAtLooksBackOnlyAsFarAsThePatternSpans() {
    // a 3,000-token sentence with the token pattern's shape at its end: the answer comes from
    // the last four starts, so the count of condition tests stays small (work, not time)
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      b.append("w/NN ");
    }
    Doc d = doc(b + "was/VBD attacked/VBN");
    int[] tests = {0};
    TokenPattern p = TokenPattern.parse("[lower:@aux] [tag:/(RB|VB).*/]{0,2} [tag:VBN]",
        n -> {
          tests[0]++;
          return LISTS.get(n);
        });
    assertTrue(p.endsAt(d, 3001, 0));
    assertFalse(p.endsAt(d, 2999, 0));
    assertEquals(1, tests[0], "the table is read once, when the pattern is parsed");
  }

  @Test
  void starAndPlusRepeatUpToTheLimitNotSixtyFourTimes() {
    StringBuilder b = new StringBuilder("a/A ");
    for (int i = 0; i < 100; i++) {
      b.append("x/X ");
    }
    Doc d = doc(b + "b/B");
    assertArrayEquals(new int[] {0, 102}, tokens("[tag:A] []* [tag:B]").find(d, 0, d.size()));
    assertEquals(101, tokens("[tag:X]+").longestAt(d, 1, d.size()));
  }

  @Test
  void regexValuesMayHoldBracketsBracesAndAmpersands() {
    Doc d = doc("a&b/SYM c/NN");
    assertEquals(2, tokens("[] [word:/[a-c]/ & tag:NN]").longestAt(d, 0, 2));
    assertEquals(2, tokens("[word:/[a-c]&?[a-c]/] [word:/[a-c]/]").longestAt(d, 0, 2));
    assertEquals(-1, tokens("[word:/x&tag:B/]").longestAt(d, 0, 2));
    assertTrue(DepPattern.parse("{word:/c{1}/}", LISTS::get).matches(d,
        new Parse(0, new int[] {-1, 0}, new String[] {"root", "dep"}), 1));
  }

  @Test
  void examplesBelowTheLastRuleAndUnknownTablesFailLoading() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Patterns.parse(
        "t.patterns", "# example: a/A\nr1\ttokens\t[tag:A]\n# not: a/A\n", LISTS::get));
    assertTrue(e.getMessage().contains("has no rule under it"), e.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> tokens("[lower:@nosuch]"))
        .getMessage().contains("no word table 'nosuch'"));
  }

  @Test
  void emptyGroupsAndZeroRepeatsAreRefusedAndEmptyProgressEnds() {
    assertThrows(IllegalArgumentException.class, () -> tokens("()"));
    assertThrows(IllegalArgumentException.class, () -> tokens("([tag:A] |)"));
    assertThrows(IllegalArgumentException.class, () -> tokens("[tag:A]{0,0}"));
    Doc d = doc("a/A b/B");
    assertEquals(2, tokens("([]?){20000000}").longestAt(d, 0, 2));
    assertEquals(-1, tokens("[tag:B]").longestAt(d, -1, 2));
  }

  @Test
  void dependencyPatternsReadChildrenHeadsAndAbsences() {
    Doc d = doc("Officials/NNS/O//2:nsubj said/VBD/O/say/0:root troops/NNS/O//4:nsubj "
        + "advanced/VBD/O//2:ccomp");
    Parse p = d.parse(0, s -> null);
    DepPattern say = DepPattern.parse("{lemma:say}=verb >/nsubj.*/ {tag:NNS}=who >ccomp {}=what",
        LISTS::get);
    assertEquals(Map.of("verb", 1, "who", 0, "what", 3), say.match(d, p, 1));
    assertNull(say.match(d, p, 3));
    assertTrue(DepPattern.parse("{} <ccomp {lemma:say}", LISTS::get).matches(d, p, 3));
    assertFalse(DepPattern.parse("{lemma:say} !>ccomp {}", LISTS::get).matches(d, p, 1));
    assertTrue(DepPattern.parse("{lemma:say} !>obj {}", LISTS::get).matches(d, p, 1));
  }

  @Test
  void everyShippedRuleMatchesItsExamplesAndNotItsCounterExamples() throws Exception {
    Path classes = Path.of(Patterns.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    List<Path> files;
    try (Stream<Path> s = Files.walk(classes.resolve("org/sitrep/nlp"))) {
      files = s.filter(f -> f.toString().endsWith(".patterns")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no .patterns files");
    for (Path f : files) {
      Patterns all = Patterns.load("/" + classes.relativize(f).toString().replace('\\', '/'));
      for (Patterns.Rule r : all.rules()) {
        String where = all.resource() + ":" + r.line() + " " + r.name();
        assertFalse(r.examples().isEmpty(), where + " has no '# example:' sentence");
        for (String ex : r.examples()) {
          assertTrue(holds(r, ex), where + " does not match its example: " + ex);
        }
        for (String ex : r.counters()) {
          assertFalse(holds(r, ex), where + " matches its counter-example: " + ex);
        }
      }
    }
  }

  private static boolean holds(Patterns.Rule r, String tagged) {
    Doc d = doc(tagged);
    if (r.tokens() != null) {
      return r.tokens().find(d, 0, d.size()) != null;
    }
    Parse p = d.parse(0, s -> {
      throw new AssertionError(r.name() + ": a deps example needs HEAD:REL on its words");
    });
    for (int t = 0; t < d.size(); t++) {
      if (r.deps().matches(d, p, t)) {
        return true;
      }
    }
    return false;
  }
}
