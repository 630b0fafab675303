package org.sitrep.nlp.events;

import static org.sitrep.nlp.events.EventWords.EXCHANGE;
import static org.sitrep.nlp.events.EventWords.MOVEMENT;
import static org.sitrep.nlp.events.EventWords.OBLIGATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;

/**
 * One article's sentences read into events: the sentence's trigger, its actors and recipients,
 * its status, and the verbal event PLOVER codes when a speaker says what will or must happen
 * ("They said they would boycott" is a threat, "X said Y must do Z" a request); then the ACLED
 * reading, the place, the date, the counts and who reports it.
 */
final class EventReader {
  /** ACLED sub-event types that say nothing of the weapon. */
  private static final Set<String> GENERIC_VIOLENCE = Set.of("Attack", "Armed clash");
  private static final String REMOTE = "Explosions/Remote violence";
  private static final String GROUND_COMBAT = "offensives?|clash\\w*|fighting|fought|battles?|"
      + "ambush\\w*|assault\\w*|storm\\w*|raid\\w*|attack\\w*|overr?a[nu]\\w*|advance\\w*|"
      + "gunmen|gunfire|firefights?|exchange\\w* (of )?fire";

  /** Types whose verb governs its that-clause ("agreed that X should …" stays an agreement). */
  private static final Set<String> GOVERNS_COMPLEMENT = Set.of("AGREE", "SUPPORT", "CONCEDE",
      "REJECT", "REQUEST");
  /** Types whose target is never the town they happen in. */
  private static final Set<String> NO_PLACE_TARGET = Set.of("PROTEST", "RETREAT", "MOBILIZE",
      "CONSULT");
  /** Conflict types: said to be going to happen they are a threat. */
  private static final Set<String> CONFLICT = Set.of("ASSAULT", "COERCE", "SANCTION", "PROTEST",
      "MOBILIZE", "REJECT", "ACCUSE");
  /** Cooperation types: said to be going to happen they are an agreement, refused a rejection. */
  private static final Set<String> COOPERATION = Set.of("AID", "COOPERATE", "CONCEDE",
      "RETREAT", "CONSULT", "SUPPORT", "AGREE");

  /** Events a sentence tells at most, one per clause. */
  static final int MOST = 3;
  /** Types a later clause tells: force done ("…; 2 soldiers were killed", "and arrested 12"). */

  private final EventDoc x;
  private final Doc d;
  private final Triggers triggers;
  private final Modality modality;
  private final Participants participants;
  private final Arguments arguments;
  private final Attachments attachments;
  private final Clauses clauses;

  EventReader(Article a, Doc d, EventLexicon lex) {
    EventDoc x = new EventDoc(a, d, lex);
    this.x = x;
    this.d = d;
    this.modality = new Modality(x);
    this.triggers = new Triggers(x, modality);
    this.participants = new Participants(x);
    this.arguments = new Arguments(x, participants);
    this.attachments = new Attachments(x);
    this.clauses = new Clauses(x, triggers);
  }

  /** The recall pass over this article's sentences ({@link Recall}). */
  Recall recall() {
    return new Recall(x, modality, participants, arguments, attachments);
  }

  /**
   * The events of sentence {@code s} (tokens {@code from} to {@code to}): its first trigger's,
   * then one for each later clause that tells a further event of force ({@link Clauses}), at
   * most {@link #MOST} in all. A first trigger that a verb of saying, a "that" or a subordinate
   * word governs has no later clauses of its own.
   */
  List<Event> sentence(int s, int from, int to) {
    Trigger t = triggers.trigger(from, to);
    if (t == null) {
      return reduced(s, from, to, new ArrayList<>(), -1);
    }
    // "buried the soldier killed last week": a reduced clause's participle is done to its noun
    boolean passive = passive(from, to, t) || !t.nominal() && clauses.reducedAt(t.at(), from, to);
    Event first = read(s, from, to, t, null, passive);
    List<Event> out = new ArrayList<>();
    if (first != null) {
      out.add(first);
    }
    if (first != null && !first.happened() || governed(from, t)) {
      return out;
    }
    for (Clauses.Clause c : clauses.after(t.last() + 1, to)) {
      Trigger u = out.size() < MOST ? triggers.trigger(c.from(), c.to()) : null;
      boolean shared = c.shared() && first != null;
      Event e = u == null || c.shared() && first == null ? null
          : read(s, c.from(), c.to(), u, shared ? first : null, passive(c.from(), c.to(), u)
          || shared && passive && ("VBN".equals(d.pos(u.at())) || "VBD".equals(d.pos(u.at()))));
      if (e != null && Triggers.FORCE.contains(e.type())) {
        out.add(e);
      }
    }
    return reduced(s, from, to, out, t.at());
  }

