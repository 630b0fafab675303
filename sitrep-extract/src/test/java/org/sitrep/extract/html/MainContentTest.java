package org.sitrep.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MainContentTest {
  private static final String PARA = "<p>The council voted on Tuesday to close the old bridge, "
      + "citing safety concerns raised by engineers, and said repairs would take a year.</p>";

  @Test
  void boilerplateClassesArePrunedButLayoutWrappersKeepTheArticle() {
    // Real class names: elementor-widget-wrap (a layout wrapper holding the article),
    // pg-right-rail-tall (a page wrapper), m-off-canvas--menu (a menu).
    Element wrapper = Jsoup.parse("<div class='elementor-widget-wrap'>" + PARA + PARA + PARA
        + "</div>").selectFirst("div");
    assertFalse(MainContent.isBoilerplate(wrapper));
    Element menu = Jsoup.parse("<div class='m-off-canvas--menu'><a>World</a></div>")
        .selectFirst("div");
    assertTrue(MainContent.isBoilerplate(menu));
    Element comments = Jsoup.parse("<div id='comments'>" + PARA + PARA + PARA + "</div>")
        .selectFirst("div");
    assertTrue(MainContent.isBoilerplate(comments));
    Element body = Jsoup.parse("<div class='article-body share-enabled'>x</div>").selectFirst("div");
    assertFalse(MainContent.isBoilerplate(body));
  }

  @Test
  void splitsClassNamesIntoWords() {
    assertEquals(List.of("page", "builder", "page", "row"), MainContent.words("PageBuilder-pageRow"));
    assertEquals(List.of("article", "body"), MainContent.words("article__body"));
  }

  @Test
  void extractsTheArticleNotTheChrome() {
    Document doc = Jsoup.parse("<html><body><nav><a href=/>Home</a><a href=/w>World</a></nav>"
        + "<div class=main><h1>Headline</h1>" + PARA
        + "<h2>What comes next</h2>" + PARA.replace("Tuesday", "Monday")
        + "<p>Advertisement</p>"
        + "<div class=related><ul><li><a href=/1>Other story one that is long enough</a></li>"
        + "<li><a href=/2>Other story two that is long enough</a></li></ul></div></div>"
        + "<footer>© 2019 Example News. All rights reserved.</footer></body></html>");
    List<String> paragraphs = new MainContent().extract(doc);
    assertEquals(3, paragraphs.size(), paragraphs.toString());
    assertEquals("What comes next", paragraphs.get(1));
    assertTrue(paragraphs.get(2).contains("Monday"));
  }

  @Test
  void linkListsAreNotBody() {
    Block links = Blocks.of(Jsoup.parse("<div><a href=/a>Politics and more news</a> | "
        + "<a href=/b>Business and more news</a></div>").body()).get(0);
    assertFalse(MainContent.keep(links));
  }
}
