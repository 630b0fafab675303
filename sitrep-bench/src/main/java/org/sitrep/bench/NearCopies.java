package org.sitrep.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

/**
 * Syndicated near-copies of real pages, as wire stories reach many sites: copy {@code i} of page
 * {@code i mod n} gets a new site and URL, one changed word and a serial line. Generated lazily,
 * so a corpus of any size costs the memory of the originals only.
 */
public final class NearCopies implements Iterable<RawPage> {
  private final List<Article> originals;
  private final int count;

  /** Copies of those {@code pages} that extract as articles. */
  public NearCopies(List<RawPage> pages, int count) {
    Extractor x = new Extractor();
    List<Article> ok = new ArrayList<>();
    for (RawPage p : pages) {
      try {
        ok.add(x.extract(p));
      } catch (ExtractionException e) {
        // not an article: nothing to copy
      }
    }
    this.originals = List.copyOf(ok);
    this.count = count;
  }

  /** How many distinct stories the copies tell: one per original page. */
  public int stories() {
    return Math.min(count, originals.size());
  }

  @Override
  public Iterator<RawPage> iterator() {
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < count && !originals.isEmpty();
      }

      @Override
      public RawPage next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int n = i++;
        return copy(originals.get(n % originals.size()), n);
      }
    };
  }

  static RawPage copy(Article a, int n) {
    int site = n % 97;
    String url = "https://mirror" + site + ".example/news/" + a.id() + "/" + n;
    String[] paras = a.text().split("\n\n");
    StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>")
        .append(esc(a.title() == null ? "Untitled" : a.title())).append("</title>")
        .append("<link rel=\"canonical\" href=\"").append(url).append("\">")
        .append("<meta property=\"og:site_name\" content=\"Mirror ").append(site).append("\">")
        .append("</head><body><article>");
    int changed = n % paras.length;
    for (int p = 0; p < paras.length; p++) {
      String text = p == changed ? changeOneWord(paras[p], n) : paras[p];
      html.append("<p>").append(esc(text)).append("</p>");
    }
    html.append("<p>This copy (number ").append(n).append(") was syndicated by Mirror ")
        .append(site).append(".</p></article></body></html>");
    return new RawPage("copy-" + n, url, html.toString().getBytes(StandardCharsets.UTF_8),
        "text/html; charset=utf-8", null);
  }

  private static String changeOneWord(String para, int n) {
    String[] words = para.split(" ");
    if (words.length < 2) {
      return para;
    }
    int w = n % words.length;
    words[w] = words[w].length() > 3 ? "reportedly" : words[w];
    return String.join(" ", words);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
