package org.sitrep.nlp.attribution;

import java.util.Set;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.doc.Parse;
import org.sitrep.nlp.mention.Gender;
import org.sitrep.nlp.mention.Lexicon;
import org.sitrep.nlp.rules.WordList;

/**
 * Speakers read from a sentence's dependency parse: the subject of a verb (climbing through
 * clauses with no subject of their own), the agent of a passive, the object of "according to",
 * and the entity or description a subject token stands for. The syntax sieves and the claims
 * ask it; {@link Speech} reads the same questions from tags alone.
 */
final class Subjects {
  private final Speech speech;
  private final Doc doc;

  Subjects(Speech speech) {
    this.speech = speech;
    this.doc = speech.doc;
  }

  static boolean inside(Span q, int start) {
    return start >= q.start() && start < q.end();
  }

  /**
   * "He did not address the tweets in which he called her “disgusting”": the same person as
   * the subject of the clause around; cite the outermost pronoun that stands for them. The
   * words that attribute the quotation still run to its own verb and the pronoun before it
   * ("which he called"), as a reader would underline them.
   */
  private Speaker outermost(Parse p, int g, Speaker sp) {
    Speaker best = sp;
    for (int a = p.headOf(g), k = 0; a >= 0 && k < 6; a = p.headOf(a), k++) {
      for (int c : p.children(a)) {
        if (p.relOf(c).equals("nsubj") && doc.pos(c).equals("PRP") && c < g) {
          Speaker outer = speech.pronoun(c, a);
          if (outer != null && outer.entity() == sp.entity()) {
            best = outer;
          }
        }
      }
    }
    if (best == sp || sp.attribution() == null || best.attribution() == null) {
      return best;
    }
    Span words = new Span(Math.min(best.attribution().start(), sp.attribution().start()),
        Math.max(best.attribution().end(), sp.attribution().end()));
    return new Speaker(best.entity(), best.via(), words, best.name(), best.mention(),
        best.organization());
  }

  /** A description of a person ("the 34-year-old mother of three", "a source"). */
  boolean human(Speaker sp) {
    if (sp.mention() == null) {
      return false;
    }
    for (int t = doc.tokenAt(sp.mention().start()); t < doc.size()
        && doc.end(t) <= sp.mention().end(); t++) {
      String w = doc.lemma(t);
      String lw = doc.lower(t);
      if (Gender.ofWord(lw) != Gender.UNKNOWN || Lexicon.ROLES.contains(w)
          || Lexicon.ROLES.contains(lw) || Lexicon.GROUP_NOUNS.contains(w)
          || lw.equals("people") || lw.equals("sources") || lw.equals("author")) {
        return true;
      }
    }
    return false;
  }

