package org.sitrep.nlp.events;

import static org.sitrep.nlp.events.EventWords.AUX;
import static org.sitrep.nlp.events.EventWords.HAPPEN_AFTER;
import static org.sitrep.nlp.events.EventWords.LIGHT;
import static org.sitrep.nlp.events.EventWords.MOVEMENT;
import static org.sitrep.nlp.events.EventWords.OBLIGATION;
import static org.sitrep.nlp.events.EventWords.OPENERS;
import static org.sitrep.nlp.events.EventWords.PURE_LIGHT;
import static org.sitrep.nlp.events.EventWords.SUBORDINATE;
import static org.sitrep.nlp.events.EventWords.TIME_WORDS;

import java.util.List;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Lexicon;

/**
 * Trigger finding: the first trigger of a sentence outside relative clauses, verbs before nouns.
 * A verb is read with PETRARCH2's CAMEO dictionary and its phrase patterns; a noun of the
 * nominal table counts when a light verb before it or a verb after it makes it happen
 * ("launched an offensive", "clashes erupted").
 */
final class Triggers {
  private final EventDoc x;
  private final Doc d;
  private final EventLexicon lex;
  private final Modality modality;
  /** Nominal types that name a happening with the one they are done to and no verb. */
  /** PLOVER's types of force: the only ones a later clause or a recalled word tells. */
  static final java.util.Set<String> FORCE = java.util.Set.of("ASSAULT", "COERCE");

  Triggers(EventDoc x, Modality modality) {
    this.x = x;
    this.d = x.d;
    this.lex = x.lex;
    this.modality = modality;
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
      if (nominal != null && pos.equals("VBN") && !EventWords.PASSIVE.endsAt(d, i, from)) {
        continue; // "clashes … left 12 injured": the participle completes the nominal's verb
      }
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
          && modality.reported(from, i)) {
        return new Trigger(i, i, new EventLexicon.Plover("REQUEST", null), false, -1);
      }
      if (pos.startsWith("NN") && headline(i, from, to)) {
        Trigger t = verb(i, to);
        if (t != null) {
          return t; // "police arrest 3 in raid": a headline's verb, tagged as a noun
        }
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
    EventLexicon.Plover own = x.verbType(i, to);
    if (own != null && own.type().equals("NONE")) {
      return null; // "beat the Lakers", "think", "hit a record": not this verb's event sense
    }
    if ((Lexicon.SAY.contains(lemma) || AUX.contains(lemma)) && own == null) {
      return null;
    }
    if (x.hyphenated(i)) {
      return null; // "US-led": part of a compound word
    }
    if ((d.pos(i).equals("VBN") || d.pos(i).equals("VBG")) && i + 1 < to
        && d.pos(i + 1).startsWith("NN") && (i == 0 || d.sentence(i - 1) != d.sentence(i)
        || d.pos(i - 1).equals("DT") || d.pos(i - 1).equals("PRP$") || d.pos(i - 1).equals("JJ")
        || d.pos(i - 1).equals("POS"))) {
      return null; // "Ousted President Akayev", "the defeated Fatah Party": an adjective
    }
    if ("VBN".equals(d.pos(i)) && i > 0 && i + 1 < to && d.pos(i + 1).startsWith("NN")
        && (d.word(i - 1).equals(",") || d.pos(i - 1).equals("IN"))) {
      return null; // "On 3 April, suspected militiamen abducted", "by wounded soldiers"
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
        boolean joined = k == 0 || d.isHyphen(i + k) || d.isHyphen(i + k - 1);
        sb.append(joined ? "" : " ").append(k == n - 1 ? singular(i + k) : d.lower(i + k));
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
        if (d.pos(j).startsWith("VB") && !Arguments.passiveAux(d, j)
            && !d.pos(j).equals("VBG")) {
          break;
        }
      }
      if (FORCE.contains(p.type()) && last + 1 < to
          && EventWords.NOMINAL_WITH_OBJECT.endsAt(d, last + 1, from)) {
        return new Trigger(i, last, p, true, -1); // "the arrest of X", "clashes between X and Y"
      }
      return null;
    }
    return null;
  }

  /**
   * Whether the noun at {@code i} is a headline's verb: right after the noun phrase that opens
   * the sentence or a clause, before its object, in a sentence without a finite verb ("police
   * arrest 3").
   */
  private boolean headline(int i, int from, int to) {
    if (i - 1 < from || i + 1 >= to || !EventWords.HEADLINE_VERB.endsAt(d, i + 1, from)) {
      return false;
    }
    int[] subject = x.chunk(i - 1, from);
    if (subject == null || subject[0] > from + 1 && !"IN".equals(d.pos(subject[0] - 1))) {
      return false; // its subject opens the sentence, or a clause: "two dead as police clash"
    }
    return !x.finiteVerb(from, to);
  }

  private String singular(int i) {
    String w = d.lower(i);
    String lemma = d.lemma(i);
    return d.pos(i).equals("NNS") && lemma != null ? lemma : w;
  }
}
