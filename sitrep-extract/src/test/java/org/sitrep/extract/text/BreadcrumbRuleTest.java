package org.sitrep.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Breadcrumbs as real pages show them (seed page and article-extraction-benchmark pages). */
class BreadcrumbRuleTest {
  private final BreadcrumbRule rule = new BreadcrumbRule();

  private Draft run(String... paragraphs) {
    Draft d = new Draft(List.of(paragraphs));
    rule.apply(d);
    return d;
  }

  @Test
  void seedBreadcrumbWithLostSeparatorsAndTruncatedTitle() {
    Draft d = run("Home Middle East New ISIS offensive on Palmyra proves terrorists should not be "
            + "given chance...",
        "New ISIS offensive on Palmyra proves terrorists should not be given chance to regroup",
        "Omar Sanadiki / Reuters");
    assertEquals("Middle East", d.section());
    assertEquals("New ISIS offensive on Palmyra proves terrorists should not be given chance to "
        + "regroup", d.title());
    assertEquals(List.of("Omar Sanadiki / Reuters"), d.paragraphs());
  }

  @Test
  void albawabaBreadcrumbWithFullTitle() {
    Draft d = run("Home NEWS World Community Lashes Out at US for No Longer Considering Israeli "
            + "Settlements Illegal",
        "World Community Lashes Out at US for No Longer Considering Israeli Settlements Illegal",
        "The United States faced stiff international criticism.");
    assertEquals("NEWS", d.section());
    assertEquals(1, d.paragraphs().size());
  }

  @Test
  void snopesBreadcrumbKeepsBothLevelsWhenRunTogether() {
    Draft d = run("Home Fact Checks Politics Does Marie Yovanovitch Have a Net Worth of $17 Million?",
        "Does Marie Yovanovitch Have a Net Worth of $17 Million?",
        "A meme claimed the former ambassador was rich.");
    assertEquals("Fact Checks Politics", d.section());
    assertEquals("Does Marie Yovanovitch Have a Net Worth of $17 Million?", d.title());
  }

  @Test
  void breadcrumbWithSeparatorsTakesTheLastSection() {
    Draft d = run("Главная » Интересное", "Заголовок статьи", "Текст статьи.");
    assertEquals("Интересное", d.section());
    assertNull(d.title());
    Draft d2 = run("Home » Dare to Play »", "Some headline here for the story", "Body.");
    assertEquals("Dare to Play", d2.section());
  }

  @Test
  void aHeadlineThatStartsWithHomeIsNotABreadcrumb() {
    Draft d = run("Home prices rise for the fifth month in a row",
        "House prices rose again in October, the survey said.");
    assertNull(d.section());
    assertEquals(2, d.paragraphs().size());
  }
}
