package org.sitrep.nlp.geo;

import java.util.Set;
import org.sitrep.model.Mention;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.rules.WordList;

/**
 * Place names used for something else: a climate pattern ("El Niño"), a storm ("Hurricane
 * Harvey"), a team in a game's result ("Notre Dame beat Michigan 31-7"), a publication named
 * after a sea ("The Atlantic reported"). Such a mention is no place.
 */
final class NotPlaces {
  private NotPlaces() {}

  /** Climate patterns named like towns: El Niño is not El Niño, Baja California. */
  private static final Set<String> WEATHER =
      WordList.load("/org/sitrep/nlp/geo/weather.words").words();
  /** Words before a storm's name (lemmas, lower case). */
  private static final Set<String> STORM =
      WordList.load("/org/sitrep/nlp/geo/storm.words").words();
  /** Verbs of a game's result: "Notre Dame beat Michigan 31-7". */
  private static final Set<String> RESULT =
      WordList.load("/org/sitrep/nlp/geo/game-result.words").words();
  /** Verbs only a publication or a speaker does: "The Atlantic reported". */
  private static final Set<String> PUBLISH =
      WordList.load("/org/sitrep/nlp/geo/publish.words").words();
  private static final java.util.regex.Pattern SCORE =
      java.util.regex.Pattern.compile("\\b\\d{1,3}-\\d{1,3}\\b");

  /**
   * A place's name used for something else: a team in a game's result ("Notre Dame beat
   * Michigan 31-7": a score in the sentence and a verb of the result beside the name), or a
   * publication named after a sea ("The Atlantic reported": water does not report).
   */
  static boolean notAPlace(Doc d, Gazetteer g, Mention m, int best) {
    if (WEATHER.contains(java.text.Normalizer.normalize(m.text(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    int first = d.tokenAt(m.span().start());
    int last = d.lastToken(m.span());
    String before = first > 0 && d.sameSentence(first - 1, first) ? d.lemma(first - 1) : "";
    if (STORM.contains(before) && d.capitalised(first - 1)) {
      return true; // "Hurricane Harvey", "Typhoon Haiyan": a storm's name; not "to storm Palmyra"
    }
    String after = last + 1 < d.size() && d.sameSentence(last, last + 1) ? d.lemma(last + 1) : "";
    if (RESULT.contains(after) || RESULT.contains(before)) {
      int s = first;
      while (s > 0 && d.sameSentence(s - 1, first)) {
        s--;
      }
      int e = last;
      while (e + 1 < d.size() && d.sameSentence(e + 1, last)) {
        e++;
      }
      if (SCORE.matcher(d.text(s, e)).find()) {
        return true;
      }
    }
    return best >= 0 && PUBLISH.contains(after) && "H".equals(g.featureClass(best));
  }
}
