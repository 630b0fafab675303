package org.sitrep.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body in a page. Three named steps, each unit-tested:
 * <ol>
 *   <li>{@link #prune}: drop what is never body (scripts, navigation, forms, hidden elements) and
 *   containers whose class or id says boilerplate (comments, share bars, related links) unless it
 *   also says content;</li>
 *   <li>{@link #bestContainer}: score paragraphs by length and commas, credit the score to their
 *   ancestors, discount link-heavy containers, and take the best one (with its rich siblings);</li>
 *   <li>{@link #keep}: keep the paragraphs, headings, list items and quotes of that container that
 *   are not link lists or boilerplate phrases.</li>
 * </ol>
 */
public final class MainContent {
  private static final Set<String> NEVER_BODY = Set.of("script", "style", "noscript", "template",
      "iframe", "svg", "canvas", "button", "input", "select", "textarea", "nav", "aside",
      "footer", "object", "embed", "video", "audio", "map", "dialog", "menu", "label", "link",
      "meta", "head", "figcaption");
  /** Class/id words that mark a container as boilerplate wherever they appear. */
  static final Set<String> BOILERPLATE = Set.of("comment", "comments", "disqus", "share",
      "sharing", "sharebar", "social", "related", "newsletter", "subscribe", "subscription",
      "promo", "advert", "advertisement", "ad", "ads", "adsense", "adslot", "dfp", "sponsor",
      "sponsored", "outbrain", "taboola", "cookie", "cookies", "consent", "popup", "modal",
      "breadcrumb", "breadcrumbs", "footer", "nav", "navbar", "navigation", "menu", "sidebar",
      "recommended", "recommendations", "recirc", "trending", "popular", "signup", "paywall",
      "login", "masthead", "toolbar", "pagination", "pager", "byline", "caption", "credit",
      "credits", "tags", "keywords", "topics", "bio", "print", "skip", "gallery", "slideshow",
      "rating", "banner", "overlay", "tooltip", "dateline", "timestamp", "follow",
      "jump", "hidden", "teaser", "readmore", "newsletters", "donate", "donation");
  /** Words that mark boilerplate only when the container holds no real paragraphs. */
  static final Set<String> WEAK_BOILERPLATE = Set.of("widget", "rail", "card", "aside", "player",
      "module", "more", "meta", "video", "author", "tag", "extra", "links", "list");
  static final Set<String> CONTENT = Set.of("article", "body", "content", "entry", "main",
      "post", "story", "text", "blog", "permalink", "hentry", "paragraph", "prose", "richtext",
      "markdown", "copy");
  private static final Pattern BOILERPLATE_TEXT = Pattern.compile(
      "^(?:advertisement|advertising|sponsored|read more|read next|related|more:|see also|share"
          + "|share this|share on|sign up|subscribe|follow us|click here|continue reading"
          + "|also read|recommended|image:|photo:|getty images|copyright|©|all rights reserved"
          + "|listen to this|download the|story continues|we use cookies|this article was"
          + "|skip to|loading|watch:|top stories|most read|more from|next article|previous article"
          + "|follow |join |sharing is caring|order reprints|tell us what|support |if you enjoyed"
          + "|updated |published |posted |filed under|tags:|categories:|print this|email this"
          + ").*",
      Pattern.CASE_INSENSITIVE);
  private static final int MIN_PARAGRAPH = 25;
  /** Rows and cells are named for their data ("player-2020-580"), not for page furniture. */
  private static final Set<String> TABLE_PARTS = Set.of("tr", "td", "th", "tbody", "thead");
  // "September 15, 2014", "Nov. 20, 2019 6:02 AM EST", "05/10/2018 - Publicado por: …"
  private static final Pattern DATELINE = Pattern.compile(
      "(?i).*\\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+"
          + "(?:19|20)\\d{2}|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
          + "\\s+(?:19|20)\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)\\d{2}|(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]"
          + "\\d{1,2})\\b.*");
  private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|by)\\s+\\p{Lu}.*");

  /** Below this many characters the best container is not believed and the fallback runs. */
  static final int TOO_LITTLE = 250;

  /** Paragraphs of the article body, in reading order; empty when none was found. */
  public List<String> extract(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    prune(body);
    List<Block> blocks = Blocks.of(body);
    List<Element> roots = bestContainer(blocks);
    List<Block> kept = new ArrayList<>();
    int chars = 0;
    for (Block b : blocks) {
      if (inside(b.element(), roots) && keep(b)) {
        kept.add(b);
        chars += b.text().length();
      }
    }
    if (chars < TOO_LITTLE) {
      List<Block> fallback = everyParagraph(blocks, chars);
      if (!fallback.isEmpty()) {
        kept = fallback;
      }
    }
    trimTail(kept);
    List<String> out = new ArrayList<>(kept.size());
    for (Block b : kept) {
      out.add(b.text());
    }
    return out;
  }

  /** Removes elements that are never article body, in place. */
  static void prune(Element root) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root) {
        continue;
      }
      String tag = e.normalName();
      if (NEVER_BODY.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
          || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
        doomed.add(e);
      } else if (tag.equals("form") && e.select("p").size() < 3) {
        doomed.add(e);
      } else if (!tag.equals("article") && !tag.equals("main") && !tag.equals("a")
          && !TABLE_PARTS.contains(tag) && isBoilerplate(e)) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  /**
   * Class or id says boilerplate and nothing says content. Wrappers named for layout
   * ("has-sidebar", "widget-wrap") often hold the article itself, so a container keeps its
   * place while it holds real paragraphs, unless it is a comment section.
   */
  static boolean isBoilerplate(Element e) {
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("banner")
        || role.equals("contentinfo")) {
      return true;
    }
    List<String> words = words(e.className() + " " + e.id());
    boolean strong = false;
    boolean weak = false;
    for (String w : words) {
      if (CONTENT.contains(w)) {
        return false;
      }
      strong |= BOILERPLATE.contains(w);
      weak |= WEAK_BOILERPLATE.contains(w);
    }
    if (!strong && !weak) {
      return false;
    }
    if (words.contains("comment") || words.contains("comments") || words.contains("disqus")) {
      return true;
    }
    return longParagraphs(e) < (strong ? 3 : 1);
  }

  /** "article-body relatedLinks" to [article, body, related, links]. */
  static List<String> words(String names) {
    List<String> out = new ArrayList<>(4);
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      boolean camel = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(names.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) || camel) {
        if (w.length() > 0) {
          out.add(w.toString());
          w.setLength(0);
        }
      }
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  private static int longParagraphs(Element e) {
    int n = 0;
    for (Element p : e.getElementsByTag("p")) {
      if (p.text().length() >= 100 && ++n >= 3) {
        break;
      }
    }
    return n;
  }

  /** The element(s) holding the body: the best-scored container and its rich siblings. */
  static List<Element> bestContainer(List<Block> blocks) {
    Map<Element, Double> score = new IdentityHashMap<>();
    // Text and link characters under each element, summed once from the blocks.
    Map<Element, int[]> chars = new IdentityHashMap<>();
    for (Block b : blocks) {
      for (Element e = b.element(); e != null; e = e.parent()) {
        int[] c = chars.computeIfAbsent(e, k -> new int[2]);
        c[0] += b.text().length();
        c[1] += b.linkChars();
      }
      if (b.text().length() < MIN_PARAGRAPH || b.isHeading()) {
        continue;
      }
      double s = 1 + commas(b.text()) + Math.min(b.text().length() / 100.0, 3);
      Element parent = b.element();
      // A block's own element is its "paragraph"; credit the element, its parent and further.
      for (int level = 0; parent != null && level < 5; level++, parent = parent.parent()) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        score.merge(parent, s * share, Double::sum);
      }
    }
    Map<Element, Double> finalScore = new IdentityHashMap<>();
    Element best = null;
    double bestScore = 0;
    for (var e : score.entrySet()) {
      Element el = e.getKey();
      double s = (e.getValue() + weight(el)) * (1 - linkDensity(chars.get(el)));
      finalScore.put(el, s);
      if (s > bestScore) {
        best = el;
        bestScore = s;
      }
    }
    if (best == null) {
      return List.of();
    }
    // A paragraph element wins only when the article is one paragraph; prefer its container.
    if (best.normalName().equals("p") && best.parent() != null) {
      best = best.parent();
      bestScore = finalScore.getOrDefault(best, bestScore);
    }
    List<Element> roots = new ArrayList<>();
    roots.add(best);
    addChunks(best, finalScore, roots);
    Element parent = best.parent();
    if (parent != null) {
      double threshold = Math.max(10, bestScore * 0.2);
      for (Element sib : parent.children()) {
        if (sib == best) {
          continue;
        }
        double s = finalScore.getOrDefault(sib, 0.0);
        int[] c = chars.get(sib);
        if (s >= threshold) {
          roots.add(sib);
        } else if (sib.normalName().equals("p") && c != null) {
          double ld = linkDensity(c);
          if (c[0] > 80 && ld < 0.25 || ld == 0 && endsWithAny(sib.text().strip(), ".")) {
            roots.add(sib);
          }
        }
      }
    }
    return roots;
  }

  private static double linkDensity(int[] chars) {
    return chars == null || chars[0] == 0 ? 0 : Math.min(1.0, (double) chars[1] / chars[0]);
  }

  /**
   * Fallback when no container holds the story (pages built of many small boxes): every
   * sentence-like block of the page, if together they say more than the best container did.
   */
  static List<Block> everyParagraph(List<Block> blocks, int containerChars) {
    List<Block> out = new ArrayList<>();
    int chars = 0;
    for (Block b : blocks) {
      if (b.text().length() >= 40 && b.linkDensity() < 0.3 && keep(b)) {
        out.add(b);
        chars += b.text().length();
      }
    }
    return chars > containerChars ? out : new ArrayList<>();
  }

  /**
   * Sites that interleave ads with the story split its body into chunks with one class name
   * ({@code article__body}, {@code articleText}) under different parents; every scored element of
   * the winner's tag and class is body too.
   */
  private static void addChunks(Element best, Map<Element, Double> finalScore, List<Element> roots) {
    String cls = best.className().strip();
    if (cls.isEmpty()) {
      return;
    }
    for (var e : finalScore.entrySet()) {
      Element el = e.getKey();
      if (el != best && e.getValue() > 0 && el.normalName().equals(best.normalName())
          && el.className().strip().equals(cls) && !inside(el, roots) && !contains(el, roots)) {
        roots.add(el);
      }
    }
  }

  private static boolean contains(Element el, List<Element> roots) {
    for (Element r : roots) {
      if (inside(r, List.of(el))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops the run of short, unpunctuated blocks that ends many bodies: "More Great Stories" and
   * its headlines, an editorial team's names, tags. Table rows are data and stay.
   */
  static void trimTail(List<Block> kept) {
    while (!kept.isEmpty()) {
      Block last = kept.get(kept.size() - 1);
      String t = last.text();
      String tag = last.element().normalName();
      if (tag.equals("tr") || tag.equals("li") && last.linkDensity() < 0.2 || t.length() >= 80
          || endsWithAny(t, ".!?:;”\"')]。！？」")) {
        return;
      }
      kept.remove(kept.size() - 1);
    }
  }

  /** A short line that is only a date, a byline or a date with a name: page furniture. */
  static boolean isDatelineOrByline(String t) {
    if (t.length() > 100) {
      return false;
    }
    if (BYLINE.matcher(t).matches() && t.length() < 80) {
      return true;
    }
    // Only the date and a name or two around it; a tweet's signature ("— Name (@handle) date")
    // is quoted content.
    return DATELINE.matcher(t).matches() && t.split("\\s+").length <= 12 && !t.contains("@")
        && !t.startsWith("—");
  }

  /** A block worth keeping: not a link list, not a boilerplate phrase, not a stray fragment. */
  static boolean keep(Block b) {
    String t = b.text();
    String tag = b.element().normalName();
    if (tag.equals("h1")) {
      return false; // the headline is metadata, not body
    }
    if (b.linkDensity() > 0.5 && !(t.length() > 200 && b.linkDensity() < 0.65)
        && !isLinkedSentence(t, b.linkDensity())) {
      return false;
    }
    if (t.length() < 120 && BOILERPLATE_TEXT.matcher(t).matches()) {
      return false;
    }
    if (isDatelineOrByline(t)) {
      return false;
    }
    return b.isHeading() || tag.equals("li") || t.length() >= 15 || endsWithAny(t, ".!?:”\"");
  }

  /**
   * A whole sentence that happens to be mostly links (roundups: "A new 'Half-Life' game is
   * finally coming out…") is prose; navigation lists are short and unpunctuated.
   */
  static boolean isLinkedSentence(String t, double linkDensity) {
    return linkDensity < 0.85 && t.length() >= 80 && t.split(" ").length >= 12
        && endsWithAny(t, ".!?”\"");
  }

  private static boolean inside(Element e, List<Element> roots) {
    for (Element p = e; p != null; p = p.parent()) {
      for (Element r : roots) {
        if (p == r) {
          return true;
        }
      }
    }
    return false;
  }

  private static double weight(Element e) {
    double w = 0;
    for (String word : words(e.className() + " " + e.id())) {
      if (CONTENT.contains(word)) {
        w += 25;
        break;
      }
      if (BOILERPLATE.contains(word)) {
        w -= 25;
        break;
      }
    }
    String tag = e.normalName();
    if (tag.equals("article") || "articleBody".equals(e.attr("itemprop"))) {
      w += 30;
    } else if (tag.equals("div") || tag.equals("section") || tag.equals("main")) {
      w += 5;
    } else if (tag.equals("li") || tag.equals("td") || tag.equals("form")) {
      w -= 3;
    }
    return w;
  }

  private static boolean endsWithAny(String t, String chars) {
    return !t.isEmpty() && chars.indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }
}
