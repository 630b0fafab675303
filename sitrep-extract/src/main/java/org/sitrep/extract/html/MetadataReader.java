package org.sitrep.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Urls;

/**
 * Reads article metadata from a parsed page in order of trust: JSON-LD (NewsArticle and kin),
 * then OpenGraph and article: properties, then other meta tags (Dublin Core, Parsely, Sailthru),
 * then what is visible (h1, bylines, time elements), then the URL.
 */
public final class MetadataReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article",
      "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
      "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting", "scholarlyarticle",
      "techarticle", "report", "socialmediaposting", "webpage");

  private final Instant now;

  public MetadataReader(Instant now) {
    this.now = now;
  }

  public PageMetadata read(Document doc) {
    PageMetadata m = new PageMetadata();
    jsonLd(doc, m);
    Map<String, String> meta = metaTags(doc);
    openGraph(meta, m);
    metaTags(doc, meta, m);
    visible(doc, m);
    images(doc, meta, m);
    if (m.url != null) {
      m.set("published", Dates.fromUrl(m.url, now), "url");
      m.set("site", Urls.host(m.url), "url");
    }
    visibleDate(doc, m);
    if (m.title != null) {
      m.title = TitleCleaner.clean(m.title, m.site);
    }
    return m;
  }

  // --- JSON-LD -------------------------------------------------------------------------------

  private void jsonLd(Document doc, PageMetadata m) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (Exception e) {
        continue; // broken JSON-LD is common; the other sources still apply
      }
      List<JsonNode> nodes = new ArrayList<>();
      flatten(root, nodes);
      // Article types first, WebPage last: a page's own WebPage node is less specific.
      nodes.sort((a, b) -> Boolean.compare(isPage(a), isPage(b)));
      for (JsonNode n : nodes) {
        if (isArticle(n)) {
          article(n, m);
        }
      }
    }
  }

  private static void flatten(JsonNode n, List<JsonNode> out) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> flatten(c, out));
    } else if (n.isObject()) {
      out.add(n);
      flatten(n.get("@graph"), out);
      flatten(n.get("mainEntity"), out);
    }
  }

  private static boolean isArticle(JsonNode n) {
    for (String t : types(n)) {
      if (ARTICLE_TYPES.contains(t) || t.endsWith("article") || t.endsWith("webpage")
          || t.endsWith("posting")) {
        return true;
      }
    }
    return false;
  }

  /** WebPage, MedicalWebPage, ...: the page node, less specific than an article node. */
  private static boolean isPage(JsonNode n) {
    for (String t : types(n)) {
      if (t.endsWith("webpage")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> types(JsonNode n) {
    JsonNode t = n.get("@type");
    List<String> out = new ArrayList<>();
    if (t == null) {
      return out;
    }
    if (t.isArray()) {
      t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
    } else {
      out.add(t.asText().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private void article(JsonNode n, PageMetadata m) {
    boolean webPage = isPage(n);
    String src = "json-ld";
    if (!webPage) {
      m.set("title", text(n.get("headline")), src);
    }
    m.set("published", Dates.parse(text(n.get("datePublished")), now), src);
    m.set("section", text(n.get("articleSection")), src);
    m.set("language", text(n.get("inLanguage")), src);
    // Article nodes come first; a page node only fills what they left empty.
    m.setByline(names(n.get("author")), src);
    JsonNode pub = n.get("publisher");
    if (pub != null && pub.isObject()) {
      m.set("site", text(pub.get("name")), src);
    }
    if (!webPage) {
      m.set("url", text(n.get("url")), src);
      m.set("description", text(n.get("description")), src);
      JsonNode image = n.get("image");
      if (image != null && image.isArray() && image.size() > 0) {
        image = image.get(0);
      }
      if (image != null && m.jsonLdImage == null) {
        m.jsonLdImage = image.isTextual() ? image.asText()
            : image.path("url").isTextual() ? image.path("url").asText()
            : image.path("contentUrl").asText(null);
      }
      if (image != null && image.isObject()) {
        String credit = text(image.get("creditText"));
        if (credit == null) {
          credit = text(image.get("copyrightHolder"));
        }
        if (credit == null) {
          credit = text(image.get("author"));
        }
        m.set("credit", credit, src);
      }
      String body = text(n.get("articleBody"));
      if (body != null && m.articleBody == null) {
        m.articleBody = body;
      }
    }
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.size() == 0 ? null : text(n.get(0));
    }
    if (n.isObject()) {
      return text(n.has("name") ? n.get("name") : n.get("@value"));
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static List<String> names(JsonNode n) {
    Set<String> out = new LinkedHashSet<>();
    if (n == null) {
      return List.of();
    }
    if (n.isArray()) {
      n.forEach(x -> out.addAll(names(x)));
    } else {
      String name = text(n);
      if (name != null && !name.startsWith("http")) {
        out.addAll(Bylines.split(name));
      }
    }
    return new ArrayList<>(out);
  }

  // --- meta tags -----------------------------------------------------------------------------

  private void openGraph(Map<String, String> meta, PageMetadata m) {
    String src = "opengraph";
    m.set("site", meta.get("og:site_name"), src);
    m.set("title", meta.get("og:title"), src);
    m.set("url", meta.get("og:url"), src);
    m.set("published", Dates.parse(meta.get("article:published_time"), now), src);
    m.set("section", meta.get("article:section"), src);
    String author = meta.get("article:author");
    if (author != null && !author.startsWith("http")) {
      m.setByline(Bylines.split(author), src);
    }
    m.set("language", meta.get("og:locale"), src);
    m.set("description", meta.get("og:description"), src);
  }

  private void metaTags(Document doc, Map<String, String> meta, PageMetadata m) {
    String src = "meta";
    for (String k : List.of("parsely-title", "twitter:title", "dc.title", "dcterms.title")) {
      m.set("title", meta.get(k), src);
    }
    for (String k : List.of("date", "pubdate", "publishdate", "publish-date", "publish_date",
        "article.published", "article_date_original", "parsely-pub-date", "sailthru.date",
        "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "og:published_time",
        "cxenseparse:recs:publishtime", "datepublished", "originalpublicationdate",
        "displaydate", "date.release", "timestamp")) {
      m.set("published", Dates.parse(meta.get(k), now), src);
    }
    for (String k : List.of("parsely-section", "section", "article.section", "article-section",
        "category", "sailthru.section", "dc.subject")) {
      m.set("section", meta.get(k), src);
    }
    for (String k : List.of("author", "parsely-author", "sailthru.author", "dc.creator",
        "byl", "article.author")) {
      String a = meta.get(k);
      if (a != null && !a.startsWith("http")) {
        m.setByline(Bylines.split(a), src);
      }
    }
    for (String k : List.of("twitter:description", "description", "dc.description")) {
      m.set("description", meta.get(k), src);
    }
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      m.set("url", canonical.absUrl("href").isEmpty() ? canonical.attr("href")
          : canonical.absUrl("href"), "link");
    }
    m.set("site", meta.get("application-name"), src);
    m.set("language", meta.get("content-language"), src);
    m.set("language", meta.get("language"), src);
  }

  private void visible(Document doc, PageMetadata m) {
    // Each look-up walks the DOM, so it runs only when the richer sources left the field empty.
    if (m.title == null) {
      Element h1 = doc.selectFirst("article h1, main h1, h1");
      if (h1 != null) {
        m.set("title", h1.text(), "h1");
      }
      m.set("title", TitleCleaner.clean(doc.title(), m.site), "title");
    }
    if (m.language == null) {
      Element html = doc.selectFirst("html");
      m.set("language", html == null ? null : html.attr("lang"), "html-lang");
    }
    firstDate(doc, "time[datetime], [itemprop=datePublished]", t -> t.hasAttr("datetime")
        ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.text(), "time", m);
    if (m.byline.isEmpty()) {
      for (Element b : doc.select("[rel=author], [itemprop=author], .byline, .author-name, "
          + ".article-author, .byline__name, .author, [class*=byline]")) {
        List<String> names = Bylines.split(b.text());
        if (!names.isEmpty() && m.setByline(names, "byline")) {
          break;
        }
      }
    }
  }

  /**
   * Last, a date the page only shows, in an element whose class says it is the date:
   * "Monday, November 18, 2019". The first one that parses wins.
   */
  private void visibleDate(Document doc, PageMetadata m) {
    firstDate(doc, VISIBLE_DATES, t -> t.text().length() <= 60 ? t.text() : null,
        "visible-date", m);
  }

  /** The first element of {@code selector} whose value parses as a date, if none is set yet. */
  private void firstDate(Document doc, String selector, Function<Element, String> value,
      String source, PageMetadata m) {
    if (m.published != null) {
      return;
    }
    for (Element t : doc.select(selector)) {
      String v = value.apply(t);
      if (v != null && m.set("published", Dates.parse(v, now), source)) {
        return;
      }
    }
  }

  /** Elements whose text is a page's date by their class. */
  private static final String VISIBLE_DATES = ".date, .datetime, .dateline, .pubdate, .published, "
      + ".post-date, .entry-date, .article-date, [class*=datetime], [class*=pubdate], "
      + "[class*=publish-date], [class*=published-date]";

  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)logo|icon|banner|sprite|avatar|advert|\\bads?\\b|button|badge|spacer");

  private static int pixels(String v) {
    String d = v.strip().replaceFirst("(?i)px$", "");
    return d.matches("\\d{1,5}") ? Integer.parseInt(d) : 0;
  }

  /** Images a page may show first, by how much they say; tracking pixels are not images. */
  private static final String ARTICLE_IMAGES = "article img, [itemprop=articleBody] img, "
      + "main img";

  /**
   * The lead image: OpenGraph, Twitter card, JSON-LD, {@code link rel=image_src}, else the first
   * image in the article (read before the page is pruned), resolved against the page's URL.
   */
  private static void images(Document doc, Map<String, String> meta, PageMetadata m) {
    String base = doc.location();
    for (String k : List.of("og:image", "og:image:secure_url", "og:image:url")) {
      m.setImage(meta.get(k), base, "opengraph");
    }
    for (String k : List.of("twitter:image", "twitter:image:src")) {
      m.setImage(meta.get(k), base, "meta");
    }
    m.setImage(m.jsonLdImage, base, "json-ld");
    Element link = doc.selectFirst("link[rel=image_src][href]");
    if (link != null) {
      m.setImage(link.attr("href"), base, "link");
    }
    if (m.image == null) {
      for (Element img : doc.select(ARTICLE_IMAGES)) {
        String src = img.hasAttr("src") && !img.attr("src").startsWith("data:") ? img.attr("src")
            : img.attr("data-src");
        if (!"1".equals(img.attr("width")) && !"1".equals(img.attr("height"))
            && m.setImage(src, base, "article")) {
          break;
        }
      }
    }
    if (m.image == null) {
      // A page without article markup: the first image it declares as photo-sized
      // (at least 300 by 150 pixels) that is not the site's logo, an icon or a banner.
      for (Element img : doc.select("img[src][width][height]")) {
        if (pixels(img.attr("width")) >= 300 && pixels(img.attr("height")) >= 150
            && !FURNITURE.matcher(img.attr("src") + " " + img.className() + " "
                + img.attr("alt")).find()
            && m.setImage(img.attr("src"), base, "sized")) {
          break;
        }
      }
    }
  }

  /** Non-empty meta tag values by lower-cased property/name/itemprop, first one winning. */
  static Map<String, String> metaTags(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element e : doc.getElementsByTag("meta")) {
      String k = e.hasAttr("property") ? e.attr("property")
          : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
      String v = e.attr("content").strip();
      if (!k.isEmpty() && !v.isEmpty()) {
        out.putIfAbsent(k.toLowerCase(Locale.ROOT), v);
      }
    }
    return out;
  }

}
