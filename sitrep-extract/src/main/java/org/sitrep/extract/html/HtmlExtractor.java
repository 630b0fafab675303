package org.sitrep.extract.html;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.sitrep.model.Warning;

/**
 * An HTML page to metadata and body paragraphs. Metadata is read before the content is pruned;
 * JSON-LD {@code articleBody} is used when the DOM gives much less than it.
 */
public final class HtmlExtractor {
  private final MetadataReader metadata;
  private final MainContent content = new MainContent();

  public HtmlExtractor(Instant now) {
    this.metadata = new MetadataReader(now);
  }

  /** What was read from a page: metadata, paragraphs, and which strategy found them. */
  public record Result(PageMetadata meta, List<String> paragraphs, String strategy,
      List<Warning> warnings) {}

  public Result extract(String html, String baseUri) {
    List<Warning> warnings = new ArrayList<>();
    TableNesting.Bounded bounded = TableNesting.bound(html);
    if (bounded.flattened()) {
      warnings.add(new Warning("deep-nesting", "tables nested " + bounded.depth()
          + " deep; content below depth " + TableNesting.MAX_DEPTH + " flattened"));
    }
    Document doc = Jsoup.parse(bounded.html(), baseUri == null ? "" : baseUri);
    PageMetadata meta = metadata.read(doc);
    List<String> paragraphs = content.extract(doc);
    String strategy = "dom";
    int domChars = length(paragraphs);
    String ld = meta.articleBody();
    if (ld != null && ld.length() > 200 && domChars < ld.length() * 0.5) {
      paragraphs = splitParagraphs(ld);
      strategy = "json-ld";
    }
    return new Result(meta, paragraphs, strategy, warnings);
  }

  private static int length(List<String> ps) {
    int n = 0;
    for (String p : ps) {
      n += p.length();
    }
    return n;
  }

  static List<String> splitParagraphs(String text) {
    List<String> out = new ArrayList<>();
    String clean = Parser.unescapeEntities(text, false);
    for (String p : clean.split("\\r?\\n")) {
      String s = p.replaceAll("\\s+", " ").strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
