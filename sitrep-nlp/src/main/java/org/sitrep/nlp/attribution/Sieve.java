package org.sitrep.nlp.attribution;

/**
 * One way a quotation's speaker is found, after Stanford CoreNLP's quote attribution: the
 * sieves run in the order {@code sieves.txt} lists them ({@link Sieves}) and the first that
 * finds a speaker decides; the speaker's {@code via} says how its words were read.
 */
interface Sieve {
  /** The quotation's speaker, or null to leave it to the next sieve. */
  Speaker find(Quotation q);
}
