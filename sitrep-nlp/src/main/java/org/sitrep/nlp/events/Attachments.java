package org.sitrep.nlp.events;


import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;
import org.sitrep.model.Claim;
import org.sitrep.model.DateMention;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;

/**
 * What an event is attached to beyond its participants: its place (the resolved place nearest
 * the trigger, else the article's focus), its date, the counts of the quantities layer in its
 * sentence, and who reports it.
 */
final class Attachments {
  private final EventDoc x;
  private final Doc d;
  private final EventLexicon lex;
  private final Place[] placeAt;

  Attachments(EventDoc x) {
    this.x = x;
    this.d = x.d;
    this.lex = x.lex;
    this.placeAt = x.placeAt;
  }

  /**
   * The place of an event: the resolved place of its clause [from, to) nearest the trigger, else
   * of its sentence ("In Nairobi, …, and officers fired tear gas": the later clause's event is in
   * Nairobi, not at the article's focus, and so never merges with the next paragraph's air strike
   * in Idlib), else the article's focus.
   */
  Event.Where place(int from, int to, int trigger) {
    Place best = nearest(from, to, trigger);
    if (best == null) {
      int sFrom = trigger;
      int sTo = trigger + 1;
      while (sFrom > 0 && d.sameSentence(sFrom - 1, trigger)) {
        sFrom--;
      }
      while (sTo < d.size() && d.sameSentence(sTo, trigger)) {
        sTo++;
      }
      if (sFrom < from || sTo > to) {
        best = nearest(sFrom, sTo, trigger);
      }
    }
    if (best != null) {
      return where(best, "sentence");
    }
    List<String> focus = x.a.layers().focus() == null ? List.of() : x.a.layers().focus().places();
    for (String name : focus) {
      for (Place p : x.a.layers().places()) {
        if (p.resolved() != null && (name.equals(p.resolved()) || name.equals(p.name()))) {
          return where(p, "article");
        }
      }
    }
    return null;
  }

