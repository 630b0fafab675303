package org.sitrep.extract.html;

import org.jsoup.nodes.Element;

/**
 * A run of text that a reader sees as one paragraph: the element that holds it, its text
 * (without nested blocks) and how much of it is link text.
 */
record Block(Element element, String text, int linkChars) {
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  boolean isHeading() {
    String t = element.normalName();
    return t.length() == 2 && t.charAt(0) == 'h' && Character.isDigit(t.charAt(1));
  }
}
