package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

/** A folder's README.md was stored as an article although Markdown is skipped. */
class ReadmeMarkdownStoredTest {
  private static ContentKind of(String s) {
    return ContentKind.of(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String skipped(String s) {
    NotAnArticleException e = assertThrows(NotAnArticleException.class,
        () -> new Extractor().extract(RawPage.ofBytes("data/README.md",
            s.getBytes(StandardCharsets.UTF_8))));
    return e.kind();
  }

  @Test
  void aFoldersReadmeIsMarkdown() {
    // One heading, a list, inline code, no links: the old test wanted two of heading, fence,
    // links, table.
    String readme = "# Crawl of 2024-03\n\nPages fetched for the flood study, one file per URL.\n\n"
        + "- `pages/` holds the raw HTML\n- `meta.json` maps files to URLs\n"
        + "- `failed.txt` lists what could not be fetched\n\nRe-run `fetch.sh` to refresh.\n";
    assertEquals(ContentKind.MARKDOWN, of(readme));
    assertEquals("Markdown", skipped(readme));
  }

  @Test
  void aReadmeOpeningWithHtmlIsMarkdown() {
    String readme = "<p align=\"center\"><img src=\"logo.png\" width=\"120\"></p>\n\n"
        + "# Scraper\n\n**Fast** and **small**.\n\n## Usage\n\n```sh\n./run.sh pages/\n```\n"
        + "<div>More in the wiki.</div>\n";
    assertEquals(ContentKind.MARKDOWN, of(readme));
    assertEquals("Markdown", skipped(readme));
  }

  @Test
  void plainTextNewsWithAHashOrADashLineStaysText() throws Exception {
    String news = "# of flood victims rises to 40\n\n----------\n\n"
        + "- Rescuers reached the last villages on Tuesday, officials said.\n"
        + "- The river is expected to fall by the weekend.\n\n"
        + ("The regional government said the number of people who died in the floods had risen "
        + "to 40, and that more than 3,000 had left their homes. ").repeat(3) + "\n";
    assertEquals(ContentKind.TEXT, of(news));
    Article a = new Extractor().extract(RawPage.ofBytes("news.txt",
        news.getBytes(StandardCharsets.UTF_8)));
    assertTrue(a.text().contains("more than 3,000 had left their homes"), a.text());
  }

  @Test
  void htmlPagesStayHtml() {
    assertEquals(ContentKind.HTML, of("<!DOCTYPE html><html><body><h1>x</h1><p>Use `a` and "
        + "`b` with [x](http://a) and [y](http://b).</p></body></html>"));
  }
}
