package org.sitrep.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

/** Quotation spans and what is not speech (no CoreNLP). */
class QuoteSpansTest {
  @Test
  void quotationsPairAcrossStyles() {
    String t = "“One,” he said. \"Two,\" she said.\n\n“Three runs on";
    List<Span> qs = QuoteSpans.of(t);
    assertEquals(List.of("“One,”", "\"Two,\"", "“Three runs on"),
        qs.stream().map(s -> s.of(t)).toList());
  }

  @Test
  void idsShowTitlesAndNicknamesAreNotSpeech() {
    assertTrue(QuoteSpans.notSpeech("783499116076687360"));
    assertTrue(QuoteSpans.notSpeech("Morning Joe"));
    assertTrue(!QuoteSpans.notSpeech("unhinged"));
    assertTrue(!QuoteSpans.notSpeech("The Donald. Big Daddy."));
    assertTrue(QuoteSpans.notSpeech("(CROSSTALK.)"));
    assertTrue(QuoteSpans.notSpeech("she"));
    String name = "Scott's niece, state Del. Marcia “Cia” Price, shouted “Bobby!”";
    int open = name.indexOf('“');
    assertTrue(QuoteSpans.nickname(name, new org.sitrep.model.Span(open, open + 5), "Cia"));
    int chant = name.lastIndexOf('“');
    assertTrue(!QuoteSpans.nickname(name, new org.sitrep.model.Span(chant, chant + 8), "Bobby!"));
  }
}
