package org.sitrep.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Properties;

/**
 * The one CoreNLP pipeline of a process, built on first use (it takes seconds and ~2 GB) and
 * shared by every thread: CoreNLP's annotate is safe to call concurrently for these annotators.
 *
 * <p>Configuration, and why: tokenize, ssplit, pos, lemma, ner only. Fine-grained NER is off
 * (it tags "attacks" as CAUSE_OF_DEATH and costs time); SUTime and the numeric classifiers are
 * off because Sitrep reads numbers and dates with its own cheaper extractors; paragraphs
 * (blank lines) always end a sentence. No parser and no coref: speakers and aliases come from
 * Sitrep's rules over the tags, which is what keeps annotation at ≥10 articles/s.
 */
public final class CoreNlp {
  private static volatile StanfordCoreNLP pipeline;

  private CoreNlp() {}

  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("tokenize.options", "untokenizable=noneDelete,quotes=unicode");
    return p;
  }

  public static StanfordCoreNLP get() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (CoreNlp.class) {
        p = pipeline;
        if (p == null) {
          // CoreNLP narrates every model it loads on stderr; Sitrep's own output says enough.
          RedwoodConfiguration.current().clear().apply();
          p = new StanfordCoreNLP(properties());
          pipeline = p;
        }
      }
    }
    return p;
  }
}
