package org.sitrep.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Event;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.rules.TokenPattern;

/**
 * The recall pass: where the reader found no arrest, killing or use of force by a security force
 * in a sentence, a strong word of one ({@code recall-*} in events/clauses.patterns) wherever it
 * stands — a relative or subordinate clause, a second verb, a participle before its noun ("who
 * was being detained", "slain politician Benazir Bhutto", "when policemen returned fire") —
 * makes an event of low confidence ({@link #MOST_CONFIDENT}). Its status is the reader's
 * ({@link Modality}): only what happened counts, at most one event a kind a sentence. Force
 * needs a security force in the trigger's clause, not one that only reports it ("according to
 * Sheriff X"); it is the actor, as is a security force before an arrest or "by" one after it.
 * What a verb of saying or a "that" reports beside the reader's event is that event's content,
 * no event of its own.
 */
final class Recall {
  /** Recall events stay below the trusted band (0.8) whatever the confidence model says. */
  static final double MOST_CONFIDENT = 0.7;
  /** The reader's raw score for a recall event. */
  private static final double RAW = 0.5;
  /** A compound that names who shot: "officer-involved", "police-involved", "deputy-involved". */
  private static final java.util.regex.Pattern INVOLVED =
      java.util.regex.Pattern.compile("(\\p{L}+)-involved");

  private final EventDoc x;
  private final Doc d;
  private final Modality modality;
  private final Participants participants;
  private final Arguments arguments;
  private final Attachments attachments;

  Recall(EventDoc x, Modality modality, Participants participants, Arguments arguments,
         Attachments attachments) {
    this.x = x;
    this.d = x.d;
    this.modality = modality;
    this.participants = participants;
    this.arguments = arguments;
    this.attachments = attachments;
  }

  /** The recall events of sentence {@code s} ({@code from} to {@code to}) beside {@code read}. */
  List<Event> sentence(int s, int from, int to, List<Event> read) {
    List<Event> out = new ArrayList<>();
    List<Event> happened = read.stream().filter(Event::happened).toList();
    String whole = d.text(from, to - 1).toLowerCase(Locale.ROOT);
    boolean arrest = happened.stream().anyMatch(e -> "arrest".equals(e.mode())
        || "detain".equals(e.mode()));
    boolean force = happened.stream().anyMatch(e -> "ASSAULT".equals(e.type())
        && e.actors().stream().anyMatch(a -> EventAcled.armed(a.sector())));
    boolean killing = happened.stream().anyMatch(e -> "ASSAULT".equals(e.type())
        && (e.counts().stream().anyMatch(c -> "dead".equals(c.kind()))
        || e.evidence().stream().anyMatch(v -> overlaps(EventWords.RECALL_KILLING, v, from, to))));
    if (!arrest) {
      add(out, s, from, to, read, EventWords.RECALL_ARREST, "COERCE", "arrest", false);
    }
    if (!killing && !EventStage.has(whole, EventWords.ACCIDENTS)) {
      add(out, s, from, to, read, EventWords.RECALL_KILLING, "ASSAULT", null, false);
    }
    if (!force) {
      add(out, s, from, to, read, EventWords.RECALL_FORCE, "ASSAULT", null, true);
    }
    return out;
  }

  /** The first match of {@code p} that happened and no event of {@code read} holds, as one. */
  private void add(List<Event> out, int s, int from, int to, List<Event> read, TokenPattern p,
                   String type, String mode, boolean needsSecurity) {
    for (int at = from; at < to; ) {
      int[] m = p.find(d, at, to);
      if (m == null) {
        return;
      }
      at = m[1];
      Span trigger = new Span(d.start(m[0]), d.end(m[1] - 1));
      if (taken(trigger, read) || taken(trigger, out) || noEvent(m[0], to)
          || !"happened".equals(modality.status(from, m[0], m[0]))
          || reportedBeside(read, from, m[0])) {
        continue;
      }
      List<Event.Claimant> claimedBy = attachments.claimants(trigger);
      List<Event.Actor> security = security(m[0], m[1], from, to, claimedBy);
      if (needsSecurity && security.isEmpty()) {
        continue;
      }
      out.add(event(s, from, to, m, type, mode, needsSecurity, security, claimedBy));
      return;
    }
  }

