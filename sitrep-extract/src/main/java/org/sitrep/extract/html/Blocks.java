package org.sitrep.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a DOM into {@link Block}s in document order. A block-level element's text up to its next
 * nested block is one block; inline markup (links, emphasis, spans) stays inside the text, a
 * table row is one block with its cells side by side, and
 * {@code <br><br>} splits paragraphs as browsers show them.
 */
final class Blocks {
  static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "li",
      "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "table", "thead",
      "tbody", "tr", "dd", "dt", "dl", "header", "footer", "figure", "figcaption",
      "aside", "nav", "form", "body", "center", "address", "details", "summary", "fieldset",
      "hr", "caption", "picture", "video", "audio");

  private Blocks() {}

  static List<Block> of(Element root) {
    List<Block> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Element e, List<Block> out) {
    StringBuilder text = new StringBuilder();
    int[] links = {0};
    for (Node child : e.childNodes()) {
      if (child instanceof Element c && (isBlock(c) || containsBlock(c))) {
        flush(e, text, links, out);
        collect(c, out);
      } else if (child instanceof Element c && c.normalName().equals("br")
          && c.nextElementSibling() != null && c.nextElementSibling().normalName().equals("br")) {
        flush(e, text, links, out);
      } else {
        inline(child, text, links, false);
      }
    }
    flush(e, text, links, out);
  }

  private static void inline(Node n, StringBuilder text, int[] links, boolean inLink) {
    if (n instanceof TextNode t) {
      String s = t.text();
      text.append(s);
      if (inLink) {
        links[0] += s.strip().length();
      }
    } else if (n instanceof Element e) {
      if (e.normalName().equals("br")) {
        text.append(' ');
        return;
      }
      if (e.normalName().equals("td") || e.normalName().equals("th")) {
        text.append(' '); // a table row reads as one line, its cells apart
      }
      boolean link = inLink || e.normalName().equals("a");
      for (Node c : e.childNodes()) {
        inline(c, text, links, link);
      }
    }
  }

  private static void flush(Element e, StringBuilder text, int[] links, List<Block> out) {
    String s = normaliseSpace(text);
    if (!s.isEmpty()) {
      out.add(new Block(e, s, Math.min(links[0], s.length())));
    }
    text.setLength(0);
    links[0] = 0;
  }

  /** Collapses runs of whitespace (and no-break spaces) to one space and trims. */
  static String normaliseSpace(CharSequence in) {
    StringBuilder out = new StringBuilder(in.length());
    boolean space = false;
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** An inline element wrapping blocks ({@code <font><p>…</p></font>}) is walked as a container. */
  private static boolean containsBlock(Element e) {
    for (Element c : e.children()) {
      if (isBlock(c) || containsBlock(c)) {
        return true;
      }
    }
    return false;
  }

  static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }
}
