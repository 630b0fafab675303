package org.sitrep.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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

  @Test
  void bodySplitIntoChunksUnderDifferentParentsIsKeptWhole() {
    // Wired's layout: the story in several "article__body" chunks, an ad rail between them.
    Document doc = Jsoup.parse("<body><div class=grid><div class='body article__body'>" + PARA
        + PARA + "</div></div><div class=ad-rail><p>Ad</p></div><div class=grid>"
        + "<div class='body article__body'>" + PARA.replace("Tuesday", "Friday") + "</div></div>");
    List<String> paragraphs = new MainContent().extract(doc);
    assertEquals(3, paragraphs.size(), paragraphs.toString());
    assertTrue(paragraphs.get(2).contains("Friday"));
  }

  @Test
  void tableRowsAreOneBlockEach() {
    // autoracing.com.br standings: a data table is body.
    List<Block> blocks = Blocks.of(Jsoup.parse("<table><tr><td>1</td><td>Kyle Busch</td>"
        + "<td>5040</td></tr><tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table>")
        .body());
    assertEquals(List.of("1 Kyle Busch 5040", "2 Martin Truex Jr. 5035"),
        blocks.stream().map(Block::text).toList());
  }

  @Test
  void datelinesAndBylinesAreFurnitureButTweetSignaturesAreNot() {
    assertTrue(MainContent.isDatelineOrByline("September 15, 2014"));
    assertTrue(MainContent.isDatelineOrByline("Nov. 20, 2019 6:02 AM EST"));
    assertTrue(MainContent.isDatelineOrByline("By DANICA KIRKA and JILL LAWLESS"));
    assertTrue(MainContent.isDatelineOrByline("November 20, 2019 Emiliano Bellini"));
    assertFalse(MainContent.isDatelineOrByline("— The Nigerian Senate (@NGRSenate) October 9, 2018"));
    assertFalse(MainContent.isDatelineOrByline("On September 15, 2014, the council voted to close "
        + "the old bridge after engineers warned that it could collapse within a year."));
  }

  @Test
  void trailingRunOfShortHeadlinesIsTrimmed() {
    Document doc = Jsoup.parse("<div><p>Body paragraph that is long enough to be kept.</p>"
        + "<h3>More Great Stories</h3><p>Paid political ads are not the problem</p>"
        + "<ul><li>England (Group A): 10th appearance</li></ul></div>");
    List<Block> blocks = new ArrayList<>(Blocks.of(doc.body()));
    MainContent.trimTail(blocks);
    assertEquals(4, blocks.size(), "a plain list item ends the body and stays");
    blocks.remove(3);
    MainContent.trimTail(blocks);
    assertEquals(List.of("Body paragraph that is long enough to be kept."),
        blocks.stream().map(Block::text).toList());
  }

  @Test
  void pagesWithoutAContainerFallBackToEveryParagraph() {
    // Many small boxes, each with one paragraph and a link list: no container wins.
    StringBuilder html = new StringBuilder("<body>");
    for (int i = 0; i < 3; i++) {
      html.append("<div class=box><div><p>Paragraph ").append(i).append(" of the story, "
          + "long enough to count as text.</p></div><ul><li><a href=/x>link one here</a></li>"
          + "<li><a href=/y>link two here</a></li><li><a href=/z>link three</a></li></ul></div>");
    }
    List<Block> blocks = Blocks.of(Jsoup.parse(html.toString()).body());
    List<Block> all = MainContent.everyParagraph(blocks, 0);
    assertEquals(3, all.size(), all.toString());
    assertTrue(MainContent.everyParagraph(blocks, 10_000).isEmpty(), "only when it finds more");
    List<String> paragraphs = new MainContent().extract(Jsoup.parse(html.toString()));
    assertEquals(3, paragraphs.size(), paragraphs.toString());
  }

  @Test
  void tableRowsNamedForTheirDataAreNotPruned() {
    // autoracing.com.br: <tr class="oddrow player-2020-580"> is a standings row, not a video player.
    Document doc = Jsoup.parse("<body><div class=articleBody>" + PARA + "<table><tr "
        + "class='oddrow player-2020-580'><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table>"
        + "<div class='video-player'><span>Watch</span></div></div></body>");
    MainContent.prune(doc.body());
    assertTrue(doc.body().text().contains("Kyle Busch"));
    assertFalse(doc.body().text().contains("Watch"), "a real player box still goes");
  }

  @Test
  void linkedSentencesInRoundupsAreProse() {
    // businessinsider.com "10 things in tech": list items that are sentences full of links.
    String item = "A new 'Half-Life' game is finally coming out after 12 years of waiting — but "
        + "the catch is that it's for virtual reality only.";
    assertTrue(MainContent.isLinkedSentence(item, 0.66));
    assertFalse(MainContent.isLinkedSentence("Politics Business Tech Science Health Sports "
        + "Entertainment Travel Opinion Video", 0.95));
    assertFalse(MainContent.isLinkedSentence("Read more about the best deals of the week", 0.7));
  }
}
