package org.sitrep.nlp;

import org.sitrep.nlp.time.DateStage;
import org.sitrep.nlp.attribution.QuoteStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Pipeline;

@Tag("corenlp")
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

  /** One news sentence in each of ten languages: identified, and never given English layers. */
  @Test
  void tenLanguagesAreIdentifiedAndNotAnnotatedAsEnglish() throws Exception {
    String[][] sentences = {
        {"pl", "Premier zapowiedział w poniedziałek, że rząd przedstawi nowy projekt budżetu."},
        {"tr", "Bakan salı günü yaptığı açıklamada, sendikayla yapılan görüşmelerin başarısız olduğunu söyledi."},
        {"sv", "Regeringen meddelade på tisdagen att förhandlingarna med facket hade misslyckats."},
        {"id", "Menteri mengatakan pada hari Selasa bahwa pembicaraan dengan serikat pekerja telah gagal."},
        {"ar", "قال الوزير يوم الثلاثاء إن المحادثات مع النقابة فشلت وإن الإضراب بات مرجحا."},
        {"ru", "Министр заявил во вторник, что переговоры с профсоюзом провалились."},
        {"zh", "部长周二表示，与工会的谈判已经失败，罢工可能发生。"},
        {"fa", "وزیر روز سه‌شنبه گفت که مذاکرات با اتحادیه شکست خورده است."},
        {"uk", "Міністр заявив у вівторок, що переговори з профспілкою провалилися."},
        {"he", "השר אמר ביום שלישי כי השיחות עם האיגוד נכשלו וכי שביתה צפויה."}};
    org.sitrep.extract.Extractor extractor = new org.sitrep.extract.Extractor();
    Pipeline pipeline = Annotator.pipeline();
    for (String[] s : sentences) {
      Article extracted = extractor.extract(org.sitrep.model.RawPage.ofBytes(s[0] + ".txt",
          s[1].getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      assertEquals(s[0], extracted.language(), s[1]);
      Article a = (Article) pipeline.run(extracted);
      assertTrue(a.layers().tokens().isEmpty() && a.layers().mentions().isEmpty()
          && a.layers().entities().isEmpty() && a.layers().places().isEmpty(), s[0]);
      assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("english-only-skipped")),
          s[0]);
    }
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
    // A stage that throws is that stage's failure: a warning, the article kept.
    Article failed = (Article) new Pipeline(List.of(new DateStage())).run(article(null, "en"));
    assertTrue(failed.warnings().stream().anyMatch(w -> w.code().equals(Pipeline.STAGE_FAILED)
        && w.message().startsWith("dates: ")), failed.warnings().toString());
    assertTrue(Pipeline.incomplete(failed));
  }
}
