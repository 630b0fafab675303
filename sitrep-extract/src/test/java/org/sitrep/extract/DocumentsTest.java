package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.model.RawPage;

class DocumentsTest {
  private static String kind(byte[] b) {
    NotAnArticleException e = assertThrows(NotAnArticleException.class,
        () -> new Extractor().extract(RawPage.ofBytes("x", b)));
    return e.kind();
  }

  private static String kind(String s) {
    return kind(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theRepositorysOwnNonArticlesAreRecognised() throws Exception {
    assertEquals("Markdown", kind(Files.readAllBytes(Path.of("..", "README.md"))));
    assertEquals("a licence text", kind(Files.readAllBytes(Path.of("..", "LICENSE"))));
    assertEquals("JSON data", kind(Fixtures.bytes("spotcheck/metadata.json")));
    assertEquals("a licence text",
        kind(Fixtures.bytes("pages/LICENSE-article-extraction-benchmark")));
  }

  @Test
  void dataFormats() {
    assertEquals("JSON data", kind("[{\"a\": 1}, {\"a\": 2}]"));
    assertEquals("JSON data", kind("  {\n  \"title\": \"Not a page\", \"n\": 3}"));
    assertEquals("XML data", kind("<?xml version=\"1.0\"?><catalog><book id=\"1\"/></catalog>"));
    assertEquals("an SVG image", kind("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>"));
  }

  @Test
  void articlesAreNotMistakenForOtherDocuments() throws Exception {
    assertNull(Documents.notAnArticle(new String(Fixtures.bytes("palmyra-scraped.txt"),
        StandardCharsets.UTF_8), false));
    assertNull(Documents.notAnArticle("[Photo] The mayor said on Monday that the bridge would "
        + "close. \"We have no choice,\" she said.", false));
    assertNull(Documents.notAnArticle("[1] He said \"no\" and left, the ministry said.", false));
    assertNull(Documents.notAnArticle("Creative Commons, the nonprofit behind the licences that "
        + "let anyone reuse photos, said on Monday it would cut staff after donations fell.", false));
    assertNull(Documents.notAnArticle("# of deaths rose on Monday, officials said. The "
        + "[ministry](https://example.org) gave no figure.", false));
    new Extractor().extract(RawPage.ofBytes("p.html", Fixtures.bytes("pages/"
        + "5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e.html")));
  }
}
