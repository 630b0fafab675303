package org.sitrep.nlp.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** One Doc per article: shared by the stages while the tokens stay, with its parse view. */
class DocTest {
  @Test
  void theStagesOfOneArticleShareItsDoc() {
    Article a = Tagged.article("Rebels/NNS attacked/VBD Palmyra/NNP/LOCATION ./.");
    Doc d = Doc.of(a);
    Article later = a.withLayers(a.layers().withMentions(List.of()));
    assertSame(d, Doc.of(later), "a layer added after the tokens keeps the Doc");
    Article other = Tagged.article("Rebels/NNS attacked/VBD Palmyra/NNP/LOCATION ./.");
    assertNotSame(d, Doc.of(other), "another article with the same words gets its own Doc");
  }

  @Test
  void aParseIsMadeOnceAndKept() {
    Article a = Tagged.article("Rebels/NNS//rebel/2:nsubj attacked/VBD//attack/0:root "
        + "Palmyra/NNP/LOCATION//2:obj ././/./2:punct");
    Doc d = Doc.of(a);
    Parse p = d.parse(0, s -> {
      throw new AssertionError("the hand-made parse is the view; no parser is asked");
    });
    assertEquals(1, p.headOf(0));
    assertEquals("nsubj", p.relOf(0));
    assertEquals(-1, p.headOf(1));
    assertEquals(List.of(0, 2, 3), p.children(1));
  }
}
