package org.sitrep.nlp.mention;

import java.util.Set;

/** Closed word lists the rules lean on; each list says what it is for. */
public final class Lexicon {
  private Lexicon() {}

  /** Nouns that name armed or civil groups: "Syrian forces", "jihadists", "IS fighters". */
  public static final Set<String> GROUP_NOUNS = Set.of("militant", "fighter", "jihadist", "terrorist",
      "rebel", "insurgent", "force", "troop", "soldier", "army", "police", "policeman",
      "protester", "protestor", "demonstrator", "civilian", "refugee", "gunman", "extremist",
      "separatist", "militia", "militiaman", "guerrilla", "combatant", "paramilitary", "marine",
      "jihadi", "islamist", "loyalist", "opposition", "mercenary", "settler", "migrant",
      "worker", "student", "activist", "official", "officer", "commando", "sniper", "bomber");

  /** Group nouns that are also roles of one person; as a group they need a plural. */
  public static final Set<String> ROLE_LIKE_GROUPS = Set.of("official", "officer");

  /** Roles a person holds: "the ministry spokesman", "Russia's military official". */
  public static final Set<String> ROLES = Set.of("spokesman", "spokeswoman", "spokesperson",
      "minister", "president", "premier", "chancellor", "commander", "general", "official",
      "secretary", "chief", "head", "leader", "director", "ambassador", "envoy", "governor",
      "mayor", "analyst", "correspondent", "reporter", "officer", "adviser", "advisor",
      "negotiator", "representative", "diplomat", "lawmaker", "senator", "chairman",
      "chairwoman", "chair", "ceo", "founder", "king", "queen", "prince", "emir", "sheikh",
      "cleric", "imam", "prosecutor", "judge", "witness", "resident", "source", "expert",
      "researcher", "professor", "coordinator", "deputy", "monitor");

  /** Heads of organisation nominals: "the ministry", "the defense ministry". */
  public static final Set<String> ORG_NOUNS = Set.of("ministry", "government", "coalition", "military",
      "army", "administration", "agency", "department", "council", "committee", "parliament",
      "office", "embassy", "company", "firm", "group", "organization", "organisation",
      "commission", "court", "party", "alliance", "federation", "union", "authority",
      "authorities", "cabinet", "regime", "junta", "observatory");

  /** Verbs of saying (lemmas) that attribute speech. */
  public static final Set<String> SAY = Set.of("say", "tell", "add", "stress", "note", "state",
      "claim", "warn", "announce", "explain", "insist", "write", "declare", "observe", "argue",
      "accuse", "deny", "confirm", "report", "assert", "allege", "emphasize", "emphasise",
      "underline", "reiterate", "comment", "remark", "tweet", "post", "acknowledge", "admit",
      "suggest", "predict", "estimate", "quote", "cite", "continue", "conclude", "recall",
      "yell", "shout", "scream", "quip", "joke", "reply", "respond", "ask", "chant",
      "whisper", "mutter", "exclaim", "plead", "retort", "interject", "muse", "recount", "sing",
      "boast", "testify", "caution", "urge", "vow", "pledge", "promise", "concede", "complain",
      "contend", "proclaim", "thunder");

  /**
   * Word forms that cue an attribution, with the share of their occurrences that do in
   * PolNeAR's train split ("noted" 0.97, "endorsed" 0.70), learnt by
   * {@code scripts/build-cue-lexicon.py} into {@code attribution/cues.tsv}: read on verbs only.
   */
  public static final java.util.Map<String, Double> LEARNT_CUES = shares("/org/sitrep/nlp/attribution/cues.tsv");

  /**
   * Per cue word, the share of Sitrep's own claims with that cue that were right on PolNeAR's
   * train split (at least five claims), learnt by {@code sitrep train claims} into
   * {@code attribution/claim-precision.tsv}.
   */
  public static final java.util.Map<String, Double> CLAIM_PRECISION =
      shares("/org/sitrep/nlp/attribution/claim-precision.tsv");

  /** A learnt table's fourth column by its first: word, two counts, share (# lines comment). */
  private static java.util.Map<String, Double> shares(String resource) {
    java.util.Map<String, Double> out = new java.util.HashMap<>();
    try (java.io.InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.put(f[0], Double.parseDouble(f[3]));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return java.util.Map.copyOf(out);
  }

  /** Verbs of saying that can open a sentence before their speaker: "Said Ellis: “…”". */
  public static final Set<String> INVERTED_SAY = Set.of("said", "says", "added", "adds", "asked",
      "asks", "wrote", "writes", "noted", "notes", "explained", "explains", "tweeted", "tweets",
      "continued", "continues", "recalled", "recalls", "replied", "replies");

  /** Titles and ranks written before a name: "Major-General Igor Konashenkov". */
  public static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "lord",
      "lady", "president", "prime", "minister", "general", "major", "colonel", "lieutenant",
      "captain", "sergeant", "admiral", "brigadier", "marshal", "commander", "senator",
      "governor", "mayor", "king", "queen", "prince", "princess", "sheikh", "emir", "imam",
      "rev", "father", "pope", "ayatollah", "chancellor", "secretary", "ambassador", "judge",
      "gen", "lt", "col", "maj", "capt", "sgt", "adm", "brig", "rep", "sen", "gov", "pres",
      "chief", "deputy", "foreign", "defense", "defence", "interior", "state", "vice");

  /** Prepositions after which an untagged proper noun is a place: "in Deir ez-Zor". */
  public static final Set<String> LOCATIVE = Set.of("in", "near", "from", "to", "at", "outside",
      "around", "into", "towards", "toward", "across", "inside", "via", "through");

  /** Particles inside Arabic and other transliterated names: "Deir ez-Zor", "Abu Bakr al-Baghdadi". */
  public static final Set<String> NAME_PARTICLES = Set.of("al", "el", "ez", "ad", "as", "ar", "az",
      "an", "at", "ash", "ed", "es", "bin", "ibn", "abu", "bint", "de", "del", "der", "van",
      "von", "la", "le", "da", "di", "dos", "du");
}
