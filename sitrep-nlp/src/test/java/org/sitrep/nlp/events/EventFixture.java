package org.sitrep.nlp.events;

import org.sitrep.nlp.mention.Mentioned;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Focus;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;

/** Hand-tagged articles for the event parts: mentions and entities run, places set by hand. */
final class EventFixture {
  private EventFixture() {}

  /** A tagged article (see {@link Tagged}) with its mention and entity layers. */
  static Article article(String... sentences) {
    return Mentioned.article(sentences);
  }

  /**
   * The article with a resolved place on the first occurrence of {@code name}: a country
   * ({@code PCLI}) or a town ({@code PPL}) of the country {@code cc}.
   */
  static Article withPlace(Article a, String name, String cc, String featureCode) {
    int at = a.text().indexOf(name);
    if (at < 0) {
      throw new IllegalArgumentException(name + " not in " + a.text());
    }
    List<Place> places = new ArrayList<>(a.layers().places());
    places.add(new Place(new Span(at, at + name.length()), name, name, 1000L + places.size(),
        35.0, 38.0, cc, null, featureCode.startsWith("PCL") ? "A" : "P", featureCode, 0.9, null,
        "toponym"));
    return a.withLayers(a.layers().withPlaces(places, new Focus(List.of(), List.of())));
  }

  /** The event rules' view of the article. */
  static EventDoc doc(Article a) {
    return new EventDoc(a, Doc.of(a), EventLexicon.get());
  }

  /** The token index of the first token with these words, in the whole article. */
  static int token(EventDoc x, String word) {
    for (int i = 0; i < x.d.size(); i++) {
      if (x.d.word(i).equals(word)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no token " + word);
  }
}
