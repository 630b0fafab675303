package org.sitrep.nlp.events;

import java.util.Set;
import org.sitrep.nlp.rules.Patterns;
import org.sitrep.nlp.rules.TokenPattern;
import org.sitrep.nlp.rules.WordList;

/** The event rules' word tables, kept as data in {@code events/*.words}; each says what it is for. */
final class EventWords {
  private EventWords() {}

  /** Auxiliaries and verbs that take another verb (lemmas): no trigger unless the CAMEO table codes them. */
  static final Set<String> AUX = load("auxiliaries");

  /** Verbs that make a nominal trigger happen: "launched an offensive", "took part in". */
  static final Set<String> LIGHT = load("light-verbs");

  /** Verbs of moving: with an armed actor they are a mobilisation ("4,000 fighters moved on"). */
  static final Set<String> MOVEMENT = load("movement");

  /** Subordinate clauses that open a sentence: "After arriving in Deir ez-Zor, …". */
  static final Set<String> OPENERS = load("openers");

  /** Light verbs whose own reading yields to the nominal they make happen. */
  static final Set<String> PURE_LIGHT = load("pure-light-verbs");

  /** Words after a nominal trigger that make it happen: "clashes erupted", "a blast killed". */
  static final Set<String> HAPPEN_AFTER = load("happen-after");

  /** Verbs a headline's participle is a passive of even before its closing stop: "suspect arrested." */
  static final Set<String> HEADLINE_PASSIVE = load("headline-passive");

  /** Nouns of a security operation: "a police raid" is who made an arrest told without its agent. */
  static final Set<String> OPERATIONS = load("operations");

  /** Words of an accident, as one alternation: "hit by a car and killed" is no attack. */
  static final String ACCIDENTS = String.join("|", load("accidents").stream()
      .map(java.util.regex.Pattern::quote).toList());

  /** Forms of "be" and "get" before a passive participle: "was attacked". */
  static final Set<String> PASSIVE_AUX = load("passive-aux");

  /** The clause shapes around a trigger, kept as token patterns in events/clauses.patterns. */
  private static final Patterns CLAUSES = Patterns.load("/org/sitrep/nlp/events/clauses.patterns");

  /** A past participle after "be" or "get": "was attacked", "were reportedly killed". */
  static final TokenPattern PASSIVE = CLAUSES.tokens("passive");

  /** A noun followed by the one it is done to: "the arrest of X", "clashes between X and Y". */
  static final TokenPattern NOMINAL_WITH_OBJECT = CLAUSES.tokens("nominal-with-object");

  /** A headline's verb tagged as a noun, between subject and object: "police arrest 3". */
  static final TokenPattern HEADLINE_VERB = CLAUSES.tokens("headline-verb");

  /** Words of harm a number stands before ("12 injured", "two dead"), with the count's kind. */
  static final java.util.Map<String, String> HARM = values("harm");

  /** Number words and their values: "two", "dozen". */
  static final java.util.Map<String, String> NUMBERS = values("numbers");

  /** The "that" that opens a reported clause: "issued a reminder that", "said that". */
  static final TokenPattern THAT_CLAUSE = CLAUSES.tokens("that-clause");

  /** Strong words of an arrest, a killing, force, for the recall pass ({@link Recall}). */
  static final TokenPattern RECALL_ARREST = CLAUSES.tokens("recall-arrest");
  static final TokenPattern RECALL_KILLING = CLAUSES.tokens("recall-killing");
  static final TokenPattern RECALL_FORCE = CLAUSES.tokens("recall-force");

  /** Words naming an institution of public life in an organisation's name: "party", "forum". */
  static final Set<String> INSTITUTIONS = load("institutions");

  /** Words of a sports report: "goals", "saves", "quarterback". */
  static final Set<String> SPORT = load("sport");

  /** Words before a trigger that make it future: "will", "vowed to". */
  static final Set<String> FUTURE = load("future");

  /** Words by which an actor commits itself to a future act: vow, threaten, decide. */
  static final Set<String> COMMITMENT = load("commitment");

  /** Words before a trigger that make it hypothetical: "could", "if". */
  static final Set<String> HYPOTHETICAL = load("hypothetical");

  /** Words before a trigger that negate it: "did not", "refused to". */
  static final Set<String> NEGATION = load("negation");

  /** Modals of obligation: "X said Y must do Z" is a request. */
  static final Set<String> OBLIGATION = load("obligation");

  /** Words that open a relative or subordinate clause: "which", "after". */
  static final Set<String> SUBORDINATE = load("subordinate");

  /** Quantity words before "of" in a participant: "scores of refugees". */
  static final Set<String> QUANTIFIERS = load("quantifiers");

  /** Words before a chunk that open a clause rather than govern the chunk: "that". */
  static final Set<String> COMPLEMENTIZERS = load("complementizers");

  /** Time words NER and the tagger leave inside a noun chunk: "Denmark today". */
  static final Set<String> TIME_WORDS = load("time-words");

  /** Prepositions after which a participant can be the recipient. */
  static final Set<String> RECIPIENT_PREP = load("recipient-prepositions");

  /** After these a place is where, not whom: "attacked in Homs". */
  static final Set<String> SCENERY_PREP = load("scenery-prepositions");

  /** A nominal trigger's target follows these: "an attack on X", "talks with Y". */
  static final Set<String> NOMINAL_TARGET_PREP = load("nominal-target-prepositions");

  /** Exchanges make both sides actors: "X telephoned Y", "X shared … with Y". */
  static final Set<String> EXCHANGE = load("exchange");

  /** Personal pronouns: no recipient, and an actor that yields to the speaker. */
  static final Set<String> PRONOUNS = load("pronouns");

  private static java.util.Map<String, String> values(String name) {
    return WordList.load("/org/sitrep/nlp/events/" + name + ".words").values();
  }

  private static Set<String> load(String name) {
    return WordList.load("/org/sitrep/nlp/events/" + name + ".words").words();
  }
}