  /**
   * {@code out} and the events of the sentence's reduced clauses ("the Marine killed last
   * week"), up to {@link #MOST}: done to the noun before the participle, by whoever "by" names.
   */
  private List<Event> reduced(int s, int from, int to, List<Event> out, int first) {
    for (int j : clauses.reduced(from, to)) {
      boolean read = j == first || out.stream().anyMatch(e -> e.evidence().get(0).trigger()
          .start() == d.start(j));
      Trigger u = read || out.size() >= MOST ? null : triggers.verb(j, j + 1);
      int[] chunk = u == null ? null : x.chunk(j - 1, from);
      Event e = chunk == null ? null : read(s, chunk[0], Math.min(to,
          modality.clauseEnd(j + 1, to)), u, null, true);
      if (e != null && Triggers.FORCE.contains(e.type())) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether a verb of saying, a "that" or a subordinate word before it governs the trigger. */
  private boolean governed(int from, Trigger t) {
    if (modality.reported(from, t.at())) {
      return true;
    }
    boolean subordinate = false;
    for (int j = from; j < t.at(); j++) {
      subordinate = EventWords.SUBORDINATE.contains(d.lower(j))
          || subordinate && !d.word(j).equals(",");
    }
    return subordinate;
  }

  private boolean passive(int from, int to, Trigger t) {
    return !t.nominal() && arguments.passiveOrReduced(from, t.at(), to);
  }

  /**
   * The event of trigger {@code t} (a {@code passive} one when so) read on tokens {@code from}
   * to {@code to} of sentence {@code s}, or null. A later clause without a subject of its own
   * shares {@code main}'s: its actors, or whom it was done to when the clause is a passive ("was
   * shot by a trooper and later jailed").
   */
  private Event read(int s, int from, int to, Trigger t, Event main, boolean passive) {
    String type = t.plover() == null ? "MOBILIZE" : t.plover().type();
    String mode = t.plover() == null ? "troops" : t.plover().mode();
    int subjectEnd = t.nominal() && t.light() >= 0 ? t.light() : t.at();
    String status = modality.status(from, subjectEnd, t);
    int say = modality.sayBefore(from, t.at());
    int report = say >= 0 ? say : modality.thatBefore(from, t.at());
    int own = modality.clauseEnd(t.last() + 1, to);
    List<Event.Actor> actors = new ArrayList<>();
    List<Event.Actor> recipients = new ArrayList<>();
    if (t.nominal()) {
      actors.addAll(arguments.inside(t, from));
      if (actors.isEmpty()) {
        actors.addAll(arguments.subject(from, subjectEnd, say));
      }
      recipients.addAll(arguments.object(t.last() + 1, own, true));
    } else if (passive) {
      recipients.addAll(arguments.subject(from, t.at(), say));
      actors.addAll(arguments.byAgent(t.last() + 1, to));
      List<Event.Actor> more = arguments.object(t.last() + 1, own, false);
      if (recipients.isEmpty()) {
        recipients.addAll(more);
      }
    } else {
      actors.addAll(arguments.subject(from, t.at(), say));
      recipients.addAll(arguments.object(t.last() + 1, own, false));
    }
    if (main != null && passive && recipients.isEmpty()) {
      recipients.addAll(main.recipients()); // "X was shot … and later jailed": X was jailed
    } else if (main != null && !passive && actors.isEmpty()) {
      actors.addAll(main.actors()); // "police fired tear gas and arrested 12"
    }
    if (actors.size() == 1 && Participants.isPronoun(actors.get(0)) && say >= 0) {
      List<Event.Actor> speaker = arguments.subject(from, say, -1);
      if (!speaker.isEmpty()) {
        actors = speaker;
      }
    }
    final List<Event.Actor> acting = actors;
    if (!t.nominal() && EXCHANGE.contains(d.lemma(t.at()))
        && !"ASSAULT".equals(type)) {
      List<Event.Actor> both = new ArrayList<>(actors); // "X telephoned Y", "X shared … with Y"
      both.addAll(recipients);
      actors = both;
      recipients.clear();
    }
    // "They were arrested", "made 13 arrests", "Fleeing suspect arrested.": done to someone,
    // though no one is named
    boolean doneToSomeone = !recipients.isEmpty() || t.nominal() && t.light() >= 0 || passive;
    recipients.removeIf(r -> Participants.isPronoun(r) || participants.town(r) || acting.stream()
        .anyMatch(x -> x.span() != null && x.span().equals(r.span())));
    if (!t.nominal() && MOVEMENT.contains(d.lemma(t.at()))) {
      if (actors.stream().anyMatch(x -> EventAcled.armed(x.sector()))) {
        type = "MOBILIZE";
        mode = "troops";
      } else if (t.plover() == null) {
        return null; // people moving about, not forces
      }
    }
    // "They said they would boycott": the statement is the event PLOVER codes.
    boolean obligation = false;
    for (int i = Math.max(from, t.at() - 4); i <= t.at(); i++) {
      obligation |= OBLIGATION.contains(d.lower(i));
    }
    boolean conditional = false;
    for (int i = t.last() + 1; i < to; i++) {
      conditional |= d.lower(i).equals("unless") || d.lower(i).equals("if");
    }
    int demanded = t.nominal() || GOVERNS_COMPLEMENT.contains(type) ? -1
        : modality.obligationAfter(t.last() + 1, to);
    if (demanded >= 0 && !"negated".equals(status) && !"REQUEST".equals(type)) {
      // "issued a reminder to Iraq that it must cooperate": a request to the one who must
      List<Event.Actor> who = arguments.subject(t.last() + 1, demanded, -1);
      if (!who.isEmpty() && !Participants.isPronoun(who.get(0))) {
        recipients = who;
      }
      type = "REQUEST";
      mode = null;
    } else if (report >= 0 && obligation && !"negated".equals(status)) {
      List<Event.Actor> speaker = arguments.subject(from, report, -1);
      recipients = actors;
      actors = speaker;
      type = "REQUEST";
      mode = null;
      status = "happened";
    } else if (("future".equals(status) && (report >= 0 && said(from, report)
        || modality.sayAfter(own, to) >= 0 || modality.committed(from, subjectEnd, t))
        || "hypothetical".equals(status) && conditional) && !"THREATEN".equals(type)) {
      // said or vowed to be going to happen, it is a statement PLOVER codes; a future the
      // writer only foresees ("will ask", "is expected to arrest") stays future
      List<Event.Actor> speaker = report >= 0 ? arguments.subject(from, report, -1) : List.of();
      if (!speaker.isEmpty() && (actors.isEmpty() || Participants.isPronoun(actors.get(0)))) {
        actors = speaker;
      }
      type = conditional || CONFLICT.contains(type) ? "THREATEN"
          : COOPERATION.contains(type) ? "AGREE" : type;
      mode = null;
      status = "happened";
    } else if ("negated".equals(status) && COOPERATION.contains(type)) {
      type = "REJECT"; // "will not accept", "did not agree": a refusal
      mode = null;
      status = "happened";
    }
    String whole = d.text(from, to - 1).toLowerCase(Locale.ROOT);
    if ("ASSAULT".equals(type) && !actors.isEmpty()
        && actors.stream().noneMatch(x -> EventAcled.armed(x.sector()) || "GOV".equals(x.sector()))
        && EventStage.has(whole,
            "demonstrations?|protests?|protesters|demonstrators|rioters?|riots?")) {
      type = "PROTEST"; // "youths threw stones during demonstrations": a violent protest
      mode = "riot";
    }
    String clause = d.text(clauseFrom(from, t), clauseTo(to, t) - 1).toLowerCase(Locale.ROOT);
    if ("ASSAULT".equals(type) || "PROTEST".equals(type) || "COERCE".equals(type)) {
      mode = EventAcled.mode(clause, type, mode); // other types keep the CAMEO table's mode
    }
    if ("ASSAULT".equals(type) && actors.stream().noneMatch(x -> EventAcled.armed(x.sector()))
        && EventStage.has(actors.isEmpty() ? whole : clause, EventWords.ACCIDENTS)) {
      return null; // "hit by a car and killed", "killed when the washer short-circuited"
    }
    if (actors.isEmpty() && passive && ("arrest".equals(mode) || "detain".equals(mode))) {
      actors = operationBy(from, to); // "in a police raid …, the Plancons were arrested"
    }
    List<Event.Count> counts = attachments.counts(from, to, actors, t);
    if (!Relevance.admits(participants, type, mode, actors, recipients, counts,
        Relevance.sport(d, from, to), doneToSomeone)) {
      return null; // "Lexus called …", "the Canadiens defeated …": no one PLOVER codes
    }
    if (recipients.isEmpty()) {
      recipients = arguments.namedAfter(t.last() + 1, own, actors); // "… in its Gulf war with Iraq"
    }
    if (recipients.isEmpty() && !NO_PLACE_TARGET.contains(type)) {
      recipients = arguments.placeAfter(t.last() + 1, own); // "suspended aid deliveries in Baghdad": PLOVER's target
    }
    counts = Attachments.oneDead(counts, "ASSAULT".equals(type) && killing(t, to), recipients,
        x);
    Span sentence = d.sentences.get(s);
    Span trigger = new Span(d.start(t.at()), d.end(t.last()));
    List<Event.Claimant> claimedBy = attachments.claimants(trigger);
    // who reports an event is not whom it is done to ("…, Konashenkov said")
    recipients = recipients.stream().filter(r -> claimedBy.stream().noneMatch(c ->
        r.entity() != null && r.entity().equals(c.entity()) || r.span() != null
        && c.span() != null && r.span().start() < c.span().end()
        && c.span().start() < r.span().end())).toList();
    Event.Acled acled = EventAcled.of(clause, type, mode, actors, recipients);
    if ("ASSAULT".equals(type) && acled != null && GENERIC_VIOLENCE.contains(acled.subEventType())
        && !whole.equals(clause) && !EventStage.has(clause, GROUND_COMBAT)) {
      // The weapon is often in the sentence's other clause: "mortar rounds fired by militants
      // landed in Mogadishu; 1 civilian was killed" is a shelling, not a plain attack. A
      // clause of ground combat keeps its type: an offensive "supported by tanks and
      // artillery" is a battle.
      String wholeMode = EventAcled.mode(whole, type, mode);
      Event.Acled remote = EventAcled.of(whole, type, wholeMode, actors, recipients);
      if (remote != null && REMOTE.equals(remote.eventType())) {
        acled = remote;
        mode = wholeMode;
      }
    }
    if (actors.isEmpty() && recipients.isEmpty() && counts.isEmpty() && acled == null) {
      return null; // "… to remove it", "destroyed": no one, no count, no ACLED reading
    }
    double confidence = (t.nominal() ? 0.6 : 0.7) + (actors.isEmpty() ? 0 : 0.15)
        + (recipients.isEmpty() ? 0 : 0.1);
    return new Event(null, type, mode, acled, actors, recipients, attachments.place(from, to, t.at()),
        attachments.date(sentence), counts,
        List.of(new Event.Evidence(sentence, trigger, d.text(t.at(), t.last()))), claimedBy,
        status, Math.min(0.95, confidence));
  }

  /** The security force a sentence's operation noun names ("a police raid"), or none. */
  private List<Event.Actor> operationBy(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (EventWords.OPERATIONS.contains(d.lower(i)) && d.pos(i).startsWith("NN")
          && participants.sectorOf(i - 1, i - 1) != null) {
        Event.Actor a = participants.actor(i - 1, i - 1, null, true);
        if (a != null) {
          return List.of(a);
        }
      }
    }
    return List.of();
  }

  /** Whether the verb of saying at {@code say} happened ("said", not "will ask"). */
  private boolean said(int from, int say) {
    return "happened".equals(modality.status(from, say, say));
  }

  /**
   * Whether the trigger kills: "killed", "murdered", "slain", "shot dead", "stabbed to death",
   * "fatally shot", "gunned down".
   */
  private boolean killing(Trigger t, int to) {
    String lemma = d.lemma(t.at());
    boolean dead = false;
    for (int j = t.at() + 1; j < Math.min(to, t.last() + 3); j++) {
      dead |= d.lower(j).equals("dead") || d.lower(j).equals("death");
    }
    // "fatally shot", "mortally wounded", "gunned down", "slain"
    boolean fatally = t.at() > 0 && d.sentence(t.at() - 1) == d.sentence(t.at())
        && (d.lower(t.at() - 1).equals("fatally") || d.lower(t.at() - 1).equals("mortally"));
    return !t.nominal() && (dead || fatally || lemma.equals("kill") || lemma.equals("murder")
        || lemma.equals("assassinate") || lemma.equals("slay")
        || lemma.equals("gun") && t.last() > t.at() && d.lower(t.last()).equals("down"));
  }

  /** Where the trigger's clause starts: after a "while"/"but"/";" before it, within 15 words. */
  int clauseFrom(int from, Trigger t) {
    for (int j = t.at() - 1; j >= Math.max(from, t.at() - 15); j--) {
      String w = d.lower(j);
      if (w.equals(";") || w.equals("while") || w.equals("but") || w.equals("whereas")) {
        return j + 1;
      }
    }
    return Math.max(from, t.at() - 15);
  }

  int clauseTo(int to, Trigger t) {
    for (int j = t.last() + 1; j < Math.min(to, t.last() + 15); j++) {
      String w = d.lower(j);
      if (w.equals(";") || w.equals("while") || w.equals("but") || w.equals("whereas")) {
        return j;
      }
    }
    return Math.min(to, t.last() + 15);
  }
}
