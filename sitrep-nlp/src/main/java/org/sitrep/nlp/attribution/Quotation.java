package org.sitrep.nlp.attribution;

import org.sitrep.model.Span;

/**
 * A quotation the sieves look for a speaker of: its span, its first and last sentence, the
 * article's paragraphs, and the quotation before it with the speaker found for the last one
 * that had one (for a quotation that goes on from it).
 */
record Quotation(Speech speech, Span span, int first, int last, Paragraphs paragraphs,
                 Span previous, Speaker previousSpeaker) {}
