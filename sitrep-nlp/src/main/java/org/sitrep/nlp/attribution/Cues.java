package org.sitrep.nlp.attribution;

import java.util.Set;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Lexicon;
import org.sitrep.nlp.rules.DepPattern;
import org.sitrep.nlp.rules.Patterns;
import org.sitrep.nlp.rules.WordList;

/**
 * The words that cue speech: verbs of saying (outside quotations), "according to", verbs that
 * name what they quote ("called it “…”"), reporting verbs ("believe", "urge") and the verb
 * forms learnt from PolNeAR's train split ("endorsed", "vowed").
 */
public final class Cues {
  /** Finite verb tags: a verb that can have a subject of its own. */
  static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /** The claims reader's clause shapes, dependency patterns in attribution/clauses.patterns. */
  private static final Patterns CLAUSES =
      Patterns.load("/org/sitrep/nlp/attribution/clauses.patterns");

  /** A verb trailing the clause it reports, as parataxis: "…, the ministry said." */
  static final DepPattern TRAILING_PARATAXIS = CLAUSES.deps("trailing-parataxis");

  /** A verb of saying with its own subject trailing its clause as dep. */
  static final DepPattern TRAILING_SAY = CLAUSES.deps("trailing-say");

  /** A verb with an auxiliary hung on as dep: "…, has brought billions". */
  static final DepPattern DEP_VERB_WITH_AUX = CLAUSES.deps("dep-verb-with-aux");

  /** A finite verb hung on as dep. */
  static final DepPattern DEP_FINITE_VERB = CLAUSES.deps("dep-finite-verb");
  private static final Set<String> NAMING =
      WordList.load("/org/sitrep/nlp/attribution/naming.words").words();
  /** Verbs that report what someone says or holds, beyond the verbs of saying. */
  static final Set<String> REPORTING =
      WordList.load("/org/sitrep/nlp/attribution/reporting.words").words();
  /** Reporting verbs whose object (not only a clause) is the claim: "cited the polls". */
  static final Set<String> OBJECT_CLAIMS =
      WordList.load("/org/sitrep/nlp/attribution/object-claims.words").words();

  /**
   * The share of a learnt cue's occurrences that were attributions, from which it counts
   * (the table holds forms from 0.15, seen as a cue at least twice). Chosen on PolNeAR dev
   * (claims end-to-end F1) with forms seen five times or more: 0.1 0.493, 0.2 0.509, 0.3 0.499,
   * 0.5 0.478, 0.6 0.458; later, with forms seen twice or more: 0.1 0.551, 0.15 0.558,
   * 0.2 0.555, 0.3 0.540 (five times or more and 0.2: 0.545); quotes are unaffected.
   * {@code -Dsitrep.cues.share=X} to measure another.
   */
  public static final double LEARNT_SHARE = Double.parseDouble(System.getProperty("sitrep.cues.share",
      "0.15"));

  private Cues() {}

  /**
   * The share of right claims below which a cue word's claims are left out: a claim right with
   * probability p raises an F1 near 0.6 only when p is above half of it, ~0.3 (not tuned);
   * {@code -Dsitrep.claims.precision=0} keeps them all ({@code sitrep train claims} does).
   */
  public static double minClaimPrecision() {
    return Double.parseDouble(System.getProperty("sitrep.claims.precision", "0.3"));
  }

  /** Whether token {@code i} is a verb of saying (by tag and lemma; quotation not checked). */
  static boolean says(Doc doc, int i) {
    return doc.pos(i).startsWith("VB") && Lexicon.SAY.contains(doc.lemma(i));
  }

  /** Whether verb {@code verb}'s lemma says or names what it quotes ("said", "called"). */
  static boolean saying(Doc doc, int verb) {
    String l = doc.lemma(verb);
    return Lexicon.SAY.contains(l) || NAMING.contains(l);
  }

  /** A verb of saying, or the "according" of "according to". */
  static boolean speechCue(Doc doc, int i) {
    return says(doc, i)
        || doc.lower(i).equals("according") && i + 1 < doc.size()
        && doc.lower(i + 1).equals("to");
  }

  /** A verb whose form cued an attribution in at least LEARNT_SHARE of its occurrences in train. */
  static boolean learnt(Doc doc, int i) {
    return doc.pos(i).startsWith("VB") && Lexicon.LEARNT_CUES.getOrDefault(doc.lower(i), 0.0)
        >= LEARNT_SHARE;
  }

  /** A reporting verb ("believe", "urge"). */
  static boolean reporting(Doc doc, int i) {
    return doc.pos(i).startsWith("VB") && REPORTING.contains(doc.lemma(i));
  }
}