  /** The resolved place of the tokens [from, to) nearest the trigger, a town before a country. */
  private Place nearest(int from, int to, int trigger) {
    Place best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestRank = Integer.MAX_VALUE;
    for (int i = from; i < to; i++) {
      Place p = placeAt[i];
      if (p == null || p.resolved() == null || "demonym".equals(p.kind())) {
        continue;
      }
      boolean country = "A".equals(p.featureClass()) && p.featureCode() != null
          && p.featureCode().startsWith("PCL");
      int rank = country ? 1 : 0;
      int distance = Math.abs(i - trigger);
      if (rank < bestRank || (rank == bestRank && distance < bestDistance)) {
        best = p;
        bestRank = rank;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static Event.Where where(Place p, String precision) {
    return new Event.Where(p.name(), p.resolved(), Participants.iso3(p.countryCode()), p.admin1(), p.lat(),
        p.lon(), p.geonameId(), p.span(), precision);
  }

  Event.When date(Span sentence) {
    for (DateMention dm : x.a.layers().dates()) {
      if (dm.value() != null && dm.span().start() >= sentence.start()
          && dm.span().end() <= sentence.end() && dm.value().length() >= 10) {
        return new Event.When(dm.value().substring(0, 10), dm.text(), dm.span(), "sentence");
      }
    }
    if (x.a.published() != null) {
      LocalDate day = x.a.published().day();
      return new Event.When(day.toString(), null, null, "published");
    }
    return null;
  }


  private static final java.util.regex.Pattern ONE = java.util.regex.Pattern.compile("an?|one");
  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,6}");
  List<Event.Count> counts(int from, int to, List<Event.Actor> actors) {
    List<Event.Count> out = new ArrayList<>();
    Span sentence = new Span(d.start(from), d.end(to - 1));
    for (Quantity q : x.a.layers().quantities()) {
      if (q.span().start() < sentence.start() || q.span().end() > sentence.end()
          || q.unit() != null) {
        continue;
      }
      String kind = null;
      String cat = q.category();
      if ("killed".equals(cat)) {
        kind = "dead";
      } else if ("wounded".equals(cat)) {
        kind = "injured";
      } else if ("arrested".equals(cat)) {
        kind = "arrested";
      } else if ("troops".equals(cat) || "protesters".equals(cat)) {
        kind = "size";
      } else if (q.counts() != null && lex.sector(q.counts().toLowerCase(Locale.ROOT)) != null) {
        kind = "size";
      } else {
        for (Event.Actor act : actors) {
          if (act.span() != null && act.span().start() <= q.span().start()
              && q.span().end() <= act.span().end()) {
            kind = "size";
          }
        }
      }
      if (kind == null) {
        continue;
      }
      Double low = q.low() != null ? q.low() : q.value();
      Double high = q.high() != null ? q.high() : ("exact".equals(q.bound()) ? q.value() : null);
      out.add(new Event.Count(kind, low, high, q.text(), q.span(), q.claimedByName()));
    }
    return out;
  }

  /**
   * The counts of {@link #counts}, and those the quantities layer left: a number right before
   * a word of harm ("left 12 injured", "two dead": events/harm.words) or right after an arrest
   * ("police arrest 3").
   */
  List<Event.Count> counts(int from, int to, List<Event.Actor> actors, Trigger t) {
    List<Event.Count> out = counts(from, to, actors);
    for (int i = from; i < to; i++) {
      Double v = number(i);
      int at = d.start(i);
      if (v == null || out.stream().anyMatch(c -> c.span() != null && c.span().start() <= at
          && at < c.span().end())) {
        continue;
      }
      String kind = null;
      int end = i;
      for (int k = i + 1; k < Math.min(to, i + 4) && kind == null; k++) {
        kind = EventWords.HARM.get(d.lower(k));
        end = k;
        if (kind == null && !d.pos(k).startsWith("NN") && !d.pos(k).startsWith("JJ")
            && !d.pos(k).startsWith("RB")) {
          break;
        }
      }
      if (kind == null && t != null && !t.nominal() && i == t.last() + 1 && t.plover() != null
          && ("arrest".equals(t.plover().mode()) || "detain".equals(t.plover().mode()))) {
        kind = "arrested";
        end = i;
      }
      if (kind != null) {
        out.add(new Event.Count(kind, v, v, d.text(i, end), new Span(at, d.end(end)), null));
      }
    }
    return out;
  }

  /**
   * A killing done to one person ("a man was shot dead", "gunmen killed a police officer"): one
   * dead, when the counts hold none. {@code killing} says the trigger kills.
   */
  static List<Event.Count> oneDead(List<Event.Count> counts, boolean killing,
                                   List<Event.Actor> recipients, EventDoc x) {
    if (!killing || recipients.size() != 1 || recipients.get(0).span() == null
        || counts.stream().anyMatch(c -> c.kind().equals("dead"))) {
      return counts;
    }
    Event.Actor r = recipients.get(0);
    Doc d = x.d;
    int first = d.tokenAt(r.span().start());
    int last = d.tokenAt(r.span().end()) - 1;
    if (last >= d.size() || !"NN".equals(d.pos(last)) && !"NNP".equals(d.pos(last))
        || x.placeAt[last] != null || first > 0 && !ONE.matcher(d.lower(first - 1)).matches()
        && !ONE.matcher(d.lower(first)).matches()) {
      return counts; // "a man", "one police officer": not "the city", not "Israel"
    }
    List<Event.Count> out = new ArrayList<>(counts);
    out.add(new Event.Count("dead", 1.0, 1.0, r.name(), r.span(), null));
    return out;
  }

  /** The value of a number token ("12", "1,200", "two"), or null. */
  private Double number(int i) {
    if (!"CD".equals(d.pos(i))) {
      return null;
    }
    String w = d.lower(i).replace(",", "");
    if (DIGITS.matcher(w).matches()) {
      return Double.valueOf(w);
    }
    String n = EventWords.NUMBERS.get(w);
    return n == null ? null : Double.valueOf(n);
  }

  /** Who reports what the trigger says happened: a quotation's speaker, a claim's claimant. */
  List<Event.Claimant> claimants(Span trigger) {
    for (Quote q : x.a.layers().quotes()) {
      if (q.span().start() <= trigger.start() && trigger.end() <= q.span().end()
          && (q.speaker() != null || q.speakerName() != null)) {
        return List.of(new Event.Claimant(q.speaker(), name(q.speaker(), q.speakerName()),
            q.speakerSpan()));
      }
    }
    Claim best = null;
    for (Claim c : x.a.layers().claims()) {
      if (c.span().start() <= trigger.start() && trigger.end() <= c.span().end()
          && (c.claimant() != null || c.claimantName() != null)
          && (best == null || c.span().end() - c.span().start()
          < best.span().end() - best.span().start())) {
        best = c;
      }
    }
    if (best != null) {
      return List.of(new Event.Claimant(best.claimant(),
          name(best.claimant(), best.claimantName()), best.claimantSpan()));
    }
    return List.of();
  }

  private String name(Integer entity, String fallback) {
    Entity e = entity == null ? null : x.entities.get(entity);
    return e != null ? e.name() : fallback;
  }
}
