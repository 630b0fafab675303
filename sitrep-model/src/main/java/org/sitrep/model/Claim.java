package org.sitrep.model;

/**
 * Reported speech that is not a direct quotation: "the Russian Defense Ministry said some 4,000
 * terrorists were sent to Palmyra", "according to the United Nations, more than 2,500 civilians
 * …". {@code span} is the content (what is claimed), {@code claimant} the entity id of who
 * claims it (null when the text does not say), {@code cue} the words that report it ("said",
 * "according to") and {@code via} how the claimant was found. A claimant the text describes
 * but does not name ("sources said", "the poll found") has no entity id: its name is those words
 * and {@code claimantSpan} where they stand. {@code organization}, {@code organizationName} and
 * {@code confidence} are as for a {@link Quote}.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Claim(Span span, String content, Integer claimant, String claimantName,
                    Span claimantSpan, Span cue, Span attribution, String via,
                    Integer organization, String organizationName, Double confidence) {
}
