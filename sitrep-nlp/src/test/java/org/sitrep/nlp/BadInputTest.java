package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Pipeline;

class BadInputTest {
  private static Article article(String text, String language) {
    return new Article(Article.SCHEMA_VERSION, "x", "x", null, null, "T", null, List.of(), null,
        null, null, language, text, List.of(), Map.of(), null);
  }

  @Test
  void nonEnglishTextIsSkippedWithAWarning() {
    Object out = Annotator.pipeline().run(article("Der Minister sagte am Dienstag, dass die "
        + "Gespräche gescheitert sind.", "de"));
    Article a = (Article) out;
    assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("english-only-skipped")));
    assertTrue(a.layers().mentions().isEmpty());
    assertTrue(a.layers().has(org.sitrep.model.Layer.QUOTES), "later stages still ran");
  }

  @Test
  void emptyTextGivesEmptyLayers() {
    Object out = Annotator.pipeline().run(article("", "und"));
    Article a = (Article) out;
    assertTrue(a.layers().entities().isEmpty());
  }

  @Test
  void hugeTextIsTruncatedNotFatal() {
    String para = "The council met on Monday in Springfield and said that 40 workers had left. ";
    StringBuilder b = new StringBuilder();
    while (b.length() < 2_000_000) {
      b.append(para.repeat(5)).append("\n\n");
    }
    Object out = Annotator.pipeline().run(article(b.toString(), "en"));
    Article a = (Article) out;
    assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("annotation-truncated")));
    assertTrue(a.layers().quantities().size() > 100);
  }

  @Test
  void aPipelineIsCheckedBeforeItRuns() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Pipeline(List.of(new QuoteStage())));
    assertTrue(e.getMessage().contains("requires layer"));
    Object failed = new Pipeline(List.of(new DateStage())).run(article(null, "en"));
    assertEquals("dates", ((Failure) failed).error().stage());
  }
}
