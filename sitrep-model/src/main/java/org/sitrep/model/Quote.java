package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A quotation: its span (marks included), its words, the speaker entity and the span of the
 * words that attribute it ({@code "Konashenkov said"}); {@code via} says how the speaker was
 * found (name, pronoun, nominal, organisation).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(Span span, String text, Integer speaker, String speakerName, Span attribution,
                    String via) {}
