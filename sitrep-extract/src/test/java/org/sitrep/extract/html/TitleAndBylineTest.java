package org.sitrep.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleAndBylineTest {
  @Test
  void siteNamesAreCutFromTitles() {
    assertEquals("Daily Deals: More Black Friday Deals Are Live",
        TitleCleaner.clean("Daily Deals: More Black Friday Deals Are Live - IGN", "IGN"));
    assertEquals("Taliban say they freed US, Australian hostages",
        TitleCleaner.clean("Taliban say they freed US, Australian hostages | New York Post",
            "New York Post"));
    assertEquals("Opinion | Republicans Are Following Trump to Nowhere",
        TitleCleaner.clean("Opinion | Republicans Are Following Trump to Nowhere", "nytimes.com"));
  }

  @Test
  void bylinesSplitIntoNames() {
    assertEquals(List.of("Lia Eustachewich", "Yaron Steinbuch"),
        Bylines.split("By Lia Eustachewich and Yaron Steinbuch"));
    assertEquals(List.of("Rachael Link"), Bylines.split("Rachael Link, MS, RD"));
    assertEquals(List.of("RT"), Bylines.split("RT"));
    assertEquals(List.of(), Bylines.split("Updated 3 hours ago"));
  }
}
