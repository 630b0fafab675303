package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SievesTest {
  @Test
  void theShippedOrderRunsTranscriptAndSyntaxBeforeTheFallbacks() {
    List<String> order = Sieves.load(Sieves.RESOURCE).stream()
        .map(s -> s.getClass().getSimpleName()).toList();
    assertEquals(List.of("TranscriptSieve", "InvertedSieve", "SyntaxSieve", "SignedSieve",
        "OwnSentenceSieve", "NextSentenceSieve", "ColonSieve", "ContinuedSieve",
        "PreviousSentenceSieve", "PreviousParagraphSieve"), order);
  }

  @Test
  void anUnknownSieveNameFailsTheLoadWithItsLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Sieves.parse("t.txt", "# order\ntranscript\nsyntx\n"));
    assertTrue(e.getMessage().startsWith("t.txt:3: unknown sieve 'syntx'"), e.getMessage());
  }

  @Test
  void aSieveListedTwiceFailsTheLoad() {
    assertThrows(IllegalStateException.class, () -> Sieves.parse("t.txt", "syntax\nsyntax\n"));
  }

  @Test
  void theFileOrderIsTheRunOrder() {
    List<Sieve> s = Sieves.parse("t.txt", "continued\n\ntranscript\n");
    assertEquals(2, s.size());
    assertTrue(s.get(0) instanceof ContinuedSieve && s.get(1) instanceof TranscriptSieve);
  }
}
