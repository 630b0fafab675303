package org.sitrep.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import org.sitrep.model.Event;

/** Merging: the events of an article's sentences that tell one happening become one event. */
final class EventMerge {
  private EventMerge() {}

  /** Sentences apart within which actors agreeing only by sector, or unknown, still merge. */
  static final int NEAR = 2;

  /**
   * One event per happening: events of one type in several sentences whose actors agree and
   * whose places agree are merged, keeping every sentence as evidence, every claimant and every
   * count. Actors agree by the same entity or the same words anywhere in the article; by sector
   * only, or with one side unknown, when both sentences name the same place or within
   * {@link #NEAR} sentences of the event's last evidence (the government's arrests and the
   * president's threat ten sentences on are two events). {@code sentenceOf} gives the sentence
   * number of a character offset.
   */
  static List<Event> merge(List<Event> found, IntUnaryOperator sentenceOf) {
    List<Event> out = new ArrayList<>();
    for (Event e : found) {
      int into = -1;
      for (int i = 0; i < out.size() && into < 0; i++) {
        Event o = out.get(i);
        if (o.type().equals(e.type()) && o.status().equals(e.status()) && e.happened()
            && placesAgree(o.place(), e.place())
            && (namesAgree(o.actors(), e.actors())
            || (near(o, e, sentenceOf) || samePlaceNamed(o.place(), e.place()))
            && actorsAgree(o.actors(), e.actors()))) {
          into = i;
        }
      }
      if (into < 0) {
        out.add(e);
        continue;
      }
      Event o = out.get(into);
      out.set(into, new Event(null, o.type(), o.mode() != null ? o.mode() : e.mode(),
          betterAcled(o.acled(), e.acled()), union(o.actors(), e.actors()),
          union(o.recipients(), e.recipients()),
          o.place() != null && "sentence".equals(o.place().precision()) ? o.place()
              : e.place() != null ? e.place() : o.place(),
          o.date(), plus(o.counts(), e.counts()), plus(o.evidence(), e.evidence()),
          unionClaimants(o.claimedBy(), e.claimedBy()), o.status(),
          Math.max(o.confidence(), e.confidence()))); // EventConfidence weighs the sentences
    }
    List<Event> numbered = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      numbered.add(new Event("e" + (i + 1), e.type(), e.mode(), e.acled(), e.actors(),
          e.recipients(), e.place(), e.date(), e.counts(), e.evidence(), e.claimedBy(),
          e.status(), e.confidence()));
    }
    return numbered;
  }

  /**
   * Whether two events tell one happening: the same type and status, actors that agree (the
   * same entity, sector or words, or one side unknown) and places that agree.
   */
  static boolean sameHappening(Event a, Event b) {
    return a.type().equals(b.type()) && a.status().equals(b.status()) && b.happened()
        && actorsAgreeByName(a.actors(), b.actors()) && placesAgree(a.place(), b.place());
  }

  /** Across articles entity ids mean nothing: actors agree by sector or words. */
  private static boolean actorsAgreeByName(List<Event.Actor> a, List<Event.Actor> b) {
    List<Event.Actor> x = a.stream().map(t -> new Event.Actor(null, t.name(), null, t.country(), t.sector())).toList();
    List<Event.Actor> y = b.stream().map(t -> new Event.Actor(null, t.name(), null, t.country(), t.sector())).toList();
    return actorsAgree(x, y);
  }

  private static boolean actorsAgree(List<Event.Actor> a, List<Event.Actor> b) {
    if (a.isEmpty() || b.isEmpty() || namesAgree(a, b)) {
      return true;
    }
    for (Event.Actor x : a) {
      for (Event.Actor y : b) {
        if (x.sector() != null && x.sector().equals(y.sector())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the actors share an entity or their words (both sides known). */
  private static boolean namesAgree(List<Event.Actor> a, List<Event.Actor> b) {
    for (Event.Actor x : a) {
      for (Event.Actor y : b) {
        if (x.entity() != null && x.entity().equals(y.entity())
            || x.name() != null && y.name() != null && (x.name().equalsIgnoreCase(y.name())
            || contains(x.name(), y.name()) || contains(y.name(), x.name()))) {
          return true; // "Islamic State" and "Islamic State militants"
        }
      }
    }
    return false;
  }

  /** Whether {@code e}'s sentence is within {@link #NEAR} sentences of {@code o}'s last one. */
  private static boolean near(Event o, Event e, IntUnaryOperator sentenceOf) {
    int last = sentenceOf.applyAsInt(o.evidence().get(o.evidence().size() - 1).sentence().start());
    int next = sentenceOf.applyAsInt(e.evidence().get(0).sentence().start());
    return Math.abs(next - last) <= NEAR;
  }

  private static boolean contains(String longer, String shorter) {
    return (" " + longer.toLowerCase(Locale.ROOT) + " ")
        .contains(" " + shorter.toLowerCase(Locale.ROOT) + " ");
  }

  /** Of two ACLED readings of one event, the more telling: an attack on civilians yields. */
  private static Event.Acled betterAcled(Event.Acled a, Event.Acled b) {
    if (a == null) {
      return b;
    }
    if (b != null && "Violence against civilians".equals(a.eventType())
        && "Attack".equals(a.subEventType())) {
      return b;
    }
    return a;
  }

  /** Whether both events' own sentences name one resolved place. */
  private static boolean samePlaceNamed(Event.Where a, Event.Where b) {
    return a != null && b != null && "sentence".equals(a.precision())
        && "sentence".equals(b.precision()) && a.geonameId() != null
        && a.geonameId().equals(b.geonameId());
  }

  private static boolean placesAgree(Event.Where a, Event.Where b) {
    if (a == null || b == null || !"sentence".equals(a.precision())
        || !"sentence".equals(b.precision())) {
      return true;
    }
    return a.geonameId() != null && a.geonameId().equals(b.geonameId())
        || a.resolved() != null && a.resolved().equals(b.resolved());
  }

  private static List<Event.Actor> union(List<Event.Actor> a, List<Event.Actor> b) {
    List<Event.Actor> out = new ArrayList<>(a);
    for (Event.Actor y : b) {
      boolean seen = false;
      for (Event.Actor x : out) {
        seen |= (x.entity() != null && x.entity().equals(y.entity()))
            || (x.name() != null && x.name().equalsIgnoreCase(y.name()))
            || (x.entity() == null && y.entity() == null && x.sector() != null
            && x.sector().equals(y.sector()));
      }
      if (!seen && !Participants.isPronoun(y)) {
        out.add(y);
      }
    }
    return out;
  }

  private static List<Event.Claimant> unionClaimants(List<Event.Claimant> a,
                                                     List<Event.Claimant> b) {
    List<Event.Claimant> out = new ArrayList<>(a);
    for (Event.Claimant y : b) {
      boolean seen = false;
      for (Event.Claimant x : out) {
        seen |= (x.entity() != null && x.entity().equals(y.entity()))
            || (x.name() != null && x.name().equals(y.name()));
      }
      if (!seen) {
        out.add(y);
      }
    }
    return out;
  }

  private static <T> List<T> plus(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    for (T t : b) {
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
