package org.sitrep.nlp.geo;

import org.sitrep.nlp.mention.Mentioned;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;

/** Hand-tagged articles with mentions and entities, for the place stage's parts: no CoreNLP. */
final class GeoTagged {
  private GeoTagged() {}

  /** The article of {@code sentences} ({@link Tagged}), its mentions and entities found. */
  static Article article(String... sentences) {
    return Mentioned.article(sentences);
  }

  /** The place entities' targets of {@code a}, with their candidates. */
  static Map<Integer, Target> targets(Article a) {
    return Toponyms.ofEntities(a, Gazetteer.bundled(), new HashMap<>());
  }

  /** The target named {@code name}. */
  /** The targets of {@code a}, each read as its best candidate by the bundled weights. */
  static Map<Integer, Target> resolved(Article a) {
    Gazetteer g = Gazetteer.bundled();
    Map<Integer, Target> targets = targets(a);
    ArticleContext c = ArticleContext.of(g, a.text(), a.layers().mentions(), targets, List.of(),
        null, null);
    new Resolver(g, ResolverWeights.bundled(), c).resolve(new java.util.ArrayList<>(
        targets.values()));
    return targets;
  }

  static Target target(Map<Integer, Target> targets, String name) {
    return targets.values().stream().filter(t -> t.names.contains(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no target " + name + " in " + targets.values()));
  }

  /** The first LOCATION mention with text {@code text}. */
  static Mention mention(Article a, String text) {
    return a.layers().mentions().stream()
        .filter(m -> m.type().equals("LOCATION") && m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + text));
  }

  /** The places the whole stage finds in {@code sentences}. */
  static List<Place> places(String... sentences) {
    return new PlaceStage().apply(article(sentences)).layers().places();
  }

  /** The place named {@code name} among {@code places}. */
  static Place place(List<Place> places, String name) {
    return places.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no place " + name + " in " + places));
  }
}
