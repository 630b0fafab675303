package org.sitrep.nlp.attribution;

import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.rules.WordList;

/**
 * Quotation marks around the writer's own words: a scare quote or a term ("arriving “unhampered”
 * in Deir ez-Zor", "no “break” should be given", "promoting “magic” weight loss pills"), not
 * anyone's speech. A quotation is speech when it is a clause or a fragment a cue, a colon or its
 * own sentence ties to a speaker; a term is one quoted word, no verb, used inside the writer's
 * sentence (the writer's words on both sides, the sentence going on after it), not as a
 * characterisation ("a “bully”", "as “false”", "was “disgusting”", "“Christian” as their
 * religion", "“disgusting” and “a con”": what someone called someone), with no verb of saying
 * or naming and no other quotation near it ("called the deal “fraud”"). In news most short
 * quoted phrases are someone's words (PolNeAR counts them as quotations): a longer phrase, or one
 * word in any of those places, stays a quotation.
 */
final class Terms {
  /** The most words a term has: quoted phrases of two words or more are mostly someone's words. */
  static final int MAX_WORDS = 1;
  /**
   * Words (lemmas) beside a quoted word that make it a characterisation someone made: an
   * indefinite article, "as", a copula.
   */
  private static final Set<String> CHARACTERISING =
      WordList.load("/org/sitrep/nlp/attribution/characterising.words").words();
  /**
   * How many tokens either side of a term hold no verb of saying or naming and no other
   * quotation: speech nearer than that quotes the words ("said the election was “rigged”").
   */
  static final int CUE_DISTANCE = 6;
  /** Verb tags that make a clause or a verb phrase of what is quoted ("“use it to regroup”"). */
  private static final Set<String> VERB_TAGS = Set.of("VB", "VBD", "VBZ", "VBP", "MD");

  private Terms() {}

  /** Whether quotation {@code q} (marks included) holds the writer's words, not speech. */
  static boolean term(Speech speech, Span q) {
    Doc doc = speech.doc;
    int open = doc.tokenAt(q.start());
    int close = doc.lastToken(new Span(q.start(), q.end()));
    if (open >= doc.size() || close <= open || !doc.sameSentence(open, close)) {
      return false;
    }
    int words = 0;
    for (int i = open; i <= close; i++) {
      if (doc.start(i) < q.start() + 1 || doc.end(i) > q.end() - 1) {
        continue; // the marks
      }
      String pos = doc.pos(i);
      if (VERB_TAGS.contains(pos)) {
        return false;
      }
      if (Character.isLetterOrDigit(doc.word(i).codePointAt(0))) {
        words++;
      } else if (".,;:!?".contains(doc.word(i))) {
        return false; // "“… a con,” she said": speech ends with its own punctuation
      }
    }
    if (words == 0 || words > MAX_WORDS) {
      return false;
    }
    // The writer's words on both sides in the same sentence, the sentence going on after it.
    int before = open - 1;
    int after = close + 1;
    if (!doc.sameSentence(before, open) || !doc.sameSentence(after, close)
        || !word(doc, before) || !word(doc, after)) {
      return false;
    }
    if (CHARACTERISING.contains(doc.lemma(before)) || CHARACTERISING.contains(doc.lemma(after))
        || doc.pos(before).equals("CC") || doc.pos(after).equals("CC")) {
      return false; // "a “bully”", "was “disgusting”", "“Christian” as …", "“disgusting” and …"
    }
    return cueDistance(speech, open, close) > CUE_DISTANCE;
  }

  /**
   * How many tokens from the quotation (marks at tokens {@code open} and {@code close}) the
   * nearest speech of its sentence stands: a verb of saying or naming outside quotations, or
   * another quotation (one speaker quoted in pieces: "“only experience in cybersecurity” was her
   * “criminal” attempt"); MAX_VALUE when there is none.
   */
  static int cueDistance(Speech speech, int open, int close) {
    Doc doc = speech.doc;
    int best = Integer.MAX_VALUE;
    for (int i = open - 1; i >= 0 && doc.sameSentence(i, open) && best == Integer.MAX_VALUE; i--) {
      if (speech(speech, i)) {
        best = open - i;
      }
    }
    for (int i = close + 1; i < doc.size() && doc.sameSentence(i, close) && i - close < best; i++) {
      if (speech(speech, i)) {
        best = i - close;
      }
    }
    return best;
  }

  /** Token {@code i} is a quotation mark, quoted, or a verb of saying or naming. */
  private static boolean speech(Speech speech, int i) {
    Doc doc = speech.doc;
    return speech.quoted[i] || doc.pos(i).equals("``") || doc.pos(i).equals("''")
        || doc.pos(i).startsWith("VB") && Cues.saying(doc, i);
  }

  /** A word (not a punctuation mark or a quotation mark). */
  private static boolean word(Doc doc, int i) {
    return Character.isLetterOrDigit(doc.word(i).codePointAt(0));
  }
}
