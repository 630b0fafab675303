package org.sitrep.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateMention;
import org.sitrep.model.Published;

class DateStageTest {
  @Test
  void yesterdayIsAnchoredOnTheDayWhereThePageWasPublished() {
    // 23:30 in New York on the 19th is 04:30 UTC on the 20th; the article's day is the 19th.
    Article a = new Article(Article.SCHEMA_VERSION, "x", "x", null, null, "T", null, List.of(),
        null, Published.parse("2019-11-19T23:30-05:00"), null, "en",
        "The minister resigned yesterday after the vote.", List.of(), Map.of(), null);
    List<DateMention> dates = new DateStage().apply(a).layers().dates();
    assertEquals(1, dates.size());
    assertEquals("2019-11-18", dates.get(0).value());
    assertEquals("2019-11-19", dates.get(0).anchor());
  }

  @Test
  void tryingThePatternOnlyAtTriggerWordsFindsWhatAFullScanFinds() {
    String text = new String(org.sitrep.extract.Fixtures.bytes("palmyra-scraped.txt"),
        java.nio.charset.StandardCharsets.UTF_8) + " Since Monday, on 19 November 2019, last "
        + "week and in 2018, till spring, Sept. 3, 2019-11-20, earlier this month; tonight. "
        + "On Tuesday; by Dec. 5.";
    Article a = Article.ofText("x", "x", text, "en");
    List<String> fast = new DateStage().apply(a).layers().dates().stream()
        .map(d -> d.span().start() + ":" + d.text()).toList();
    List<String> full = new java.util.ArrayList<>();
    java.util.regex.Matcher m = DateStage.DATES.matcher(text);
    while (m.find()) {
      full.add(m.start() + ":" + m.group());
    }
    assertEquals(full, fast);
  }

  @Test
  void seasonsPointForwardUnlessSaidToBePast() {
    LocalDate nov = LocalDate.of(2016, 12, 12);
    assertEquals("2017-SP", DateStage.season("till", "spring", nov));
    assertEquals("2016-SP", DateStage.season("last", "spring", nov));
    assertEquals("2016-WI", DateStage.season("this", "winter", nov));
  }
}
