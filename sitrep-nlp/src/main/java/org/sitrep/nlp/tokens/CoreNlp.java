package org.sitrep.nlp.tokens;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.FastTagger;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP pipelines of a process, built on first use (seconds, ~1.5 GB) and shared by every
 * thread: CoreNLP's annotate is safe to call concurrently for these annotators.
 *
 * <p>Configuration, and why: tokenize, ssplit, pos (CoreNLP's tagger and model scored by
 * {@link FastTagger}, same tags at about half the cost), then lemmas (only verbs and plural nouns
 * need work), then ner. Fine-grained NER is off
 * (it tags "attacks" as CAUSE_OF_DEATH and costs time); SUTime and the numeric classifiers are
 * off because Sitrep reads numbers and dates with its own cheaper extractors; paragraphs
 * (blank lines) always end a sentence. No parser and no coref: speakers and aliases come from
 * Sitrep's rules over the tags.
 *
 * <p>NER runs only around words that can be names (proper nouns, acronyms, capitalised words
 * after a sentence's first), one word of context on each side; every other token gets "O"
 * without running the CRF. Which NER models run is
 * in {@link #NER_MODELS} (the comparison that chose them is in docs/design-notes.md). Both can be
 * changed for measuring (read once, when the pipelines are built): {@code -Dsitrep.ner.models=a,b},
 * {@code -Dsitrep.ner.margin=N} (negative: whole sentences that hold a proper noun),
 * {@code -Dsitrep.ner.select=false} (NER over every sentence), {@code -Dsitrep.ner.off=true}.
 */
public final class CoreNlp {
  /**
   * Two of CoreNLP's three default English models: all.3class (PERSON, ORGANIZATION, LOCATION)
   * and muc.7class, whose tags keep dates, money and organisations from being read as places;
   * conll.4class (MISC) is left out. Chosen by measurement (docs/design-notes.md): it loses at most
   * 0.005 on place recognition and speaker accuracy for a third less NER.
   */
  public static final String NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
      + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

  private static volatile CoreNlp instance;

  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP ner;
  /** Part-of-speech tags by {@link FastTagger}; null when CoreNLP's own tagger runs in {@link #tagger}. */
  private final POSTaggerAnnotator pos;
  private final boolean select;
  /** Context tokens each side of a name-like word that NER sees; negative: whole sentences. */
  private final int margin;
  private final boolean nerOff;
  public static final int MARGIN = 1;

  private CoreNlp() {
    // CoreNLP narrates every model it loads on stderr; Sitrep's own output says enough.
    RedwoodConfiguration.current().clear().apply();
    Properties pre = base();
    boolean stockPos = Boolean.getBoolean("sitrep.pos.stock");
    pre.setProperty("annotators", stockPos ? "tokenize,ssplit,pos" : "tokenize,ssplit");
    this.tagger = new StanfordCoreNLP(pre);
    // CoreNLP's tagger and model, scored without the work that does not change a tag
    // (FastTagger: the same tags, bit for bit; -Dsitrep.pos.stock=true runs CoreNLP's own).
    this.pos = stockPos ? null
        : new POSTaggerAnnotator(new FastTagger(DefaultPaths.DEFAULT_POS_MODEL), Integer.MAX_VALUE, 1);
    Properties n = base();
    n.setProperty("annotators", "ner");
    n.setProperty("enforceRequirements", "false");
    this.ner = new StanfordCoreNLP(n);
    this.select = !"false".equals(System.getProperty("sitrep.ner.select"));
    this.margin = Integer.getInteger("sitrep.ner.margin", MARGIN);
    this.nerOff = Boolean.getBoolean("sitrep.ner.off");
  }

  private static Properties base() {
    Properties p = new Properties();
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("tokenize.options", "untokenizable=noneDelete,quotes=unicode");
    String models = System.getProperty("sitrep.ner.models", NER_MODELS);
    if (!models.isBlank()) {
      p.setProperty("ner.model", models);
    }
    return p;
  }

  public static CoreNlp get() {
    CoreNlp c = instance;
    if (c == null) {
      synchronized (CoreNlp.class) {
        c = instance;
        if (c == null) {
          c = new CoreNlp();
          instance = c;
        }
      }
    }
    return c;
  }

  /** Tokens, sentences, tags, lemmas and named-entity tags of {@code doc}. */
  public void annotate(Annotation doc) {
    tagger.annotate(doc);
    if (pos != null) {
      pos.annotate(doc);
    }
    lemmas(doc.get(CoreAnnotations.TokensAnnotation.class));
    if (nerOff) { // measuring only: the cost without NER
      for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
        t.setNER("O");
      }
      return;
    }
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (!select || all == null) {
      ner.annotate(doc);
      return;
    }
    List<CoreMap> named = new ArrayList<>();
    for (CoreMap s : all) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel t : tokens) {
        t.setNER("O");
      }
      if (margin < 0) {
        if (mayHoldAName(s)) {
          named.add(s);
        }
        continue;
      }
      // Only the stretches around name-like words go through the CRF, with enough words of
      // context on each side that its features (a few words wide) see what they would see in
      // the whole sentence; the same token objects, so the tags land in the sentence.
      for (int[] w : windows(tokens, margin)) {
        CoreMap part = new ArrayCoreMap();
        // A copy of the window (the same token objects): CoreNLP's code then always sees an
        // ArrayList, as it does everywhere else, instead of a sub-list view whose other class
        // made HotSpot recompile its NER methods again and again.
        part.set(CoreAnnotations.TokensAnnotation.class,
            new ArrayList<>(tokens.subList(w[0], w[1])));
        part.set(CoreAnnotations.TextAnnotation.class, "");
        named.add(part);
      }
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, named);
    try {
      ner.annotate(doc);
    } finally {
      doc.set(CoreAnnotations.SentencesAnnotation.class, all);
    }
  }

  private static final ThreadLocal<Morphology> MORPHA = ThreadLocal.withInitial(Morphology::new);

  /**
   * Lemmas where they differ from the word: verbs and plural nouns, by CoreNLP's Morphology
   * (what its lemma annotator runs on every token); other words are their own lemma.
   */
  public static void lemmas(List<CoreLabel> tokens) {
    Morphology m = MORPHA.get();
    for (CoreLabel t : tokens) {
      String tag = t.tag();
      if (tag != null && (tag.startsWith("VB") || tag.equals("NNS") || tag.equals("NNPS"))) {
        t.setLemma(m.lemma(t.word(), tag));
      } else {
        t.setLemma(t.word());
      }
    }
  }

  /**
   * Token ranges [from, to) around name-like tokens (proper nouns, acronyms, capitalised words
   * after the first), widened by {@code margin} tokens and merged when they touch.
   */
  public static List<int[]> windows(List<CoreLabel> tokens, int margin) {
    List<int[]> out = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      if (!nameLike(tokens.get(i), i)) {
        continue;
      }
      int from = Math.max(0, i - margin);
      int to = Math.min(n, i + margin + 1);
      if (!out.isEmpty() && out.get(out.size() - 1)[1] >= from) {
        out.get(out.size() - 1)[1] = to;
      } else {
        out.add(new int[] {from, to});
      }
    }
    return out;
  }

  private static boolean nameLike(CoreLabel t, int index) {
    String w = t.word();
    return isProperNoun(t) || isAcronym(w)
        || index > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** A proper noun or an all-capitals word (an acronym): else no name can be in it. */
  public static boolean mayHoldAName(CoreMap sentence) {
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      if (isProperNoun(t) || isAcronym(t.word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isProperNoun(CoreLabel t) {
    return "NNP".equals(t.tag()) || "NNPS".equals(t.tag());
  }

  /** Two or more letters, all capitals: "NATO", "U.S.". */
  private static boolean isAcronym(String w) {
    return w.length() >= 2 && Character.isUpperCase(w.charAt(0))
        && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
