package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which days the timeline and the overview chart. */
class ChartWindowTest {
  /**
   * Defect: an event the text dates years before its articles (a war recalled) stretched the
   * time axis over a decade, the articles squeezed into one spike at its end.
   */
  @Test
  void anEventDatedYearsBeforeTheArticlesStretchedTheAxis_theChartFitsTheArticlesDays() {
    List<StoreView.Day> days = List.of(new StoreView.Day("2010-05-05", 0, 1),
        new StoreView.Day("2019-10-25", 0, 2), new StoreView.Day("2019-11-19", 1, 2),
        new StoreView.Day("2019-11-20", 3, 2), new StoreView.Day("2019-11-21", 1, 0),
        new StoreView.Day("2020-03-01", 0, 1));
    List<StoreView.Day> shown = Pages.window(days);
    assertEquals(List.of("2019-10-25", "2019-11-19", "2019-11-20", "2019-11-21"),
        shown.stream().map(StoreView.Day::day).toList(),
        "the articles' days and the events near them");
  }

  @Test
  void withoutArticleDaysEveryDayIsCharted() {
    List<StoreView.Day> days = List.of(new StoreView.Day("2010-05-05", 0, 1),
        new StoreView.Day("2019-11-20", 0, 2));
    assertEquals(days, Pages.window(days));
    assertEquals(List.of(), Pages.window(List.of()));
  }
}
