package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A quotation: its span (marks included), its words, the speaker entity and the span of the
 * words that attribute it ({@code "Konashenkov said"}); {@code via} says how the speaker was
 * found (name, pronoun, nominal, organisation, continued, description). A speaker the text
 * describes without naming ("the announcer said") has no entity id: {@code speakerName} holds
 * those words and {@code speakerSpan} where they stand. {@code organization} (an entity id) and
 * {@code organizationName} are the organisation a described speaker speaks for ("a spokeswoman
 * for the ministry") or the issuer of a document ("the statement said"); {@code confidence}
 * (0 to 1) is how often a speaker found this way is right.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(Span span, String text, Integer speaker, String speakerName, Span attribution,
                    String via, Span speakerSpan, Integer organization,
                    String organizationName, Double confidence) {
  public Quote(Span span, String text, Integer speaker, String speakerName, Span attribution,
               String via) {
    this(span, text, speaker, speakerName, attribution, via, null);
  }

  public Quote(Span span, String text, Integer speaker, String speakerName, Span attribution,
               String via, Span speakerSpan) {
    this(span, text, speaker, speakerName, attribution, via, speakerSpan, null, null, null);
  }
}
