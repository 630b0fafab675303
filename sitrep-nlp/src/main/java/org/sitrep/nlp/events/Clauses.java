package org.sitrep.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Lexicon;

/**
 * The later clauses of a sentence that may tell a further event after its first trigger: after
 * a ";" ("militants ambushed a patrol; 2 soldiers were killed"), a clause or a verb coordinated
 * by "and" or "but" ("and police arrested 12", "police fired tear gas and arrested 12", "was
 * shot by a trooper and later jailed") or a participle of force after a comma ("…, killing 3
 * civilians"). A coordinated verb or a participle has no subject of its own: it shares the
 * first clause's. And the reduced clauses anywhere in it ("the Marine killed last week").
 */
final class Clauses {
  /** Adverbs between "and" and its verb: "and later jailed". */
  private static final Set<String> BETWEEN = Set.of("later", "then", "subsequently", "also",
      "eventually", "afterwards", "allegedly", "reportedly");
  /** Types a participle after a comma tells as a further event: "…, killing 3". */

  /**
   * A later clause: its tokens {@code from} to {@code to} (exclusive), and whether its subject
   * is the first clause's (a coordinated verb or a participle without one of its own).
   */
  record Clause(int from, int to, boolean shared) {}

  /** Tags of a short subject: "the police", "two officers", "he". */
  private static final Set<String> NOUN_PHRASE = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS",
      "CD", "PRP", "PRP$", "POS");

  /** Words after a reduced clause's participle: "killed last week", "arrested in the raid". */
  private static final Set<String> AFTER_REDUCED = Set.of("last", "earlier", "yesterday", "in",
      "on", "at", "during", "while", "near", "outside", ",", ".");

  private final EventDoc x;
  private final Doc d;
  private final Triggers triggers;

  Clauses(EventDoc x, Triggers triggers) {
    this.x = x;
    this.d = x.d;
    this.triggers = triggers;
  }

  /**
   * The clauses after the first trigger's (which ends at {@code after}) up to {@code to}; none
   * past a relative or subordinate word (its "and" may coordinate inside it: "a man who shot and
   * killed his wife"), until a ";" starts a new clause.
   */
  List<Clause> after(int after, int to) {
    List<int[]> starts = new ArrayList<>(); // start, shared
    boolean subordinate = false;
    for (int j = after; j < to - 1; j++) {
      String w = d.lower(j);
      if (w.equals(";")) {
        subordinate = false;
        starts.add(new int[] {j + 1, 0});
      } else if (EventWords.SUBORDINATE.contains(w) || w.equals("that")) {
        subordinate = true;
      } else if (subordinate) {
        continue;
      } else if (w.equals(",") && participle(j + 1, to)) {
        starts.add(new int[] {j + 1, 1});
      } else if ((w.equals("and") || w.equals("but")) && coordinated(j + 1, to)) {
        starts.add(new int[] {j + 1, 1});
      } else if ((w.equals("and") || w.equals("but")) && subjectAndVerb(j + 1, to)) {
        starts.add(new int[] {j + 1, 0});
      }
    }
    List<Clause> out = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1)[0] - 1 : to;
      out.add(new Clause(starts.get(k)[0], end, starts.get(k)[1] == 1));
    }
    return out;
  }

  /**
   * The participles of reduced clauses of {@code from} to {@code to} that tell what was done to
   * the noun before them: "the Marine killed last week", "two men arrested in the raid" (a verb
   * only ever done to someone, right after a noun, before a time, a preposition or the end).
   */
  List<Integer> reduced(int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int j = from + 1; j < to - 1; j++) {
      if (reducedAt(j, from, to)) {
        out.add(j);
      }
    }
    return out;
  }

  /**
   * Whether the verb at {@code j} is a reduced clause's participle ({@link #reduced}): not the
   * sentence's main verb, which is a finite verb before or after it ("buried the soldier killed
   * last week", "two men arrested in the raid were freed"); "Police arrested at least 20" has
   * none.
   */
  boolean reducedAt(int j, int from, int to) {
    String pos = d.pos(j);
    return j > from + 1 && j + 1 < to && (pos.equals("VBN") || pos.equals("VBD"))
        && d.pos(j - 1).startsWith("NN") && EventWords.HEADLINE_PASSIVE.contains(d.lemma(j))
        && reducedEnd(j + 1) && (x.finiteVerb(from, j - 1) || x.finiteVerb(j + 1, to));
  }

  /** Whether the words at {@code j} can follow a reduced clause's participle. */
  private boolean reducedEnd(int j) {
    String w = d.lower(j);
    return AFTER_REDUCED.contains(w) || "DATE".equals(d.ner(j)) || "TIME".equals(d.ner(j));
  }

  /** A participle of force right after a comma: ", killing 3 civilians", ", wounding 5". */
  private boolean participle(int j, int to) {
    if (j >= to || !"VBG".equals(d.pos(j)) || Lexicon.SAY.contains(d.lemma(j))) {
      return false;
    }
    Trigger t = triggers.verb(j, to);
    return t != null && t.plover() != null && Triggers.FORCE.contains(t.plover().type());
  }

  /** A short noun phrase and a finite verb after "and": "and police arrested 12 of them". */
  private boolean subjectAndVerb(int j, int to) {
    for (int k = j; k < Math.min(to, j + 6); k++) {
      String pos = d.pos(k);
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return k > j;
      }
      if (!NOUN_PHRASE.contains(pos)) {
        return false;
      }
    }
    return false;
  }

  /** A finite verb or participle right after "and" (adverbs aside): "and arrested 12". */
  private boolean coordinated(int j, int to) {
    while (j < to && BETWEEN.contains(d.lower(j))) {
      j++;
    }
    if (j >= to) {
      return false;
    }
    String pos = d.pos(j);
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBN");
  }
}
