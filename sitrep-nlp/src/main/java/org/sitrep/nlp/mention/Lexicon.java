package org.sitrep.nlp.mention;

import org.sitrep.nlp.rules.WordList;
import java.util.Set;

/** Closed word lists the rules lean on; each list says what it is for. */
public final class Lexicon {
  private Lexicon() {}

  /** Nouns that name armed or civil groups: "Syrian forces", "jihadists", "IS fighters". */
  public static final Set<String> GROUP_NOUNS = WordList.load("/org/sitrep/nlp/mention/group-nouns.words").words();

  /** Group nouns that are also roles of one person; as a group they need a plural. */
  public static final Set<String> ROLE_LIKE_GROUPS = WordList.load("/org/sitrep/nlp/mention/role-like-groups.words").words();

  /** Roles a person holds: "the ministry spokesman", "Russia's military official". */
  public static final Set<String> ROLES = WordList.load("/org/sitrep/nlp/mention/roles.words").words();

  /** Heads of organisation nominals: "the ministry", "the defense ministry". */
  public static final Set<String> ORG_NOUNS = WordList.load("/org/sitrep/nlp/mention/org-nouns.words").words();

  /** Verbs of saying (lemmas) that attribute speech. */
  public static final Set<String> SAY = WordList.load("/org/sitrep/nlp/mention/say.words").words();

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
  public static final Set<String> INVERTED_SAY = WordList.load("/org/sitrep/nlp/mention/inverted-say.words").words();

  /** Titles and ranks written before a name: "Major-General Igor Konashenkov". */
  public static final Set<String> TITLES = WordList.load("/org/sitrep/nlp/mention/titles.words").words();

  /** Prepositions after which an untagged proper noun is a place: "in Deir ez-Zor". */
  public static final Set<String> LOCATIVE = WordList.load("/org/sitrep/nlp/mention/locative.words").words();

  /** Particles inside Arabic and other transliterated names: "Deir ez-Zor", "Abu Bakr al-Baghdadi". */
  public static final Set<String> NAME_PARTICLES = WordList.load("/org/sitrep/nlp/mention/name-particles.words").words();
}
