package org.sitrep.nlp.events;

import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.DateMention;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Stage;

/**
 * Events in the PLOVER ontology, read sentence by sentence from the layers before it: a trigger
 * (a verb of PETRARCH2's CAMEO dictionary with its phrase patterns, or a nominal trigger that a
 * verb makes happen: "launched an offensive"), its actor (the subject before it; "by X" for a
 * passive), its recipient (the object after it), the sentence's place and date, the counts the
 * quantities layer found in it, and who reports it (the speaker of the quotation or the claimant
 * of the reported speech that holds it). Then the status: "will attack" is future, "could
 * attack" hypothetical, "did not attack" negated; a speaker saying they will do something is
 * the verbal event PLOVER codes for it (a threat for conflict, an agreement for cooperation), and
 * "X said Y must do Z" a request. Events of one type with the same actor and place in several
 * sentences are one event. The ACLED event and sub-event type follow from the PLOVER type, the
 * mode, the words of the sentence and the sectors of the participants ({@link EventAcled}).
 * No parser: the stage costs a few percent of annotation.
 */
public final class EventStage implements Stage {
  private static final Set<String> AUX = Set.of("be", "have", "do", "will", "would", "shall",
      "should", "can", "could", "may", "might", "must", "get", "become", "seem", "appear",
      "go", "come", "make", "take", "give", "put", "keep", "let", "begin", "start", "try",
      "want", "need", "continue", "use", "say", "tell", "report", "claim", "plan", "intend",
      "prepare", "decide", "seek", "attempt", "hope", "aim", "expect", "swear", "vow", "help",
      "allow", "enable", "resort", "manage", "fail", "accord", "increase", "introduce", "include",
      "extract");
  /** Verbs that make a nominal trigger happen: "launched an offensive", "took part in". */
  private static final Set<String> LIGHT = Set.of("launch", "carry", "conduct", "stage", "hold",
      "mount", "begin", "start", "join", "resume", "intensify", "step", "unleash", "wage", "lead",
      "organize", "organise", "continue", "perform", "execute", "order", "part", "hit", "kill",
      "die", "wound", "injure", "erupt", "break", "occur", "fight", "stop", "end", "call",
      "announce", "sign", "reach", "agree", "impose", "host", "attend", "make", "take", "declare",
      "renew", "open", "have", "give", "tighten", "enforce", "lift", "ease", "put");
  /** Verbs of moving: with an armed actor they are a mobilisation ("4,000 fighters moved on"). */
  private static final Set<String> MOVEMENT = Set.of("move", "advance", "deploy", "send",
      "mass", "amass", "gather", "reinforce", "arrive", "head", "redeploy", "dispatch", "rush");
  /** Subordinate clauses that open a sentence: "After arriving in Deir ez-Zor, …". */
  private static final Set<String> OPENERS = Set.of("after", "before", "while", "when", "since",
      "as", "although", "though", "if", "despite", "once", "following", "unless", "seizing");
  /** Light verbs whose own reading yields to the nominal they make happen. */
  private static final Set<String> PURE_LIGHT = Set.of("launch", "carry", "conduct", "stage",
      "hold", "mount", "begin", "start", "join", "resume", "intensify", "step", "unleash",
      "wage", "lead", "organize", "organise", "continue", "perform", "execute", "take", "declare",
      "renew", "open", "make", "have", "give", "announce", "end", "call");
  /** Words after a nominal trigger that make it happen: "clashes erupted", "a blast killed". */
  private static final Set<String> HAPPEN_AFTER = Set.of("erupt", "break", "occur", "kill",
      "leave", "hit", "target", "rock", "continue", "take", "claim", "wound", "injure", "destroy",
      "damage", "strike", "begin", "start", "erupted", "killed", "left", "took", "report",
      "rage", "intensify", "resume", "explode", "detonate");
  private static final Set<String> PASSIVE_AUX = Set.of("be", "is", "are", "was", "were", "been",
      "being", "get", "got", "gotten");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "going", "plan",
      "intend", "vow", "pledge", "promise", "threaten", "prepare", "prepared", "ready", "would",
      "expect", "willing", "decide", "swear", "sworn");
  private static final Set<String> HYPOTHETICAL = Set.of("if", "could", "might", "may",
      "should", "whether", "unless", "can", "possible", "likely");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "refuse",
      "deny", "without", "nor", "neither", "fail");
  private static final Set<String> OBLIGATION = Set.of("must", "should", "ought", "need");
  private static final Set<String> SUBORDINATE = Set.of("which", "who", "whom", "whose", "where",
      "when", "after", "before", "since", "because", "while", "although", "though", "as", "until");
  private static final Set<String> QUANTIFIERS = Set.of("scores", "thousands", "hundreds",
      "dozens", "millions", "tens", "third", "half", "quarter", "some", "many", "most", "all",
      "part", "members", "group", "number");
  private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if", "because",
      "while", "as", "since", "although", "though", "after", "before", "when", "unless");
  /** Time words NER and the tagger leave inside a noun chunk: "Denmark today". */
  private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight",
      "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "now", "earlier", "later", "week", "month", "year");
  private static final Set<String> RECIPIENT_PREP = Set.of("against", "on", "at", "to", "with",
      "toward", "towards", "into", "upon", "from", "of", "by", "for", "in", "near", "outside",
      "between", "among", "over");
  /** After these a place is where, not whom: "attacked in Homs". */
  private static final Set<String> SCENERY_PREP = Set.of("in", "near", "outside", "from", "at",
      "of", "by", "for");
  /** A nominal trigger's target follows these: "an attack on X", "talks with Y". */
  private static final Set<String> NOMINAL_TARGET_PREP = Set.of("on", "against", "at", "of",
      "with", "to", "into");
  /** Exchanges make both sides actors: "X telephoned Y", "X shared … with Y". */
  private static final Set<String> EXCHANGE = Set.of("telephone", "phone", "share", "exchange");
  /** Types whose verb governs its that-clause ("agreed that X should …" stays an agreement). */
  private static final Set<String> GOVERNS_COMPLEMENT = Set.of("AGREE", "SUPPORT", "CONCEDE",
      "REJECT", "REQUEST");
  /** Violence, force and protest: events without a coded participant (ACLED's "gunmen"). */
  private static final Set<String> FORCE = Set.of("ASSAULT", "PROTEST", "COERCE", "MOBILIZE");
  /** Types whose target is never the town they happen in. */
  private static final Set<String> NO_PLACE_TARGET = Set.of("PROTEST", "RETREAT", "MOBILIZE",
      "CONSULT");
  private static final Set<String> PRONOUNS = Set.of("they", "he", "she", "it", "we", "i",
      "them", "him", "her", "us");
  private static final Set<String> CONFLICT = Set.of("ASSAULT", "COERCE", "SANCTION", "PROTEST",
      "MOBILIZE", "REJECT", "ACCUSE");
  private static final Set<String> COOPERATION = Set.of("AID", "COOPERATE", "CONCEDE",
      "RETREAT", "CONSULT", "SUPPORT", "AGREE");

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.MENTIONS, Layer.ENTITIES, Layer.PLACES, Layer.QUOTES,
        Layer.CLAIMS, Layer.QUANTITIES, Layer.DATES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public void warm() {
    EventLexicon.get();
  }

  @Override
  public Article apply(Article a) {
    Doc d = Doc.of(a);
    EventLexicon lex = EventLexicon.get();
    Context cx = new Context(a, d, lex);
    List<Event> found = new ArrayList<>();
    int tok = 0;
    for (int s = 0; s < d.sentences.size(); s++) {
      int from = tok;
      while (tok < d.size() && d.sentence(tok) == s) {
        tok++;
      }
      if (tok > from) {
        Event e = cx.sentence(s, from, tok);
        if (e != null) {
          found.add(e);
        }
      }
    }
    return a.withLayers(a.layers().withEvents(merge(found)));
  }

  /** One trigger found in a sentence. */
  private record Trigger(int at, int last, EventLexicon.Plover plover, boolean nominal,
                         int light) {}

  /** Per-article state: the layers indexed by token. */
  static final class Context {
    final Article a;
    final Doc d;
    final EventLexicon lex;
    final Mention[] mentionAt;
    final Place[] placeAt;
    final Map<Integer, Entity> entities = new LinkedHashMap<>();

    Context(Article a, Doc d, EventLexicon lex) {
      this.a = a;
      this.d = d;
      this.lex = lex;
      this.mentionAt = new Mention[d.size()];
      this.placeAt = new Place[d.size()];
      for (Mention m : a.layers().mentions()) {
        for (int t = d.tokenAt(m.span().start()); t < d.size() && d.start(t) < m.span().end(); t++) {
          mentionAt[t] = m;
        }
      }
      for (Place p : a.layers().places()) {
        for (int t = d.tokenAt(p.span().start()); t < d.size() && d.start(t) < p.span().end(); t++) {
          placeAt[t] = p;
        }
      }
      for (Entity e : a.layers().entities()) {
        entities.put(e.id(), e);
      }
    }

    Event sentence(int s, int from, int to) {
      Trigger t = trigger(from, to);
      if (t == null) {
        return null;
      }
      String type = t.plover == null ? "MOBILIZE" : t.plover.type();
      String mode = t.plover == null ? "troops" : t.plover.mode();
      int subjectEnd = t.nominal && t.light >= 0 ? t.light : t.at;
      boolean passive = !t.nominal && passive(from, t.at);
      String status = status(from, subjectEnd, t);
      int say = sayBefore(from, t.at);
      int report = say >= 0 ? say : thatBefore(from, t.at);
      List<Event.Actor> actors = new ArrayList<>();
      List<Event.Actor> recipients = new ArrayList<>();
      if (t.nominal) {
        actors.addAll(inside(t, from));
        if (actors.isEmpty()) {
          actors.addAll(subject(from, subjectEnd, say));
        }
        recipients.addAll(object(t.last + 1, to, true));
      } else if (passive) {
        recipients.addAll(subject(from, t.at, say));
        actors.addAll(byAgent(t.last + 1, to));
        List<Event.Actor> more = object(t.last + 1, to, false);
        if (recipients.isEmpty()) {
          recipients.addAll(more);
        }
      } else {
        actors.addAll(subject(from, t.at, say));
        recipients.addAll(object(t.last + 1, to, false));
      }
      if (actors.size() == 1 && isPronoun(actors.get(0)) && say >= 0) {
        List<Event.Actor> speaker = subject(from, say, -1);
        if (!speaker.isEmpty()) {
          actors = speaker;
        }
      }
      final List<Event.Actor> acting = actors;
      if (!t.nominal && EXCHANGE.contains(d.lemma(t.at))
          && !"ASSAULT".equals(type)) {
        List<Event.Actor> both = new ArrayList<>(actors); // "X telephoned Y", "X shared … with Y"
        both.addAll(recipients);
        actors = both;
        recipients.clear();
      }
      recipients.removeIf(r -> isPronoun(r) || town(r) || acting.stream()
          .anyMatch(x -> x.span() != null && x.span().equals(r.span())));
      if (!t.nominal && MOVEMENT.contains(d.lemma(t.at))) {
        if (actors.stream().anyMatch(x -> EventAcled.armed(x.sector()))) {
          type = "MOBILIZE";
          mode = "troops";
        } else if (t.plover == null) {
          return null; // people moving about, not forces
        }
      }
      // "They said they would boycott": the statement is the event PLOVER codes.
      boolean obligation = false;
      for (int i = Math.max(from, t.at - 4); i <= t.at; i++) {
        obligation |= OBLIGATION.contains(d.lower(i));
      }
      boolean conditional = false;
      for (int i = t.last + 1; i < to; i++) {
        conditional |= d.lower(i).equals("unless") || d.lower(i).equals("if");
      }
      int demanded = t.nominal || GOVERNS_COMPLEMENT.contains(type) ? -1
          : obligationAfter(t.last + 1, to);
      if (demanded >= 0 && !"negated".equals(status) && !"REQUEST".equals(type)) {
        // "issued a reminder to Iraq that it must cooperate": a request to the one who must
        List<Event.Actor> who = subject(t.last + 1, demanded, -1);
        if (!who.isEmpty() && !isPronoun(who.get(0))) {
          recipients = who;
        }
        type = "REQUEST";
        mode = null;
      } else if (report >= 0 && obligation && !"negated".equals(status)) {
        List<Event.Actor> speaker = subject(from, report, -1);
        recipients = actors;
        actors = speaker;
        type = "REQUEST";
        mode = null;
        status = "happened";
      } else if (("future".equals(status) || "hypothetical".equals(status) && conditional)
          && !"THREATEN".equals(type)) {
        List<Event.Actor> speaker = report >= 0 ? subject(from, report, -1) : List.of();
        if (!speaker.isEmpty() && (actors.isEmpty() || isPronoun(actors.get(0)))) {
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
      if ("ASSAULT".equals(type) && !actors.isEmpty()
          && actors.stream().noneMatch(x -> EventAcled.armed(x.sector()) || "GOV".equals(x.sector()))
          && has(d.text(from, to - 1).toLowerCase(Locale.ROOT),
              "demonstrations?|protests?|protesters|demonstrators|rioters?|riots?")) {
        type = "PROTEST"; // "youths threw stones during demonstrations": a violent protest
        mode = "riot";
      }
      String clause = d.text(clauseFrom(from, t), clauseTo(to, t) - 1).toLowerCase(Locale.ROOT);
      if ("ASSAULT".equals(type) || "PROTEST".equals(type) || "COERCE".equals(type)) {
        mode = EventAcled.mode(clause, type, mode); // other types keep the CAMEO table's mode
      }
      if (!FORCE.contains(type) && !political(actors) && !political(recipients)) {
        // "Lexus called …", "the group allowed …": no state, armed group or public actor; violence
        // and protest need none (ACLED counts "unidentified gunmen")
        return null;
      }
      if (recipients.isEmpty()) {
        recipients = namedAfter(t.last + 1, to, actors); // "… in its Gulf war with Iraq"
      }
      if (recipients.isEmpty() && !NO_PLACE_TARGET.contains(type)) {
        recipients = placeAfter(t.last + 1, to); // "suspended aid deliveries in Baghdad": PLOVER's target
      }
      Span sentence = d.sentences.get(s);
      Span trigger = new Span(d.start(t.at), d.end(t.last));
      List<Event.Count> counts = counts(from, to, actors);
      List<Event.Claimant> claimedBy = claimants(trigger);
      Event.Acled acled = EventAcled.of(clause, type, mode, actors, recipients);
      if (actors.isEmpty() && recipients.isEmpty() && counts.isEmpty() && acled == null) {
        return null; // "… to remove it", "destroyed": no one, no count, no ACLED reading
      }
      double confidence = (t.nominal ? 0.6 : 0.7) + (actors.isEmpty() ? 0 : 0.15)
          + (recipients.isEmpty() ? 0 : 0.1);
      return new Event(null, type, mode, acled, actors, recipients, place(from, to, t.at),
          date(sentence), counts,
          List.of(new Event.Evidence(sentence, trigger, d.text(t.at, t.last))), claimedBy,
          status, Math.min(0.95, confidence));
    }

    /** Where the trigger's clause starts: after a "while"/"but"/";" before it, within 15 words. */
    int clauseFrom(int from, Trigger t) {
      for (int j = t.at - 1; j >= Math.max(from, t.at - 15); j--) {
        String w = d.lower(j);
        if (w.equals(";") || w.equals("while") || w.equals("but") || w.equals("whereas")) {
          return j + 1;
        }
      }
      return Math.max(from, t.at - 15);
    }

    int clauseTo(int to, Trigger t) {
      for (int j = t.last + 1; j < Math.min(to, t.last + 15); j++) {
        String w = d.lower(j);
        if (w.equals(";") || w.equals("while") || w.equals("but") || w.equals("whereas")) {
          return j;
        }
      }
      return Math.min(to, t.last + 15);
    }

    /** The first trigger of the sentence outside relative clauses, verbs before nouns. */
    Trigger trigger(int from, int to) {
      Trigger nominal = null;
      boolean subordinate = false;
      int begin = from;
      if (OPENERS.contains(d.lower(from))) {
        for (int i = from + 1; i < Math.min(to, from + 25); i++) {
          if (d.word(i).equals(",")) {
            begin = i + 1;
            break;
          }
        }
      }
      for (int i = begin; i < to; i++) {
        String low = d.lower(i);
        if (SUBORDINATE.contains(low) && i > from && (d.word(i - 1).equals(",")
            || "in".equals(d.lower(i - 1)) || low.equals("which") || low.equals("who"))) {
          subordinate = true;
        }
        if (low.equals(";")) {
          subordinate = false;
        }
        if (subordinate) {
          continue;
        }
        String pos = d.pos(i);
        if (pos.startsWith("VB")) {
          Trigger t = verb(i, to);
          if (PURE_LIGHT.contains(d.lemma(i)) || LIGHT.contains(d.lemma(i)) && t == null) {
            for (int j = i + 1; j < Math.min(to, i + 6); j++) {
              Trigger n = d.pos(j).startsWith("NN") ? noun(j, from, to) : null;
              if (n != null) {
                return n;
              }
              if (d.pos(j).startsWith("VB") || d.word(j).equals(",")) {
                break;
              }
            }
          }
          if (t != null) {
            return t;
          }
        } else if (OBLIGATION.contains(low) && "MD".equals(pos) && i + 1 < to
            && (sayBefore(from, i) >= 0 || thatBefore(from, i) >= 0)) {
          return new Trigger(i, i, new EventLexicon.Plover("REQUEST", null), false, -1);
        }
        if (nominal == null && (pos.startsWith("NN") || i + 1 < to && d.pos(i + 1).startsWith("NN"))) {
          nominal = noun(i, from, to); // the tagger may take "drone" in "drone strike" for a verb
        }
      }
      return nominal;
    }

    /** A verb trigger at {@code i}: the verb's own code, or its best-matching pattern's. */
    Trigger verb(int i, int to) {
      String lemma = d.lemma(i);
      StringBuilder next = new StringBuilder();
      for (int j = i + 1; j < Math.min(to, i + 9); j++) {
        next.append(d.lower(j)).append(' ');
      }
      EventLexicon.Plover own = lex.verbType(lemma, next.toString());
      if (own != null && own.type().equals("NONE")) {
        return null; // "beat the Lakers", "think", "hit a record": not this verb's event sense
      }
      if ((Lexicon.SAY.contains(lemma) || AUX.contains(lemma)) && own == null) {
        return null;
      }
      if (hyphenated(i)) {
        return null; // "US-led": part of a compound word
      }
      if ((d.pos(i).equals("VBN") || d.pos(i).equals("VBG")) && i + 1 < to
          && d.pos(i + 1).startsWith("NN") && (i == 0 || d.sentence(i - 1) != d.sentence(i)
          || d.pos(i - 1).equals("DT") || d.pos(i - 1).equals("PRP$") || d.pos(i - 1).equals("JJ")
          || d.pos(i - 1).equals("POS"))) {
        return null; // "Ousted President Akayev", "the defeated Fatah Party": an adjective
      }
      if ("VBG".equals(d.pos(i)) && i > 0 && d.pos(i - 1).startsWith("NN")) {
        return null; // "a vehicle carrying commanders": a modifier (a main verb would need "is")
      }
      if ("VBN".equals(d.pos(i)) && i > 0 && d.pos(i - 1).startsWith("NN") && finiteAfter(i, to)) {
        return null; // "terrorists armed with … moved", "cars stuffed with …": a modifier
      }
      if (i + 1 < to && (d.lower(i + 1).equals("on") || d.lower(i + 1).equals("upon"))
          && (lemma.equals("seize") || lemma.equals("capitalize") || lemma.equals("jump"))) {
        return null; // "seizing on the suspension": an idiom
      }
      CameoVerbs.Verb best = null;
      String code = null;
      int bestWeight = -1;
      int last = i;
      for (CameoVerbs.Verb v : lex.verbs.verbs(lemma)) {
        int end = i;
        boolean ok = true;
        for (int k = 1; k < v.words().size(); k++) {
          int j = i + k;
          if (j >= to || !d.lower(j).equals(v.words().get(k))) {
            ok = false;
            break;
          }
          end = j;
        }
        if (!ok) {
          continue;
        }
        int weight = v.words().size() * 10;
        String c = v.code();
        for (CameoVerbs.Pattern2 p : v.patterns()) {
          if (p.weight() * 10 + v.words().size() * 10 > weight && matches(p, i, end, to)) {
            weight = p.weight() * 10 + v.words().size() * 10;
            c = p.code();
          }
        }
        if (weight > bestWeight && lex.plover(c) != null) {
          best = v;
          bestWeight = weight;
          code = c;
          last = end;
        }
      }
      if (own != null && (best == null || last == i)) {
        return new Trigger(i, i, own, false, -1);
      }
      if (best == null) {
        return MOVEMENT.contains(lemma) ? new Trigger(i, i, null, false, -1) : null;
      }
      return new Trigger(i, last, lex.plover(code), false, -1);
    }

    private boolean matches(CameoVerbs.Pattern2 p, int verb, int end, int to) {
      int at = end + 1;
      for (List<String> alt : p.after()) {
        int found = -1;
        for (int j = at; j < Math.min(to, at + 6); j++) {
          if (alt.contains(d.lower(j)) || alt.contains(d.lemma(j))) {
            found = j;
            break;
          }
        }
        if (found < 0) {
          return false;
        }
        at = found + 1;
      }
      int back = verb - 1;
      for (int k = p.before().size() - 1; k >= 0; k--) {
        List<String> alt = p.before().get(k);
        int found = -1;
        for (int j = back; j >= Math.max(0, back - 4); j--) {
          if (alt.contains(d.lower(j))) {
            found = j;
            break;
          }
        }
        if (found < 0) {
          return false;
        }
        back = found - 1;
      }
      return true;
    }

    /** A "must"/"should" in a that-clause after the trigger ("… that China must drop …"), or -1. */
    private int obligationAfter(int from, int to) {
      boolean that = false;
      for (int j = from; j < Math.min(to, from + 14); j++) {
        String w = d.lower(j);
        that |= w.equals("that");
        if (that && OBLIGATION.contains(w) && "MD".equals(d.pos(j))) {
          return j;
        }
        if (w.equals(";")) {
          break;
        }
      }
      return -1;
    }

    /** A finite verb after {@code i} that is not a verb of saying: the clause's main verb. */
    private boolean finiteAfter(int i, int to) {
      for (int j = i + 1; j < to; j++) {
        String p = d.pos(j);
        if ((p.equals("VBD") || p.equals("VBZ") || p.equals("VBP"))
            && !Lexicon.SAY.contains(d.lemma(j))) {
          return true;
        }
      }
      return false;
    }

    /** A nominal trigger at {@code i} that a verb makes happen. */
    Trigger noun(int i, int from, int to) {
      for (int n = Math.min(lex.longestNominal, to - i); n >= 1; n--) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
          sb.append(k == 0 ? "" : " ").append(k == n - 1 ? singular(i + k) : d.lower(i + k));
        }
        EventLexicon.Plover p = lex.nominal(sb.toString());
        if (p == null || n == 1 && !d.pos(i).startsWith("NN")) {
          continue;
        }
        int last = i + n - 1;
        if (last + 1 < to && d.pos(last + 1).startsWith("NN") && !d.capitalised(last + 1)
            && !TIME_WORDS.contains(d.lower(last + 1))) {
          continue; // "protest movement", "attack helicopter": the noun modifies another
        }
        for (int j = i - 1; j >= Math.max(from, i - 6); j--) {
          if (d.pos(j).startsWith("VB") && LIGHT.contains(d.lemma(j))) {
            return new Trigger(i, last, p, true, j);
          }
          if (d.pos(j).startsWith("VB") && !d.lemma(j).equals("be") && !d.lemma(j).equals("have")) {
            break;
          }
        }
        for (int j = last + 1; j < Math.min(to, last + 12); j++) {
          if (d.pos(j).startsWith("VB") && HAPPEN_AFTER.contains(d.lemma(j))) {
            return new Trigger(i, last, p, true, -1);
          }
          if (d.pos(j).startsWith("VB") && !PASSIVE_AUX.contains(d.lower(j))
              && !d.pos(j).equals("VBG")) {
            break;
          }
        }
        return null;
      }
      return null;
    }

    private String singular(int i) {
      String w = d.lower(i);
      String lemma = d.lemma(i);
      return d.pos(i).equals("NNS") && lemma != null ? lemma : w;
    }

    boolean passive(int from, int verb) {
      if (!"VBN".equals(d.pos(verb))) {
        return false;
      }
      for (int j = verb - 1; j >= Math.max(from, verb - 3); j--) {
        String w = d.lower(j);
        if (PASSIVE_AUX.contains(w)) {
          return true;
        }
        if (!d.pos(j).startsWith("RB") && !d.pos(j).startsWith("VB")) {
          return false;
        }
      }
      return false;
    }

    String status(int from, int verbAt, Trigger t) {
      String status = "happened";
      for (int j = Math.max(from, verbAt - 5); j < t.at; j++) {
        String w = d.lower(j);
        String lemma = d.lemma(j);
        if (NEGATION.contains(w) || NEGATION.contains(lemma)) {
          return "negated";
        }
        if (FUTURE.contains(w) || FUTURE.contains(lemma)) {
          status = "future";
        } else if (HYPOTHETICAL.contains(w) && "happened".equals(status)) {
          status = "hypothetical";
        }
      }
      return status;
    }

    /** The verb before a "that" that opens the trigger's clause ("issued a reminder that …"). */
    int thatBefore(int from, int trigger) {
      for (int j = trigger - 1; j > from; j--) {
        if (d.lower(j).equals("that")
            && (d.pos(j - 1).startsWith("NN") || d.pos(j - 1).startsWith("VB")
            || d.pos(j - 1).equals("RB") || d.pos(j).equals("IN"))) {
          for (int k = j - 1; k >= from; k--) {
            if (d.pos(k).startsWith("VB")) {
              return k;
            }
          }
          return -1;
        }
      }
      return -1;
    }

    /** The last verb of saying before the trigger, or -1. */
    int sayBefore(int from, int trigger) {
      for (int j = trigger - 1; j >= from; j--) {
        if (d.pos(j).startsWith("VB") && Lexicon.SAY.contains(d.lemma(j))
            && !lex.speechEvent(d.lemma(j))) {
          return j;
        }
      }
      return -1;
    }

    /** The subject: the nearest participant before {@code end} not governed by a preposition. */
    List<Event.Actor> subject(int from, int end, int say) {
      int start = say >= 0 && say < end ? say + 1 : from;
      if (end - 1 >= start && "TO".equals(d.pos(end - 1))) {
        for (int k = end - 2; k >= start; k--) { // "devoted forces to storm": whoever devoted
          String pos = d.pos(k);
          if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
            end = k;
            break;
          }
        }
      }
      int j = end - 1;
      int[] pp = null; // a named phrase after a preposition, just skipped: "from the Fatah Party"
      boolean adjacent = true; // only auxiliaries, adverbs and time words between chunk and verb
      while (j >= start) {
        String w = d.lower(j);
        if (w.equals(";") || d.word(j).equals("“") || d.word(j).equals("”")) {
          break;
        }
        int[] chunk = chunk(j, start);
        if (chunk == null) {
          String p = d.pos(j);
          adjacent &= p.startsWith("VB") || p.startsWith("RB") || p.equals("MD");
          j--;
          continue;
        }
        int before = chunk[0] - 1;
        while (before >= start && (d.pos(before).equals("DT") || d.pos(before).equals("PRP$")
            || d.pos(before).equals("PDT"))) {
          before--;
        }
        boolean governed = before >= start && (d.pos(before).equals("IN")
            || d.pos(before).equals("TO") || d.pos(before).equals("VBG")
            || d.pos(before).equals("VBN") && before == chunk[0] - 1)
            && !COMPLEMENTIZERS.contains(d.lower(before));
        if (governed) {
          pp = named(chunk[0], chunk[1]) ? chunk : null;
          j = chunk[0] - 1; // a phrase that modifies the subject: "Rebels in the Ivory Coast"
          continue;
        }
        int[] first = apposed(chunk, start);
        if (first != null) {
          List<Event.Actor> apposition = actors(first[0], first[1]);
          if (!apposition.isEmpty()) {
            return apposition; // "Pakistan, a key U.S. ally, has refused": the first of the two
          }
        }
        List<Event.Actor> out = actors(chunk[0], chunk[1]);
        if (!out.isEmpty()) {
          return out;
        }
        if (adjacent && d.pos(chunk[1]).startsWith("NN") && !TIME_WORDS.contains(d.lower(chunk[1]))) {
          // the verb's own subject, though it names no one: "Ibo traditional elders demanded";
          // with the named phrase that qualifies it: "activists from the Fatah Party"
          int last = pp != null && pp[0] - chunk[1] <= 4 && pp[0] > chunk[1] ? pp[1] : chunk[1];
          Event.Actor any = actor(chunk[0], last, null, true);
          if (any != null) {
            return List.of(any);
          }
        }
        adjacent &= TIME_WORDS.contains(d.lower(chunk[1]));
        j = chunk[0] - 1;
      }
      return List.of();
    }

    /**
     * The chunk a subject chunk is in apposition to: "X, a Y, VERB" gives X when the subject
     * chunk Y is set off by commas right before the verb's words.
     */
    private int[] apposed(int[] chunk, int start) {
      int comma = chunk[0] - 1;
      while (comma >= start && (d.pos(comma).equals("DT") || d.pos(comma).equals("JJ")
          || d.pos(comma).equals("PRP$"))) {
        comma--;
      }
      if (comma <= start || !d.word(comma).equals(",")) {
        return null;
      }
      int after = chunk[1] + 1;
      while (after < d.size() && !d.word(after).equals(",") && after - chunk[1] < 8
          && !d.pos(after).startsWith("VB")) {
        after++;
      }
      if (after >= d.size() || !d.word(after).equals(",")) {
        return null;
      }
      int[] x = chunk(comma - 1, start);
      return x != null && named(x[0], x[1]) ? x : null;
    }

    /** The participant after the trigger: its object, or a phrase after a preposition. */
    List<Event.Actor> object(int start, int to, boolean nominal) {
      for (int j = start; j < Math.min(to, start + 10); j++) {
        String w = d.lower(j);
        if (w.equals(";") || (w.equals(",") && j > start + 1) || SUBORDINATE.contains(w) && j > start
            || (d.pos(j).startsWith("VB") && j > start + 1 && !d.pos(j).equals("VBN")
            && !d.pos(j).equals("VBG") && !"to".equals(d.lower(j - 1)))) {
          break;
        }
        int[] chunk = chunkForward(j, to);
        if (chunk == null) {
          continue;
        }
        int b = chunk[0] - 1;
        while (b >= start && (d.pos(b).equals("DT") || d.pos(b).equals("PDT")
            || d.lower(b).equals("than") || d.lower(b).equals("more") || d.lower(b).equals("some")
            || d.lower(b).equals("about") && d.pos(chunk[0]).equals("CD"))) {
          b--; // "the", "more than 100": no preposition
        }
        String prep = b >= start && (d.pos(b).equals("IN") || d.pos(b).equals("TO"))
            ? d.lower(b) : null;
        boolean placeOnly = onlyPlace(chunk[0], chunk[1]) && !country(chunk[0], chunk[1]);
        boolean own = d.pos(chunk[0]).equals("PRP$") || chunk[0] > 0 && d.pos(chunk[0] - 1).equals("PRP$");
        if (own && !named(chunk[0], chunk[1])
            || !named(chunk[0], chunk[1]) && sectorOf(chunk[0], chunk[1]) == null) {
          j = chunk[1];
          continue; // "its troops": the actor's own; "intelligence", "settlements": no one
        }
        if (prep != null && !RECIPIENT_PREP.contains(prep) && !prep.equals("that")) {
          j = chunk[1];
          continue;
        }
        if (prep != null && SCENERY_PREP.contains(prep) && placeOnly) {
          j = chunk[1];
          continue;
        }
        if (nominal && prep != null && !NOMINAL_TARGET_PREP.contains(prep)) {
          j = chunk[1];
          continue;
        }
        List<Event.Actor> out = actors(chunk[0], chunk[1]);
        if (!out.isEmpty()) {
          return out;
        }
        j = chunk[1];
      }
      return List.of();
    }

    /**
     * The first participant named anywhere after the trigger in its sentence (an entity, a
     * country, a capital or a demonym) that is not an actor, before the sentence's attribution
     * (", officials said"), or none: the last resort for a recipient.
     */
    List<Event.Actor> namedAfter(int start, int to, List<Event.Actor> actors) {
      to = attribution(start, to);
      for (int j = start; j < to; j++) {
        String w = d.lower(j);
        if (d.pos(j).startsWith("VB") && Lexicon.SAY.contains(d.lemma(j)) && j > start
            && (d.word(j - 1).equals(",") || d.pos(j - 1).startsWith("NN"))
            || w.equals("according") || d.word(j).equals("“")) {
          break;
        }
        int[] chunk = chunkForward(j, to);
        if (chunk == null) {
          continue;
        }
        boolean named = country(chunk[0], chunk[1]);
        for (int i = chunk[0]; i <= chunk[1] && !named; i++) {
          named = mentionAt[i] != null && mentionAt[i].entity() != null
              && !"LOCATION".equals(mentionAt[i].type());
        }
        Span span = new Span(d.start(chunk[0]), d.end(chunk[1]));
        boolean isActor = actors.stream().anyMatch(x -> x.span() != null
            && x.span().start() < span.end() && span.start() < x.span().end());
        if (named && !isActor) {
          List<Event.Actor> out = actors(chunk[0], chunk[1]);
          out.removeIf(x -> isPronoun(x) || town(x));
          if (!out.isEmpty()) {
            return out;
          }
        }
        j = chunk[1];
      }
      return List.of();
    }

    /**
     * Where the sentence's closing attribution starts (", the White House announced Tuesday."),
     * or {@code to}: the words of who reports an event are none of its participants.
     */
    int attribution(int start, int to) {
      for (int c = to - 1; c > start; c--) {
        if (d.word(c).equals(",")) {
          for (int v = c + 1; v < Math.min(to, c + 9); v++) {
            if (d.pos(v).startsWith("VB") && Lexicon.SAY.contains(d.lemma(v))) {
              return c;
            }
          }
          return to;
        }
      }
      return to;
    }

    /** The first place named after the trigger in its clause, as a participant, or none. */
    List<Event.Actor> placeAfter(int start, int to) {
      to = attribution(start, to);
      for (int j = start; j < Math.min(to, start + 10); j++) {
        String w = d.lower(j);
        if (w.equals(";") || SUBORDINATE.contains(w)) {
          break;
        }
        Place p = placeAt[j];
        if (p != null && p.resolved() != null && !"demonym".equals(p.kind())) {
          int last = j;
          while (last + 1 < to && placeAt[last + 1] == p) {
            last++;
          }
          Mention m = mentionAt[j];
          return List.of(new Event.Actor(m == null ? null : m.entity(), d.text(j, last),
              new Span(d.start(j), d.end(last)), iso3(p.countryCode()), null));
        }
      }
      return List.of();
    }

    /** "by X" after a passive verb. */
    List<Event.Actor> byAgent(int start, int to) {
      for (int j = start; j < Math.min(to, start + 8); j++) {
        if (d.lower(j).equals("by") && j + 1 < to) {
          int k = j + 1;
          while (k < to && (d.pos(k).equals("DT") || d.pos(k).equals("PRP$"))) {
            k++; // "by the U.N. war crimes court"
          }
          int[] chunk = k < to ? chunkForward(k, to) : null;
          if (chunk != null) {
            List<Event.Actor> out = actors(chunk[0], chunk[1]);
            if (!out.isEmpty()) {
              return out;
            }
            Event.Actor any = actor(chunk[0], chunk[1], null, true);
            return any == null ? List.of() : List.of(any);
          }
        }
        if (d.lower(j).equals(",") || d.lower(j).equals(";")) {
          break;
        }
      }
      return List.of();
    }

    /** Participants named inside a nominal trigger's phrase: "IS offensive", "Israeli raids". */
    List<Event.Actor> inside(Trigger t, int from) {
      int j = t.at - 1;
      int start = t.at;
      while (j >= from && (d.pos(j).startsWith("NNP") || d.pos(j).equals("JJ")
          || d.pos(j).equals("POS") || d.pos(j).equals("HYPH") || placeAt[j] != null
          || mentionAt[j] != null)) {
        start = j;
        j--;
      }
      if (start < t.at && (named(start, t.at - 1) || d.pos(t.at - 1).startsWith("NN"))) {
        List<Event.Actor> out = actors(start, t.at - 1);
        if (!out.isEmpty()) {
          return out;
        }
      }
      // "an attack by X"
      return byAgent(t.last + 1, Math.min(d.size(), t.last + 3));
    }

    /** The noun chunk ending at {@code j}, as {first, last}, or null. */
    int[] chunk(int j, int start) {
      if (!nominalTag(j)) {
        return null;
      }
      int first = j;
      while (first - 1 >= start && (nominalTag(first - 1) || joins(first - 1, start))) {
        first--;
      }
      while (first < j && !nominalTag(first)) {
        first++;
      }
      return new int[] {first, j};
    }

    int[] chunkForward(int j, int to) {
      if (!nominalTag(j)) {
        return null;
      }
      int last = j;
      while (last + 1 < to && (nominalTag(last + 1) || (joinsForward(last + 1, to)))) {
        last++;
      }
      while (last > j && !nominalTag(last)) {
        last--;
      }
      return new int[] {j, last};
    }

    /** A token glued to a hyphen before it: "led" in "US-led". */
    private boolean hyphenated(int i) {
      return i > 0 && d.end(i - 1) == d.start(i) && (d.word(i - 1).endsWith("-") || d.isHyphen(i - 1));
    }

    private boolean nominalTag(int i) {
      if (hyphenated(i)) {
        return true; // "US-led"
      }
      String p = d.pos(i);
      return p.startsWith("NN") || p.equals("JJ") || p.equals("CD") || p.equals("PRP")
          || p.equals("POS") || p.equals("HYPH") || mentionAt[i] != null;
    }

    /**
     * "and", "of" and determiners inside a participant's phrase: a run of them ("and the",
     * "of its") joins when a noun-chunk word stands before it.
     */
    private boolean joins(int i, int start) {
      int k = i;
      while (k > start && joinWord(k)) {
        k--;
      }
      return k < i && k >= start && nominalTag(k) && !joinWord(k)
          && (d.lower(k + 1).equals("and") || d.lower(k + 1).equals("of")
          || d.lower(k + 1).equals("&") || d.pos(k + 1).equals("POS"));
    }

    private boolean joinWord(int i) {
      String w = d.lower(i);
      return w.equals("and") || w.equals("of") || w.equals("&") || d.pos(i).equals("DT")
          || d.pos(i).equals("PRP$");
    }

    private boolean joinsForward(int i, int to) {
      String w = d.lower(i);
      return i + 1 < to && (w.equals("and") || w.equals("of") || d.pos(i).equals("DT"))
          && nominalTag(i + 1) && (w.equals("of") ? d.capitalised(i + 1) : true);
    }

    /** A chunk that names someone: an entity, a country or a demonym. */
    private boolean named(int first, int last) {
      for (int i = first; i <= last; i++) {
        if (mentionAt[i] != null && mentionAt[i].entity() != null
            && !"GROUP".equals(mentionAt[i].type()) // "its forces" describes, it does not name
            || placeAt[i] != null && placeAt[i].countryCode() != null) {
          return true;
        }
      }
      return false;
    }

    /** A chunk holding a country or a demonym: countries are participants, not scenery. */
    private boolean country(int first, int last) {
      for (int i = first; i <= last; i++) {
        if (placeAt[i] != null && standsForState(placeAt[i])) {
          return true;
        }
      }
      return false;
    }

    /** A country, a demonym or a capital (which stands for its government: "an admission by Moscow"). */
    private static boolean standsForState(Place p) {
      return "demonym".equals(p.kind()) || p.featureCode() != null
          && (p.featureCode().startsWith("PCL") || p.featureCode().equals("PPLC"));
    }

    private boolean onlyPlace(int first, int last) {
      for (int i = first; i <= last; i++) {
        Mention m = mentionAt[i];
        boolean place = placeAt[i] != null && !"demonym".equals(placeAt[i].kind());
        if (!place && d.pos(i).startsWith("NN") && (m == null || !"LOCATION".equals(m.type()))) {
          if (lex.sector(d.lower(i)) != null) {
            return false;
          }
        }
        if (m != null && !"LOCATION".equals(m.type()) && placeAt[i] == null) {
          return false;
        }
      }
      return true;
    }

    /**
     * Participants PLOVER codes: a country (by a place, demonym or the actor dictionaries) or a
     * sector (an agent word: "police", "rebels", "officials"; a named group's code). A company,
     * a pronoun or a thing alone is not one.
     */
    static boolean political(List<Event.Actor> xs) {
      for (Event.Actor x : xs) {
        if (x.country() != null || x.sector() != null && !"BUS".equals(x.sector())) {
          return true;
        }
      }
      return false;
    }

    /** A participant that is only a town or region: where the event happened, not whom to. */
    boolean town(Event.Actor r) {
      if (r.entity() == null || r.country() == null || r.span() == null) {
        return false;
      }
      int i = d.tokenAt(r.span().start());
      Place p = i < d.size() ? placeAt[i] : null;
      return p != null && p.featureCode() != null && !standsForState(p)
          && onlyPlace(i, d.tokenAt(r.span().end()) - 1);
    }

    static boolean isPronoun(Event.Actor a) {
      return a.entity() == null && a.name() != null
          && PRONOUNS.contains(a.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The participants of a chunk: one per coordinated name ("Hungarian and Romanian officials"
     * are two), each with its entity, country and sector; none when the chunk names no one.
     */
    List<Event.Actor> actors(int first, int last) {
      List<int[]> parts = new ArrayList<>();
      int s = first;
      for (int i = first; i <= last; i++) {
        if (d.lower(i).equals("and") || d.lower(i).equals(",")) {
          if (i > s) {
            parts.add(new int[] {s, i - 1});
          }
          s = i + 1;
        }
      }
      if (s <= last) {
        parts.add(new int[] {s, last});
      }
      for (int k = 0; k + 1 < parts.size(); k++) {
        int[] p = parts.get(k);
        if (!d.pos(p[1]).startsWith("NN") || placeAt[p[1]] != null && "demonym".equals(placeAt[p[1]].kind())) {
          p[1] = last; // "Sierra Leonean (refugees) and Liberian refugees": the head is shared
        }
      }
      List<Event.Actor> out = new ArrayList<>();
      String sharedSector = null;
      int[] tail = parts.isEmpty() ? null : parts.get(parts.size() - 1);
      if (tail != null) {
        sharedSector = sectorOf(tail[0], tail[1]);
      }
      for (int[] p : parts) {
        Event.Actor a = actor(p[0], p[1], sharedSector, false);
        if (a != null) {
          out.add(a);
        }
      }
      if (!out.isEmpty() && out.size() < parts.size()) {
        // "Czechia and Albania", "Israeli helicopters and tanks": a conjunct of a named
        // participant is one too, named or not
        out.clear();
        for (int[] p : parts) {
          Event.Actor a = actor(p[0], p[1], sharedSector, d.pos(p[1]).startsWith("NN"));
          if (a != null) {
            out.add(a);
          }
        }
      }
      return out;
    }

    /** The sector of a chunk's head noun (or its last two words: "security forces"). */
    private String sectorOf(int first, int last) {
      int head = last;
      for (int i = first; i <= last; i++) {
        if (d.lower(i).equals("of") && i > first) {
          head = i - 1; // "members of X": the head is before "of"
          break;
        }
      }
      String sector = head > first ? lex.sector(d.lower(head - 1) + " " + d.lower(head)) : null;
      return sector != null ? sector : lex.sector(d.lower(head));
    }

    Event.Actor actor(int first, int last, String sharedSector, boolean any) {
      for (int k = first; k < Math.min(last, first + 3); k++) {
        if (d.lower(k).equals("of") && k + 1 <= last && QUANTIFIERS.contains(d.lower(k - 1 >= first ? k - 1 : k))) {
          first = k + 1; // "scores of refugees", "thousands of Nigerians", "one third of …"
          break;
        }
      }
      while (last > first && TIME_WORDS.contains(d.lower(last))) {
        last--;
      }
      while (first < last && (d.pos(first).equals("DT") || d.pos(first).equals("CD")
          || d.pos(first).equals("PRP$") || (d.pos(first).equals("JJ") && !d.capitalised(first)
          && placeAt[first] == null))) {
        first++;
      }
      Integer entity = null;
      String country = null;
      String sector = sectorOf(first, last);
      boolean named = false;
      for (int i = first; i <= last; i++) {
        Mention m = mentionAt[i];
        if (m != null && m.entity() != null) {
          named = true;
          if (entity == null || !"LOCATION".equals(m.type())) {
            entity = m.entity(); // a person or organisation before the place it names
          }
        }
        Place p = placeAt[i];
        if (p != null && p.countryCode() != null && country == null) {
          country = iso3(p.countryCode());
          named = true;
        }
      }
      if (entity != null && country == null) {
        country = countryOfEntity(entity);
      }
      EventLexicon.Coded coded = null;
      if (named) {
        Entity e = entity == null ? null : entities.get(entity);
        coded = lex.actor(d.text(first, last));
        if (coded == null && e != null) {
          coded = lex.actor(e.name());
          for (int k = 0; coded == null && k < e.aliases().size(); k++) {
            coded = lex.actor(e.aliases().get(k));
          }
        }
      }
      if (coded != null && coded.sector() != null && entity != null
          && ("REB".equals(coded.sector()) || "UAF".equals(coded.sector()))) {
        sector = coded.sector(); // "Houthi forces": a non-state group, whatever its head noun
      }
      if (coded != null) {
        if (coded.country() != null && (country == null || entity != null
            && mentionAt[first] != null && !"LOCATION".equals(mentionAt[first].type()))) {
          country = coded.country();
        }
        if (sector == null) {
          sector = coded.sector();
        }
      }
      boolean pronoun = first == last && PRONOUNS.contains(d.lower(first));

      if (!named && sector == null && !pronoun && !any) {
        return null;
      }
      if (sector == null && entity != null) {
        Entity e = entities.get(entity);
        if (e != null && e.role() != null) {
          sector = sectorOfWords(e.role());
        }
        if (sector == null && e != null && e.organization() != null) {
          sector = sectorOfWords(e.organization());
        }
      }
      if (sector == null) {
        sector = sharedSector;
      }
      Span span = new Span(d.start(first), d.end(last));
      String name = span.of(d.text);
      return new Event.Actor(entity, name, span, country, sector);
    }

    private String sectorOfWords(String words) {
      String[] w = words.toLowerCase(Locale.ROOT).split("[\\s-]+");
      for (int i = w.length - 1; i >= 0; i--) {
        String s = lex.sector(w[i]);
        if (s != null) {
          return s;
        }
      }
      return null;
    }

    /** The country of a named entity: a place it names, or a demonym in its name. */
    private String countryOfEntity(int entity) {
      for (Place p : a.layers().places()) {
        if (p.entity() != null && p.entity() == entity && p.countryCode() != null) {
          return iso3(p.countryCode());
        }
      }
      return null;
    }

    /** The place of an event: the resolved place nearest the trigger, else the article's focus. */
    Event.Where place(int from, int to, int trigger) {
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
      if (best != null) {
        return where(best, "sentence");
      }
      List<String> focus = a.layers().focus() == null ? List.of() : a.layers().focus().places();
      for (String name : focus) {
        for (Place p : a.layers().places()) {
          if (p.resolved() != null && (name.equals(p.resolved()) || name.equals(p.name()))) {
            return where(p, "article");
          }
        }
      }
      return null;
    }

    private static Event.Where where(Place p, String precision) {
      return new Event.Where(p.name(), p.resolved(), iso3(p.countryCode()), p.admin1(), p.lat(),
          p.lon(), p.geonameId(), p.span(), precision);
    }

    Event.When date(Span sentence) {
      for (DateMention dm : a.layers().dates()) {
        if (dm.value() != null && dm.span().start() >= sentence.start()
            && dm.span().end() <= sentence.end() && dm.value().length() >= 10) {
          return new Event.When(dm.value().substring(0, 10), dm.text(), dm.span(), "sentence");
        }
      }
      if (a.published() != null) {
        LocalDate day = a.published().day();
        return new Event.When(day.toString(), null, null, "published");
      }
      return null;
    }

    List<Event.Count> counts(int from, int to, List<Event.Actor> actors) {
      List<Event.Count> out = new ArrayList<>();
      Span sentence = new Span(d.start(from), d.end(to - 1));
      for (Quantity q : a.layers().quantities()) {
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

    /** Who reports what the trigger says happened: a quotation's speaker, a claim's claimant. */
    List<Event.Claimant> claimants(Span trigger) {
      for (Quote q : a.layers().quotes()) {
        if (q.span().start() <= trigger.start() && trigger.end() <= q.span().end()
            && (q.speaker() != null || q.speakerName() != null)) {
          return List.of(new Event.Claimant(q.speaker(), name(q.speaker(), q.speakerName()),
              q.speakerSpan()));
        }
      }
      Claim best = null;
      for (Claim c : a.layers().claims()) {
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
      Entity e = entity == null ? null : entities.get(entity);
      return e != null ? e.name() : fallback;
    }
  }

  private static final java.util.Map<String, java.util.regex.Pattern> WORDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Whether lower-case text holds one of the alternatives as whole words ("bombs?|ieds?"). */
  static boolean has(String text, String alternatives) {
    return WORDS.computeIfAbsent(alternatives,
        a -> java.util.regex.Pattern.compile("\\b(?:" + a + ")\\b")).matcher(text).find();
  }

  static String iso3(String iso2) {
    if (iso2 == null || iso2.length() != 2) {
      return iso2;
    }
    try {
      return new Locale("", iso2).getISO3Country();
    } catch (java.util.MissingResourceException e) {
      return iso2;
    }
  }

  /**
   * One event per happening: events of one type in several sentences whose actors agree (the
   * same entity or the same words, or one of them unknown) and whose places agree are merged,
   * keeping every sentence as evidence, every claimant and every count.
   */
  static List<Event> merge(List<Event> found) {
    List<Event> out = new ArrayList<>();
    for (Event e : found) {
      int into = -1;
      for (int i = 0; i < out.size() && into < 0; i++) {
        Event o = out.get(i);
        if (o.type().equals(e.type()) && o.status().equals(e.status()) && e.happened()
            && actorsAgree(o.actors(), e.actors()) && placesAgree(o.place(), e.place())) {
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
          Math.min(0.95, Math.max(o.confidence(), e.confidence()) + 0.05)));
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
  public static boolean sameHappening(Event a, Event b) {
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
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (Event.Actor x : a) {
      for (Event.Actor y : b) {
        if (x.entity() != null && x.entity().equals(y.entity())) {
          return true;
        }
        if (x.sector() != null && x.sector().equals(y.sector())) {
          return true;
        }
        if (x.name() != null && y.name() != null && (x.name().equalsIgnoreCase(y.name())
            || contains(x.name(), y.name()) || contains(y.name(), x.name()))) {
          return true; // "Islamic State" and "Islamic State militants"
        }
      }
    }
    return false;
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
      if (!seen && !Context.isPronoun(y)) {
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
