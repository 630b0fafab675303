package org.sitrep.nlp.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Stage;
import org.sitrep.nlp.doc.Doc;

/**
 * The entities layer's last step, run after every stage that reads it: an entity whose mentions
 * hold no proper name ("president", "the company", "police", "a WeWork spokesperson") names
 * nothing and leaves the layer. The stages before may lean on such an entity (a quotation's
 * speaker described as "a WeWork spokesperson", the company "the company" speaks for); what
 * they wrote keeps its words (a quote's speaker name, an event actor's name) and loses only the
 * entity id. The other entities are numbered anew and every id in the layers follows them.
 *
 * <p>A mention holds a proper name when one of its tokens is tagged NNP or NNPS (or is a
 * capitalised name CoreNLP tagged, a nationality adjective, or a name mention lies inside it:
 * "Syrian forces", "IS fighters"); for a person, it must be a name, not a description whose
 * modifier is a name ("a WeWork spokesperson").
 */
public final class NamedEntities implements Stage {
  @Override
  public String name() {
    return "named-entities";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of();
  }

  /** Whether entity {@code e} has a proper name among its mentions (tokens from {@code d}). */
  public static boolean named(Entity e, List<Mention> mentions, Doc d, Article a) {
    for (int id : e.mentions()) {
      Mention m = id < mentions.size() ? mentions.get(id) : null;
      if (m == null || "PERSON".equals(e.type()) && "nominal".equals(m.source())) {
        continue;
      }
      for (int t = d.tokenAt(m.span().start()); t >= 0 && t < d.size()
          && d.start(t) < m.span().end(); t++) {
        // A proper noun, a capitalised word CoreNLP tags as a name, or a nationality adjective
        // ("Syrian forces": its lemma keeps the capital that "Local officials" loses).
        if (d.pos(t).startsWith("NNP") || d.capitalised(t) && !d.ner(t).equals("O")
            || d.pos(t).startsWith("JJ") && nationality(a.layers().tokens().get(t).lemma())) {
          return true;
        }
      }
      if (holdsAName(m, mentions)) {
        return true; // "IS fighters": the acronym may be tagged as anything
      }
    }
    return false;
  }

  /** CoreNLP keeps the capital in the lemma of a nationality adjective only. */
  private static boolean nationality(String lemma) {
    return lemma != null && !lemma.isEmpty() && Character.isUpperCase(lemma.charAt(0));
  }

  /** Whether a name mention (not a description or a group) lies within mention {@code m}. */
  private static boolean holdsAName(Mention m, List<Mention> mentions) {
    for (Mention x : mentions) {
      if (x != m && !"nominal".equals(x.source()) && !"GROUP".equals(x.type())
          && x.span().start() >= m.span().start() && x.span().end() <= m.span().end()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Article apply(Article a) {
    Layers l = a.layers();
    List<Entity> entities = l.entities();
    if (entities.isEmpty()) {
      return a;
    }
    Doc d = Doc.of(a);
    int[] renumber = new int[entities.size()];
    List<Entity> kept = new ArrayList<>();
    for (Entity e : entities) {
      if (named(e, l.mentions(), d, a)) {
        renumber[e.id()] = kept.size();
        kept.add(new Entity(kept.size(), e.type(), e.name(), e.aliases(), e.role(),
            e.organization(), e.mentions()));
      } else {
        renumber[e.id()] = -1;
      }
    }
    if (kept.size() == entities.size()) {
      return a;
    }
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : l.mentions()) {
      mentions.add(new Mention(m.id(), m.span(), m.text(), m.type(), m.source(),
          id(renumber, m.entity())));
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : l.quotes()) {
      quotes.add(new Quote(q.span(), q.text(), id(renumber, q.speaker()), q.speakerName(),
          q.attribution(), q.via(), q.speakerSpan(), id(renumber, q.organization()),
          q.organizationName(), q.confidence()));
    }
    List<Claim> claims = new ArrayList<>();
    for (Claim c : l.claims()) {
      claims.add(new Claim(c.span(), c.content(), id(renumber, c.claimant()), c.claimantName(),
          c.claimantSpan(), c.cue(), c.attribution(), c.via(), id(renumber, c.organization()),
          c.organizationName(), c.confidence()));
    }
    List<Quantity> quantities = new ArrayList<>();
    for (Quantity q : l.quantities()) {
      quantities.add(new Quantity(q.span(), q.text(), q.value(), q.bound(), q.low(), q.high(),
          q.counts(), q.countsSpan(), id(renumber, q.claimedBy()), q.claimedByName(), q.unit(),
          q.category()));
    }
    List<Place> places = new ArrayList<>();
    for (Place p : l.places()) {
      places.add(new Place(p.span(), p.name(), p.resolved(), p.geonameId(), p.lat(), p.lon(),
          p.countryCode(), p.admin1(), p.featureClass(), p.featureCode(), p.confidence(),
          id(renumber, p.entity()), p.kind(), p.explain()));
    }
    List<Event> events = new ArrayList<>();
    for (Event e : l.events()) {
      events.add(new Event(e.id(), e.type(), e.mode(), e.acled(), actors(renumber, e.actors()),
          actors(renumber, e.recipients()), e.place(), e.date(), e.counts(), e.evidence(),
          claimants(renumber, e.claimedBy()), e.status(), e.confidence()));
    }
    return a.withLayers(new Layers(l.done(), l.sentences(), l.tokens(), mentions, kept, quotes,
        quantities, l.dates(), places, l.focus(), claims, events, l.terms()));
  }

  private static Integer id(int[] renumber, Integer old) {
    if (old == null || old < 0 || old >= renumber.length) {
      return old;
    }
    int id = renumber[old];
    return id < 0 ? null : id;
  }

  private static List<Event.Actor> actors(int[] renumber, List<Event.Actor> actors) {
    List<Event.Actor> out = new ArrayList<>();
    for (Event.Actor x : actors) {
      out.add(new Event.Actor(id(renumber, x.entity()), x.name(), x.span(), x.country(),
          x.sector()));
    }
    return out;
  }

  private static List<Event.Claimant> claimants(int[] renumber, List<Event.Claimant> claimants) {
    List<Event.Claimant> out = new ArrayList<>();
    for (Event.Claimant x : claimants) {
      out.add(new Event.Claimant(id(renumber, x.entity()), x.name(), x.span()));
    }
    return out;
  }
}
