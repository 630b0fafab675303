package org.sitrep.nlp.geo;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;

/**
 * Demonyms ("Syrian", "Iraqis") are places too: kind {@code demonym}, resolved to their
 * country, and they count for the countries the article is about.
 */
final class Demonyms {
  private Demonyms() {}

  /**
   * "Syrian", "Iraqis", "South Koreans", "anti-Russian", "English": a people's or language's
   * name is a mention of its country (or of the nation it names, "English" of England).
   */
  static List<Place> find(Doc d, Gazetteer g, List<Mention> mentions) {
    List<Place> out = new ArrayList<>();
    for (int i = 0; i < d.size(); i++) {
      if (!(d.pos(i).startsWith("JJ") || d.pos(i).startsWith("NNP")
          || d.pos(i).startsWith("NNS"))
          || !d.capitalised(i) && d.word(i).indexOf('-') < 0
          || insideName(mentions, d.start(i))) {
        continue;
      }
      if (d.capitalised(i) && d.sameSentence(i, i + 1) && d.capitalised(i + 1)) {
        String two = d.text(i, i + 1);
        int c = demonym(g, two);
        if (c >= 0) {
          out.add(PlacePoints.place(g, new Span(d.start(i), d.end(i + 1)), two, c, 0.9, null,
              "demonym"));
          i++;
          continue;
        }
      }
      String w = d.word(i);
      int from = 0;
      java.util.regex.Matcher prefix = PREFIX.matcher(w);
      if (prefix.lookingAt()) {
        from = prefix.end(); // "anti-Russian": the name after the prefix
      } else if (!d.capitalised(i)) {
        continue;
      }
      String name = w.substring(from);
      if (from == 0 && i > 0 && d.sameSentence(i - 1, i) && d.capitalised(i - 1)
          && PlaceNames.GENERIC.contains(d.lower(i - 1))) {
        continue; // "Central American", "Western European": not the country's own people
      }
      int c = demonym(g, name);
      if (c >= 0 && g.kind(c) == Gazetteer.FEATURE && d.sameSentence(i, i + 1)
          && d.capitalised(i + 1)) {
        continue; // "Western Union", "Arab Bank": a name, not the West's or the Arabs'
      }
      if (c >= 0) {
        out.add(PlacePoints.place(g, new Span(d.start(i) + from, d.end(i)), name, c, 0.9, null,
            "demonym"));
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern PREFIX =
      java.util.regex.Pattern.compile("(?:anti|pro|non|pan|ex|post|pre)-(?=\\p{Lu})");

  private static int demonym(Gazetteer g, String w) {
    int c = g.demonym(w);
    return c < 0 && w.endsWith("s") ? g.demonym(w.substring(0, w.length() - 1)) : c;
  }

  private static boolean insideName(List<Mention> mentions, int offset) {
    for (Mention m : mentions) {
      if (m.span().start() <= offset && offset < m.span().end() && !"nominal".equals(m.source())
          && (m.type().equals("LOCATION") || m.type().equals("PERSON"))) {
        return true;
      }
    }
    return false;
  }
}
