package org.sitrep.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;
import org.sitrep.model.Span;

/**
 * An article's body as paragraphs with its annotations marked: quotations and claims around
 * entity mentions, counts and event triggers. Spans come from the layers' character offsets;
 * one that crosses another of higher rank is left unmarked rather than breaking the nesting.
 * Every piece of the article goes in as a text node, so nothing in it can become markup.
 */
final class Marks {
  /** One span to mark: its element is made fresh for every paragraph the span touches. */
  private record Mark(int start, int end, int rank, Supplier<Element> element) {}

  private final String text;
  private final List<Mark> marks = new ArrayList<>();

  Marks(String text) {
    this.text = text;
  }

  /** Marks {@code [start, end)} with the element {@code make} builds; lower rank is outer. */
  void add(Span span, int rank, Supplier<Element> make) {
    if (span == null) {
      return;
    }
    int s = span.start();
    int e = span.end();
    if (s >= 0 && e <= text.length() && s < e) {
      marks.add(new Mark(s, e, rank, make));
    }
  }

  /** Appends the text to {@code into} as one {@code <p>} per paragraph (blank-line separated). */
  void render(Element into) {
    List<Mark> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Mark::end,
        Comparator.reverseOrder()).thenComparingInt(Mark::rank));
    int at = 0;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      end = end < 0 ? text.length() : end;
      if (!text.substring(at, end).isBlank()) {
        List<Mark> inside = new ArrayList<>();
        for (Mark m : sorted) {
          if (m.start() < end && m.end() > at) {
            inside.add(new Mark(Math.max(m.start(), at), Math.min(m.end(), end), m.rank(),
                m.element()));
          }
        }
        nest(into.appendElement("p"), at, end, inside);
      }
      at = end + 1;
    }
  }

  /** Text of {@code [from, to)} into {@code parent}, with the marks (all inside) nested. */
  private void nest(Element parent, int from, int to, List<Mark> inside) {
    int pos = from;
    int i = 0;
    while (i < inside.size()) {
      Mark m = inside.get(i);
      if (m.start() < pos) { // overlaps the mark before it: left unmarked
        i++;
        continue;
      }
      parent.appendText(text.substring(pos, m.start()));
      List<Mark> children = new ArrayList<>();
      int j = i + 1;
      for (; j < inside.size() && inside.get(j).start() < m.end(); j++) {
        Mark c = inside.get(j);
        if (c.end() <= m.end() && !(c.start() == m.start() && c.end() == m.end()
            && c.rank() == m.rank())) {
          children.add(c);
        }
      }
      Element el = m.element().get();
      parent.appendChild(el);
      nest(el, m.start(), m.end(), children);
      pos = m.end();
      i = j;
    }
    parent.appendText(text.substring(pos, to));
  }
}
