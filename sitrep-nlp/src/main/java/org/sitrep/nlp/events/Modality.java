package org.sitrep.nlp.events;

import static org.sitrep.nlp.events.EventWords.COMMITMENT;
import static org.sitrep.nlp.events.EventWords.FUTURE;
import static org.sitrep.nlp.events.EventWords.HYPOTHETICAL;
import static org.sitrep.nlp.events.EventWords.NEGATION;
import static org.sitrep.nlp.events.EventWords.OBLIGATION;

import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Lexicon;

/**
 * Status and reporting: whether a trigger happened, is future, hypothetical or negated (by the
 * words before it), the verb of saying or the "that" that reports it, and a "must" in a clause
 * after it that makes the sentence a request.
 */
final class Modality {
  private final Doc d;
  private final EventLexicon lex;

  Modality(EventDoc x) {
    this.d = x.d;
    this.lex = x.lex;
  }

  /** The status of a trigger by the words before it: happened, future, hypothetical or negated. */
  String status(int from, int verbAt, Trigger t) {
    return status(from, verbAt, t.at());
  }

  /** The status of the word at {@code at} by the words before it (a verb of saying's too). */
  String status(int from, int verbAt, int at) {
    String status = "happened";
    for (int j = windowStart(from, verbAt); j < at; j++) {
      if ("DATE".equals(d.ner(j))) {
        continue; // "On 19 May 2020, separatists ambushed …": the month is no modal
      }
      String w = d.lower(j);
      String lemma = d.lemma(j);
      if (NEGATION.contains(w) || NEGATION.contains(lemma)) {
        return "negated";
      }
      if (FUTURE.contains(w) || FUTURE.contains(lemma)) {
        status = "future";
      } else if (HYPOTHETICAL.contains(w) && "happened".equals(status)
          || HYPOTHETICAL.contains(lemma) && d.pos(j).startsWith("VB") && "happened".equals(status)) {
        status = "hypothetical";
      }
    }
    return status;
  }

  /**
   * Whether a future trigger is one its actor commits to ("vowed to attack", "threatened to
   * expel", "is ready to talk"), not one the writer only foresees ("will", "is expected to").
   */
  boolean committed(int from, int verbAt, Trigger t) {
    for (int j = windowStart(from, verbAt); j < t.at(); j++) {
      if (COMMITMENT.contains(d.lower(j)) || COMMITMENT.contains(d.lemma(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the words that set a trigger's status start: five words before {@code verbAt},
   * not counting determiners, prepositions and "to" ("had no knowledge of any efforts to urge").
   */
  private int windowStart(int from, int verbAt) {
    int j = verbAt;
    int words = 0;
    while (j > from && words < 5) {
      j--;
      String pos = d.pos(j);
      if (!pos.equals("DT") && !pos.equals("IN") && !pos.equals("TO") && !pos.equals("PDT")) {
        words++;
      }
    }
    return j;
  }

  /** Whether a verb of saying or a "that" stands between {@code from} and the trigger. */
  boolean reported(int from, int trigger) {
    return sayBefore(from, trigger) >= 0 || thatBefore(from, trigger) >= 0;
  }

  /**
   * The verb before a "that" that opens the trigger's clause ("issued a reminder that …", the
   * {@code that-clause} shape of events/clauses.patterns).
   */
  int thatBefore(int from, int trigger) {
    for (int j = trigger - 1; j > from; j--) {
      if (EventWords.THAT_CLAUSE.endsAt(d, j, from)) {
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

  /**
   * Where the words after a trigger stop being its own clause: at a "while", "whereas" or ";",
   * or at the comma before a trailing verb of saying ("launched an offensive, ministry
   * spokesman X said"), so that who reports an event is never read as whom it is done to.
   */
  int clauseEnd(int from, int to) {
    int comma = -1;
    for (int j = from; j < to; j++) {
      String w = d.lower(j);
      if (w.equals(";") || w.equals("while") || w.equals("whereas")) {
        return j;
      }
      if (w.equals(",")) {
        comma = j;
      } else if (comma >= 0 && d.pos(j).startsWith("VB") && Lexicon.SAY.contains(d.lemma(j))) {
        return comma;
      }
    }
    return to;
  }

  /**
   * The verb of saying of a trailing report after the trigger's clause, which ends at
   * {@code end} ({@link #clauseEnd}): "Portugal will support …, President Soares said"; or -1.
   */
  int sayAfter(int end, int to) {
    if (end >= to || !d.lower(end).equals(",")) {
      return -1;
    }
    for (int j = end + 1; j < to; j++) {
      if (d.pos(j).startsWith("VB") && Lexicon.SAY.contains(d.lemma(j))) {
        return j;
      }
    }
    return -1;
  }

  /** A "must"/"should" in a that-clause after the trigger ("… that China must drop …"), or -1. */
  int obligationAfter(int from, int to) {
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
}