  /**
   * The event of the match {@code m}. The security force of its clause is the actor of force,
   * and of an arrest or killing its verb tells actively ("police raided … and arrested X"); a
   * passive one's actor is only the one "by" names ("was shot by a trooper … was jailed").
   */
  private Event event(int s, int from, int to, int[] m, String type, String mode,
                      boolean force, List<Event.Actor> security, List<Event.Claimant> claimedBy) {
    // a noun of the match that no verb opens: "his arrest", "into custody", "the homicide of"
    boolean nominal = d.pos(m[0]).startsWith("NN") || !d.pos(m[0]).startsWith("VB")
        && java.util.stream.IntStream.range(m[0], m[1]).anyMatch(k -> d.pos(k).startsWith("NN"));
    Trigger t = new Trigger(m[0], m[1] - 1, new EventLexicon.Plover(type, mode), nominal, -1);
    boolean passive = !nominal && arguments.passiveOrReduced(from, m[0], to);
    int own = modality.clauseEnd(m[1], to);
    // a security force beside a noun of killing is not its actor: "police are investigating
    // the homicide of a woman"
    boolean killingNoun = nominal && "ASSAULT".equals(type) && !force;
    List<Event.Actor> actors = new ArrayList<>(force || !passive && !killingNoun ? security
        : List.of());
    List<Event.Actor> recipients = new ArrayList<>();
    if (passive) {
      recipients.addAll(arguments.subject(from, m[0], -1));
      if (actors.isEmpty()) {
        actors.addAll(arguments.byAgent(m[1], to));
      }
    } else if (!nominal) {
      if (actors.isEmpty()) {
        actors.addAll(arguments.subject(from, m[0], -1));
      }
      recipients.addAll(arguments.object(m[1], own, false));
    }
    recipients.removeIf(r -> Participants.isPronoun(r) || actors.stream()
        .anyMatch(a -> a.span() != null && a.span().equals(r.span())));
    String clause = d.text(Math.max(from, m[0] - 15), Math.min(to, m[1] + 15) - 1)
        .toLowerCase(Locale.ROOT);
    String kind = EventAcled.mode(clause, type, mode);
    Span sentence = d.sentences.get(s);
    return new Event(null, type, kind, EventAcled.of(clause, type, kind, actors, recipients),
        actors, recipients, attachments.place(from, to, m[0]), attachments.date(sentence),
        attachments.counts(from, to, actors, t),
        List.of(new Event.Evidence(sentence, new Span(d.start(m[0]), d.end(m[1] - 1)),
            d.text(m[0], m[1] - 1))), claimedBy, "happened", RAW);
  }

  /**
   * Whether the verb at {@code i} has Sitrep's reading NONE in its context: "killed the bill",
   * "killed time" are no killing, for the recall pass as for the reader.
   */
  private boolean noEvent(int i, int to) {
    if (!d.pos(i).startsWith("VB")) {
      return false;
    }
    EventLexicon.Plover own = x.verbType(i, to);
    return own != null && own.type().equals("NONE");
  }

  /**
   * The security force named in the trigger's clause (15 words either side, no ";" between):
   * the nearest before it, else "by" one after it; none that reports the event.
   */
  private List<Event.Actor> security(int at, int end, int from, int to,
                                     List<Event.Claimant> claimedBy) {
    java.util.regex.Matcher involved = INVOLVED.matcher(d.lower(at));
    String sector = involved.matches() ? x.lex.sector(involved.group(1)) : null;
    if (EventAcled.armed(sector)) { // "an officer-involved shooting": the officer shot
      return List.of(new Event.Actor(null, d.word(at), new Span(d.start(at), d.end(at)), null,
          sector));
    }
    for (int j = at - 1; j >= Math.max(from, at - 15) && !d.word(j).equals(";"); j--) {
      Event.Actor a = securityAt(j, at, from, claimedBy);
      if (a != null) {
        return List.of(a);
      }
    }
    for (int j = end; j < Math.min(to, end + 15) && !d.word(j).equals(";"); j++) {
      Event.Actor a = securityAt(j, at, from, claimedBy);
      if (a != null) {
        return List.of(a);
      }
    }
    return List.of();
  }

  private Event.Actor securityAt(int j, int trigger, int from, List<Event.Claimant> claimedBy) {
    if (!d.pos(j).startsWith("NN") || j + 1 != trigger && j + 1 < d.size()
        && d.pos(j + 1).startsWith("NN") && d.sentence(j + 1) == d.sentence(j)) {
      return null; // a noun phrase's head ("police" in "police car" is no actor) or the
                   // trigger's modifier ("army shelling")
    }
    int[] chunk = x.chunk(j, from);
    // the head's sector, not the chunk's: "as a result of Sri Lankan government army"
    if (chunk == null || !EventAcled.armed(participants.sectorOf(Math.max(chunk[0], j - 1), j))) {
      return null;
    }
    for (int k = Math.max(from, chunk[0] - 3); k < chunk[0]; k++) {
      if (d.lower(k).equals("according")) {
        return null; // "according to Sheriff Greg Taylor": who reports it
      }
    }
    int first = chunk[0];
    for (int k = chunk[0]; k < j; k++) {
      first = d.lower(k).equals("of") ? k + 1 : first; // "a result of the army": the army
    }
    Span span = new Span(d.start(first), d.end(chunk[1]));
    if (claimedBy.stream().anyMatch(c -> c.span() != null && c.span().start() < span.end()
        && span.start() < c.span().end())) {
      return null;
    }
    return participants.actor(first, chunk[1], null, true);
  }

  /**
   * Whether the match at {@code at} is what a sentence's event reports: a verb of saying or a
   * "that" governs it beside an event the reader found ("demanded an admission that forces
   * murdered …", "complained over air raids in which it said 20 were killed"). Alone it is the
   * sentence's news ("police said the man was arrested").
   */
  private boolean reportedBeside(List<Event> read, int from, int at) {
    return read.stream().anyMatch(Event::happened)
        && modality.reported(from, at);
  }

  private static boolean taken(Span trigger, List<Event> events) {
    return events.stream().flatMap(e -> e.evidence().stream()).anyMatch(v -> v.trigger() != null
        && v.trigger().start() < trigger.end() && trigger.start() < v.trigger().end());
  }

  /** Whether the evidence's trigger overlaps a match of {@code p} in the sentence. */
  private boolean overlaps(TokenPattern p, Event.Evidence v, int from, int to) {
    if (v.trigger() == null) {
      return false;
    }
    for (int at = from; at < to; ) {
      int[] m = p.find(d, at, to);
      if (m == null) {
        return false;
      }
      if (d.start(m[0]) < v.trigger().end() && v.trigger().start() < d.end(m[1] - 1)) {
        return true;
      }
      at = m[1];
    }
    return false;
  }
}
