package org.sitrep.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

/** 100,000 nested tables took minutes in the parser; content below a fixed depth is flattened. */
class DeeplyNestedTablesTest {
  private static final String STORY = "<p>The council approved the new budget on Tuesday, after a"
      + " long debate about schools, roads and the harbour, and the mayor said it was fair.</p>";

  private static String nested(int n) {
    StringBuilder sb = new StringBuilder("<html><head><title>Budget</title></head><body>");
    for (int i = 0; i < n; i++) {
      sb.append("<table><tr><td>");
    }
    sb.append(STORY);
    for (int i = 0; i < n; i++) {
      sb.append("</td></tr></table>");
    }
    return sb.append("</body></html>").toString();
  }

  @Test
  void hundredThousandNestedTablesAreFlattenedWithAWarning() throws Exception {
    String html = nested(100_000);
    TableNesting.Bounded b = TableNesting.bound(html);
    assertEquals(100_000, b.depth());
    assertTrue(b.flattened());
    // What the parser gets: tables at most MAX_DEPTH deep.
    Element deepest = Jsoup.parse(b.html()).select("table").last();
    assertEquals(TableNesting.MAX_DEPTH,
        deepest.parents().stream().filter(e -> e.normalName().equals("table")).count() + 1);

    RawPage page = new RawPage("t", "http://localhost/budget", html.getBytes(StandardCharsets.UTF_8),
        "text/html; charset=utf-8", null, Map.of());
    Article a = new Extractor().extract(page);
    assertTrue(a.text().contains("approved the new budget"), a.text());
    assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("deep-nesting")
        && w.message().contains("100000")), a.warnings().toString());
  }

  @Test
  void ordinaryNestedTablesAreUntouched() {
    String html = nested(5);
    TableNesting.Bounded b = TableNesting.bound(html);
    assertSame(html, b.html());
    assertEquals(5, b.depth());
    assertFalse(b.flattened());
  }

  @Test
  void tableTagsInScriptsAndCommentsAreNotCounted() {
    String html = "<body><script>" + "<table>".repeat(100) + "</script><!--" + "<table>".repeat(100)
        + "--><table><tr><td>x</td></tr></table></body>";
    assertEquals(1, TableNesting.bound(html).depth());
    // Unclosed, a comment runs to the end of the page.
    assertEquals(1, TableNesting.bound("<table><tr><td>x<!--" + "<table>".repeat(100)).depth());
  }

  @Test
  void tableTagsWithoutTheirEndAreNoTags() {
    // 100,000 "<table" with no '>' anywhere: no tag, no table, and the page unchanged.
    String html = "<p>x</p>" + "<table".repeat(100_000);
    TableNesting.Bounded b = TableNesting.bound(html);
    assertEquals(0, b.depth());
    assertSame(html, b.html());
  }
}
