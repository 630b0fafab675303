package org.sitrep.nlp.attribution;

/**
 * A quotation that goes on from the last one, in its paragraph or the one after, with no other
 * person named between them, keeps its speaker ({@code via} "continued").
 */
final class ContinuedSieve implements Sieve {
  @Override
  public Speaker find(Quotation q) {
    Speaker before = q.previousSpeaker();
    if (q.previous() == null || before == null
        || !q.paragraphs().within(q.previous(), q.span(), 1)
        || q.speech().personBetween(q.previous().end(), q.span().start(), before.entity())) {
      return null;
    }
    return new Speaker(before.entity(), "continued", before.attribution(), before.name(),
        before.mention());
  }
}
