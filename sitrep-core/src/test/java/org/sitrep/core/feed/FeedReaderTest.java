package org.sitrep.core.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.LocalServer;

class FeedReaderTest {
  @TempDir
  Path tmp;

  private static final String ITEMS = "<channel><title>Netscape-era news</title>"
      + "<link>http://example.org/</link><description>d</description><language>en-us</language>"
      + "<item><title>Caf&eacute; reopens</title><link>http://example.org/a.html</link></item>"
      + "<item><title>Budget passed</title><link>http://example.org/b.html</link></item>"
      + "</channel></rss>";

  @Test
  void anRss091FeedWithItsPublicDoctypeIsReadNotRefused() throws Exception {
    String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
        + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
        + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
        + "<rss version=\"0.91\">" + ITEMS;
    FeedReader.Parsed p = FeedReader.read(rss.getBytes(StandardCharsets.ISO_8859_1),
        "http://example.org/rss.xml", "text/xml");
    assertEquals(List.of("http://example.org/a.html", "http://example.org/b.html"),
        p.items().stream().map(FeedItem::url).toList());
    assertEquals("Café reopens", p.items().get(0).hints().title(),
        "the DTD's HTML entities become characters");
  }

  @Test
  void anRss091DoctypeIsNotFetched() throws Exception {
    try (LocalServer s = new LocalServer()
        .page("/rss-0.91.dtd", "application/xml-dtd", "<!ENTITY eacute \"X\">")) {
      String rss = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC "
          + "\"-//Netscape Communications//DTD RSS 0.91//EN\" \"" + s.url("/rss-0.91.dtd") + "\">"
          + "<rss version=\"0.91\">" + ITEMS;
      FeedReader.Parsed p = FeedReader.read(rss.getBytes(StandardCharsets.UTF_8),
          "http://example.org/rss.xml", "text/xml");
      assertEquals(2, p.items().size());
      assertEquals(List.of(), s.requests, "the DTD is not fetched");
    }
  }

  @Test
  void anXxeFeedLeaksNoLocalFileAndMakesNoRequest() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-42");
    try (LocalServer s = new LocalServer()
        .page("/evil.dtd", "application/xml-dtd", "<!ENTITY remote \"FROM-THE-NETWORK\">")
        .page("/entity.txt", "text/plain", "FROM-THE-NETWORK")) {
      String rss = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + s.url("/evil.dtd") + "\" ["
          + "<!ENTITY file SYSTEM \"" + secret.toUri() + "\">"
          + "<!ENTITY net SYSTEM \"" + s.url("/entity.txt") + "\">"
          + "<!ENTITY % param SYSTEM \"" + s.url("/param.dtd") + "\"> %param;"
          + "]><rss version=\"2.0\"><channel><title>t &file;</title><link>http://example.org/</link>"
          + "<description>&net;</description>"
          + "<item><title>Leak: &file; &net; &remote;</title><link>http://example.org/a.html</link>"
          + "<description>&file;</description></item></channel></rss>";
      FeedReader.Parsed p = FeedReader.read(rss.getBytes(StandardCharsets.UTF_8),
          "http://example.org/rss.xml", "application/rss+xml");
      assertEquals(List.of("http://example.org/a.html"),
          p.items().stream().map(FeedItem::url).toList(), "the items are still read");
      String seen = p.items().toString();
      assertFalse(seen.contains("TOP-SECRET"), seen);
      assertFalse(seen.contains("FROM-THE-NETWORK"), seen);
      assertEquals(List.of(), s.requests, "no DTD or entity is fetched");
    }
  }
}
