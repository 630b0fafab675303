package org.sitrep.core.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.sitrep.core.Input;
import org.sitrep.extract.Charsets;
import org.xml.sax.InputSource;

/**
 * Reads RSS 2.0, RSS 1.0, Atom (with Rome) and sitemaps, news sitemaps and sitemap indexes (with
 * crawler-commons), leniently: a byte-order mark, unescaped ampersands, unparseable dates, HTML
 * in titles and a DOCTYPE (RSS 0.91's) do not lose the items. Nothing a feed points to outside
 * itself (an external DTD or entity) is ever read or fetched.
 */
public final class FeedReader {
  /** What a document is, by its root element. */
  public enum Kind { FEED, SITEMAP, NONE }

  /** The items of a feed or sitemap, and the child sitemaps an index points to. */
  public record Parsed(List<FeedItem> items, List<String> sitemaps) {}

  private static final Pattern BARE_AMP =
      Pattern.compile("&(?!(?:[a-zA-Z][a-zA-Z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)");

  private FeedReader() {}

  /** FEED, SITEMAP or NONE, from the first few kilobytes. */
  public static Kind kind(byte[] head) {
    int n = Math.min(head.length, 4096);
    String s = new String(head, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int root = firstElement(s);
    if (root < 0) {
      return Kind.NONE;
    }
    String tag = s.substring(root);
    if (tag.startsWith("<rss") || tag.startsWith("<feed") || tag.startsWith("<rdf:rdf")) {
      return Kind.FEED;
    }
    if (tag.startsWith("<urlset") || tag.startsWith("<sitemapindex")) {
      return Kind.SITEMAP;
    }
    return Kind.NONE;
  }

  /** Index of the root element's '<', skipping the XML declaration, comments and doctype. */
  private static int firstElement(String s) {
    int i = 0;
    while (true) {
      i = s.indexOf('<', i);
      if (i < 0 || i + 1 >= s.length()) {
        return -1;
      }
      char c = s.charAt(i + 1);
      if (c == '?' || c == '!') {
        int end = s.indexOf('>', i);
        if (end < 0) {
          return -1;
        }
        i = end + 1;
      } else {
        return i;
      }
    }
  }

  /** The items of a feed or sitemap at {@code url} (for resolving relative links). */
  public static Parsed read(byte[] bytes, String url, String contentType) throws IOException {
    return kind(bytes) == Kind.SITEMAP ? sitemap(bytes, url) : feed(bytes, url, contentType);
  }

  private static Parsed feed(byte[] bytes, String url, String contentType) throws IOException {
    String xml = Charsets.decode(bytes, contentType, false).text();
    if (!xml.isEmpty() && xml.charAt(0) == '\uFEFF') {
      xml = xml.substring(1);
    }
    // The XML declaration's encoding no longer applies to a decoded string.
    xml = xml.replaceFirst("^\\s*<\\?xml[^>]*\\?>", "");
    xml = BARE_AMP.matcher(xml).replaceAll("&amp;");
    SyndFeed f;
    try {
      Document doc = xmlParser().build(new XmlFixerReader(new StringReader(xml)));
      f = new SyndFeedInput().build(doc);
    } catch (JDOMException | FeedException | IllegalArgumentException e) {
      throw new IOException("not a readable RSS or Atom feed (" + e.getMessage() + ")", e);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : f.getEntries()) {
      String link = e.getLink();
      if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
        link = e.getUri();
      }
      if (link == null || link.isBlank()) {
        continue;
      }
      link = resolve(url, link.strip());
      java.util.Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      List<String> authors = new ArrayList<>();
      e.getAuthors().forEach(p -> {
        if (p.getName() != null && !p.getName().isBlank()) {
          authors.add(p.getName().strip());
        }
      });
      if (authors.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
        authors.add(e.getAuthor().strip());
      }
      items.add(new FeedItem(link, new Input.Hints(plain(e.getTitle()),
          d == null ? null : d.toInstant(), authors)));
    }
    return new Parsed(items, List.of());
  }

  private static Parsed sitemap(byte[] bytes, String url) throws IOException {
    SiteMapParser p = new SiteMapParser(false);
    p.enableExtension(Extension.NEWS);
    AbstractSiteMap sm;
    try {
      sm = p.parseSiteMap(bytes, new URL(url));
    } catch (UnknownFormatException e) {
      throw new IOException("not a readable sitemap (" + e.getMessage() + ")", e);
    }
    if (sm instanceof SiteMapIndex idx) {
      List<String> children = new ArrayList<>();
      for (AbstractSiteMap child : idx.getSitemaps()) {
        children.add(child.getUrl().toString());
      }
      return new Parsed(List.of(), children);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SiteMapURL u : ((SiteMap) sm).getSiteMapUrls()) {
      String title = null;
      Instant date = u.getLastModified() == null ? null : u.getLastModified().toInstant();
      ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
      if (news != null && news.length > 0 && news[0] instanceof NewsAttributes na) {
        title = plain(na.getTitle());
        if (na.getPublicationDateTime() != null) {
          date = na.getPublicationDateTime().toInstant();
        }
      }
      items.add(new FeedItem(u.getUrl().toString(), new Input.Hints(title, date, List.of())));
    }
    return new Parsed(items, List.of());
  }

  /**
   * A parser for feeds that reads a DOCTYPE (RSS 0.91 feeds carry Netscape's) but nothing outside
   * the document: no external DTD, no external entity, whatever its URL or file; any
   * request for one gets an empty document. Internal entities are expanded within the JDK
   * parser's limits. {@link XmlFixerReader} before it turns HTML entities (the RSS 0.91 DTD's
   * {@code &eacute;} and the like) into characters.
   */
  private static SAXBuilder xmlParser() {
    SAXBuilder b = new SAXBuilder(XMLReaders.NONVALIDATING);
    b.setFeature("http://xml.org/sax/features/external-general-entities", false);
    b.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    b.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    b.setExpandEntities(false);
    return b;
  }

  /** Titles are text, though feeds put HTML (and escaped HTML) in them. */
  static String plain(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = Jsoup.parse(s).text().strip();
    return t.isEmpty() ? null : t;
  }

  private static String resolve(String base, String link) {
    if (base == null) {
      return link;
    }
    try {
      return java.net.URI.create(base).resolve(link).toString();
    } catch (IllegalArgumentException e) {
      return link;
    }
  }
}
