package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * The stand-off annotation layers of an article; every span points into {@code Article.text}.
 * Each stage adds its own layer and never rewrites another's. {@code done} lists the layers
 * produced so far (a layer can be produced and empty). {@code terms} are quotation marks around
 * the writer's own words (a scare quote, a coined term: no one's speech), found with the quotes.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Layers(List<Layer> done, List<Span> sentences, List<Token> tokens,
                     List<Mention> mentions, List<Entity> entities, List<Quote> quotes,
                     List<Quantity> quantities, List<DateMention> dates, List<Place> places,
                     Focus focus, List<Claim> claims, List<Event> events, List<Span> terms) {
  public static final Layers EMPTY =
      new Layers(null, null, null, null, null, null, null, null, null, null, null, null, null);

  public Layers {
    done = done == null ? List.of() : List.copyOf(done);
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
    tokens = tokens == null ? List.of() : List.copyOf(tokens);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    entities = entities == null ? List.of() : List.copyOf(entities);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    quantities = quantities == null ? List.of() : List.copyOf(quantities);
    dates = dates == null ? List.of() : List.copyOf(dates);
    places = places == null ? List.of() : List.copyOf(places);
    claims = claims == null ? List.of() : List.copyOf(claims);
    events = events == null ? List.of() : List.copyOf(events);
    terms = terms == null ? List.of() : List.copyOf(terms);
  }

  /** Leaves {@code layers} out of the JSON of an article that has none (Jackson value filter). */
  public static final class NoneFilter {
    @Override
    public boolean equals(Object o) {
      return o == null || o instanceof Layers l && l.done().isEmpty();
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  @JsonIgnore
  public boolean has(Layer layer) {
    return done.contains(layer);
  }

  private List<Layer> plus(Layer layer) {
    List<Layer> d = new ArrayList<>(done);
    if (!d.contains(layer)) {
      d.add(layer);
    }
    return d;
  }

  public Layers withTokens(List<Span> s, List<Token> t) {
    List<Layer> d = plus(Layer.SENTENCES);
    d.add(Layer.TOKENS);
    return new Layers(d, s, t, mentions, entities, quotes, quantities, dates, places, focus, claims, events, terms);
  }

  public Layers withMentions(List<Mention> m) {
    return new Layers(plus(Layer.MENTIONS), sentences, tokens, m, entities, quotes, quantities, dates, places, focus, claims, events, terms);
  }

  /** Entities come with their mentions, now pointing at them. */
  public Layers withEntities(List<Entity> e, List<Mention> m) {
    return new Layers(plus(Layer.ENTITIES), sentences, tokens, m, e, quotes, quantities, dates, places, focus, claims, events, terms);
  }

  public Layers withQuotes(List<Quote> q) {
    return new Layers(plus(Layer.QUOTES), sentences, tokens, mentions, entities, q, quantities, dates, places, focus, claims, events, terms);
  }

  /**
   * Quotations, reported speech and terms (words the writer quotes as words: scare quotes,
   * coined terms) come from one stage: all at once.
   */
  public Layers withQuotes(List<Quote> q, List<Claim> c, List<Span> t) {
    List<Layer> d = plus(Layer.QUOTES);
    if (!d.contains(Layer.CLAIMS)) {
      d.add(Layer.CLAIMS);
    }
    return new Layers(d, sentences, tokens, mentions, entities, q, quantities, dates, places, focus, c, events, t);
  }

  public Layers withQuantities(List<Quantity> q) {
    return new Layers(plus(Layer.QUANTITIES), sentences, tokens, mentions, entities, quotes, q, dates, places, focus, claims, events, terms);
  }

  public Layers withDates(List<DateMention> dt) {
    return new Layers(plus(Layer.DATES), sentences, tokens, mentions, entities, quotes, quantities, dt, places, focus, claims, events, terms);
  }

  public Layers withPlaces(List<Place> p, Focus f) {
    return new Layers(plus(Layer.PLACES), sentences, tokens, mentions, entities, quotes, quantities,
        dates, p, f, claims, events, terms);
  }

  public Layers withEvents(List<Event> e) {
    return new Layers(plus(Layer.EVENTS), sentences, tokens, mentions, entities, quotes, quantities, dates, places, focus, claims, e, terms);
  }

  /** The same layers without tokens, for output that people read. */
  public Layers withoutTokens() {
    return new Layers(done, sentences, null, mentions, entities, quotes, quantities, dates, places, focus, claims, events, terms);
  }
}
