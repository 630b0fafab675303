package org.sitrep.nlp.attribution;

import java.util.List;

/**
 * The verb of saying nearest the quotation in its own sentences (its last, then its first),
 * read by tags alone ({@link Speech#subject}): ",” Konashenkov said", "said the ministry".
 */
final class OwnSentenceSieve implements Sieve {
  @Override
  public Speaker find(Quotation q) {
    Speaker speaker = null;
    for (int s : List.of(q.last(), q.first())) {
      if (speaker == null) {
        speaker = q.speech().nearest(s, q.span());
      }
    }
    return speaker;
  }
}
