package org.sitrep.model;

/** A token with its sentence index, part of speech, lemma and named-entity tag. */
public record Token(Span span, int sentence, String pos, String lemma, String ner) {}