  boolean ownSubject(Parse p, int verb, Span q) {
    for (int c : p.children(verb)) {
      if (p.relOf(c).startsWith("nsubj") && !inside(q, doc.start(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * For "…, saying “…”" or "going on to say “…”" (a verb of saying with no subject of its own):
   * the nearest finite verb of saying before it that has one ("Sanders said, going on to say").
   */
  int finiteSayingBefore(Parse p, int verb, Span q) {
    if (Cues.FINITE.contains(doc.pos(verb))) {
      return -1;
    }
    for (int t = verb - 1; t >= p.first(); t--) {
      if (!speech.quoted[t] && Cues.FINITE.contains(doc.pos(t))
          && Lexicon.SAY.contains(doc.lemma(t)) && ownSubject(p, t, q)) {
        return t;
      }
    }
    return -1;
  }

  /** Relations of the words a speaker's phrase does not start with: "of", "and", a comma. */
  private static final Set<String> LEADING_RELATIONS = Set.of("case", "fixed", "punct", "cc",
      "mark");

  private static final Set<String> CLIMB = Set.of("xcomp", "conj", "advcl", "ccomp", "parataxis",
      "dep", "acl", "acl:relcl", "obj", "obl", "nmod", "appos", "iobj");

  /**
   * The subject of verb (or predicate) {@code g}, climbing up to four clauses; a pronoun is
   * cited by the outermost pronoun for the same person (see {@link #outermost}), as quotes are.
   */
  Speaker subjectOf(Parse p, int g, Span q, int depth) {
    return subjectOf(p, g, q, depth, null, true);
  }

  /**
   * {@code from}: the clause climbed from, whose subject {@code g}'s subject controls;
   * {@code outer}: a pronoun is cited by the outermost one for the same person (quotes), else
   * by itself ("He claimed …, although he refused to pledge …": a claim's own "he").
   */
  Speaker subjectOf(Parse p, int g, Span q, int depth, Integer from,
                            boolean outer) {
    if (g < 0 || depth > 4 || inside(q, doc.start(g)) && depth > 0) {
      return null;
    }
    Speaker acc = according(p, g, q);
    if (acc != null) {
      return acc;
    }
    Integer subject = null;
    Integer agent = null;
    for (int c : p.children(g)) {
      String rel = p.relOf(c);
      if (inside(q, doc.start(c))) {
        continue;
      }
      if (rel.equals("nsubj") || rel.equals("nsubj:pass") && (doc.lemma(g).equals("quote")
          || depth > 0 && from != null && doc.pos(from).equals("VBG"))) {
        subject = c;
      } else if (rel.startsWith("obl") && hasCase(p, c, "by")
          && p.children(g).stream().anyMatch(k -> p.relOf(k).equals("aux:pass"))) {
        agent = c;
      }
    }
    if (subject == null && agent == null && Cues.FINITE.contains(doc.pos(g))
        && Lexicon.SAY.contains(doc.lemma(g))) {
      // Inverted "…,” said O'Neill." is often parsed with the speaker as the verb's object;
      // so is a described one ("…,” said a person close to the Clintons.) when the verb
      // follows the quotation.
      for (int c : p.children(g)) {
        String rel = p.relOf(c);
        if (c > g && c <= g + 6 && !inside(q, doc.start(c)) && (doc.pos(c).startsWith("NNP")
            || (doc.pos(c).startsWith("NN") || standsForPeople(p, c)) && doc.start(g) >= q.end())
            && INVERTED.contains(rel)) {
          subject = c;
          break;
        }
      }
    }
    if (subject == null && agent == null && doc.pos(g).startsWith("VB")
        && Lexicon.SAY.contains(doc.lemma(g)) && doc.start(g) >= q.end()) {
      // "“…,” Rep. Elijah E. Cummings (D-Md.) said" parsed badly: the first name between the
      // quotation and its verb of saying.
      for (int t = doc.tokenAt(q.end()); t < g && t < doc.tokenAt(q.end()) + 25; t++) {
        Mention m = speech.mentionAt(doc.start(t));
        if (m != null && m.entity() != null && !"GROUP".equals(m.type())) {
          return new Speaker(m.entity(), Speech.via(m), new Span(m.span().start(), doc.end(g)));
        }
      }
    }
    if (subject == null && agent == null && p.relOf(g).equals("acl")
        && doc.pos(g).startsWith("VB") && p.headOf(g) >= 0
        && Lexicon.SAY.contains(doc.lemma(g)) && doc.pos(p.headOf(g)).startsWith("NNP")
        && !inside(q, doc.start(p.headOf(g)))) {
      subject = p.headOf(g); // "footage of Trump saying “…”"
    }
    Integer who = agent != null ? agent : subject;
    if (who != null) {
      String rel = p.relOf(g);
      Span relative = null;
      if (doc.pos(who).startsWith("W") && rel.equals("acl:relcl")) {
        // "Smith, who said …": the relative pronoun stands for its head, and it is the word
        // that names the speaker in this clause, as "he" would be.
        relative = new Span(doc.start(who), doc.end(who));
        who = p.headOf(g);
        if (p.relOf(who).equals("appos") && p.headOf(who) >= 0) {
          who = p.headOf(who); // "Guerrero, a Republican who described …": Guerrero
        }
      }
      Speaker sp = speakerAt(p, who, g);
      if (sp != null && relative != null) {
        sp = new Speaker(sp.entity(), sp.via(), sp.attribution(), sp.name(), relative);
      }
      if (outer && sp != null && "pronoun".equals(sp.via())) {
        sp = outermost(p, g, sp);
      }
      if (sp != null || !doc.pos(who).startsWith("W")) {
        return sp;
      }
    }
    if (CLIMB.contains(p.relOf(g))) {
      return subjectOf(p, p.headOf(g), q, depth + 1, g, outer);
    }
    return null;
  }

  /** Relations the parse gives the speaker after an inverted verb of saying. */
  private static final Set<String> INVERTED = Set.of("obj", "xcomp", "dep", "iobj");

  /** Words that stand for people as a subject (people-heads.words). */
  private static final Set<String> PEOPLE_HEADS =
      WordList.load("/org/sitrep/nlp/attribution/people-heads.words").words();

  /**
   * A subject that is not a noun but stands for people: a number ("one of the witnesses"), an
   * adjective with its article ("the 46-year-old"), or a quantifier people-heads.words lists
   * ("another", "some").
   */
  private boolean standsForPeople(Parse p, int who) {
    String rel = p.relOf(who);
    boolean inverted = INVERTED.contains(rel) && p.headOf(who) >= 0 && p.headOf(who) < who
        && Lexicon.SAY.contains(doc.lemma(p.headOf(who)));
    if (!rel.startsWith("nsubj") && !inverted) {
      return false; // a subject, or the speaker of "…,” said the 46-year-old" read as object
    }
    String pos = doc.pos(who);
    if (pos.equals("CD")) {
      return true;
    }
    if (pos.startsWith("JJ")) {
      Integer det = child(p, who, "det");
      return det != null && doc.lower(det).equals("the");
    }
    return PEOPLE_HEADS.contains(doc.lower(who));
  }

  /** What a description's phrase runs on with after its head: a clause or an aside. */
  private static final Set<String> ASIDES = Set.of("acl", "acl:relcl", "appos", "parataxis");

  /**
   * The last token of the description headed by {@code who}, before a clause or an aside that
   * follows its head ("said one former executive who requested anonymity to avoid …", "said a
   * strategist for one of these candidates, speaking on the condition of anonymity …"): the
   * description is the phrase up to there; {@code last} when nothing follows.
   */
  private int coreEnd(Parse p, int who, int last) {
    int end = last;
    for (int c : p.children(who)) {
      if (c > who && (ASIDES.contains(p.relOf(c))
          || p.relOf(c).equals("punct") && doc.lower(c).equals(","))) {
        end = Math.min(end, p.subtree(c)[0] - 1);
      }
    }
    while (end > who && (doc.pos(end).equals(",") || p.relOf(end).equals("cc"))) {
      end--;
    }
    return end;
  }

  /** Whether a token of {@code span} (first and last token) is inside quotation marks. */
  private boolean quotes(int[] span) {
    for (int t = span[0]; t <= span[1]; t++) {
      if (speech.quoted[t]) {
        return true;
      }
    }
    return false;
  }

  /** The first child of {@code t} with relation {@code rel}, or null. */
  static Integer child(Parse p, int t, String rel) {
    for (int c : p.children(t)) {
      if (p.relOf(c).equals(rel)) {
        return c;
      }
    }
    return null;
  }

  /** Whether {@code t} has a child whose relation starts with {@code rel} ("nsubj", "aux"). */
  static boolean hasChild(Parse p, int t, String rel) {
    for (int c : p.children(t)) {
      if (p.relOf(c).startsWith(rel)) {
        return true;
      }
    }
    return false;
  }

  boolean hasCase(Parse p, int t, String word) {
    for (int c : p.children(t)) {
      if (p.relOf(c).equals("case") && doc.lower(c).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** "according to X" hanging from {@code t}. */
  Speaker according(Parse p, int t, Span q) {
    for (int c : p.children(t)) {
      if (!inside(q, doc.start(c)) && p.relOf(c).startsWith("obl") && hasCase(p, c, "according")) {
        return speakerAt(p, c, t);
      }
    }
    return null;
  }

  /**
   * The entity a subject token stands for: a pronoun resolved to the person or group before it;
   * the mention covering the token; else the first person, then any name, in its phrase
   * ("a spokesman for the ministry").
   */
  Speaker speakerAt(Parse p, int who, int verb) {
    Speaker pr = speech.pronoun(who, verb);
    if (pr != null) {
      return pr;
    }
    if (doc.pos(who).startsWith("PRP")) {
      return null;
    }
    int[] sub = p.subtree(who);
    Span words = new Span(Math.min(doc.start(sub[0]), doc.start(verb)),
        Math.max(doc.end(sub[1]), doc.end(verb)));
    Mention m = speech.mentionAt(doc.start(who));
    if (m != null && m.entity() != null) {
      return new Speaker(m.entity(), Speech.via(m), words, null, m.span());
    }
    Integer named = speech.bySurname(who);
    if (named != null) {
      return new Speaker(named, "name", words, null, new Span(doc.start(who), doc.end(who)));
    }
    if (doc.pos(who).startsWith("NNP") && !speech.insideQuote(doc.start(who))) {
      // A name the recogniser missed: its own words ("said O'Neill"), not a name further
      // along its phrase.
      int from = who;
      for (int c : p.children(who)) {
        String rel = p.relOf(c);
        if (c < who && (rel.equals("compound") || rel.equals("flat") || rel.equals("nummod")
            || rel.equals("amod"))) {
          from = Math.min(from, c);
        }
      }
      int to = who;
      for (int c : p.children(who)) {
        if (c > who && p.relOf(c).equals("flat")) {
          to = Math.max(to, c);
        }
      }
      Span np = new Span(doc.start(from), doc.end(to));
      return new Speaker(-1, "description", words, doc.text.substring(np.start(), np.end()), np);
    }
    Mention best = null;
    // "a spokeswoman for the ministry", "a statement from X": the phrase's head speaks, with
    // the name in it as its organisation ({@link Described}).
    boolean describing = Described.describing(doc, who) && sub[1] - sub[0] < 12;
    for (Mention k : speech.mentions) {
      // A place inside the phrase does not speak for it ("the situation in Palmyra shows").
      if (k.entity() == null || k.span().start() < doc.start(sub[0])
          || k.span().end() > doc.end(sub[1]) || speech.insideQuote(k.span().start())
          || "LOCATION".equals(k.type()) || describing) {
        continue;
      }
      if (best == null || k.type().equals("PERSON") && !best.type().equals("PERSON")) {
        best = k;
      }
    }
    if (best != null) {
      return new Speaker(best.entity(), Speech.via(best), words, null, best.span());
    }
    // Described, not named: "sources said", "the ad's narrator says", "the poll found",
    // "said one of the witnesses", "said the 46-year-old", "added another".
    // A phrase holding a quotation ("Candidates who think “…” are wrong") is read whole.
    int core = quotes(sub) ? sub[1] : coreEnd(p, who, sub[1]);
    if ((doc.pos(who).startsWith("NN") || standsForPeople(p, who)) && core - sub[0] < 12
        && !speech.insideQuote(doc.start(who))) {
      int from = sub[0];
      while (from < who && LEADING_RELATIONS.contains(p.relOf(from))) {
        from++; // "according to the poll": the poll
      }
      int to = core;
      for (int t = from; t <= sub[1]; t++) {
        if (speech.quoted[t] || doc.pos(t).equals("``")) {
          to = t - 1; // a description ends before any quotation inside its phrase
          break;
        }
      }
      if (to < who) {
        return null;
      }
      Span np = new Span(doc.start(from), doc.end(to));
      return new Speaker(-1, "description", words, doc.text.substring(np.start(), np.end()), np);
    }
    return null;
  }
}
