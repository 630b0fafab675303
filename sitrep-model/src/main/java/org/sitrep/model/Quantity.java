package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A count of people or things: "some 4,000 terrorists" is value 4000, bound "approx", counting
 * "terrorists". {@code low}/{@code high} hold the bounds the modifier implies ("more than 5,000":
 * low 5000, no high). When the count sits in reported speech, {@code claimedBy} is the entity
 * that said it. {@code unit} is set for money (an ISO 4217 code: "USD") and percentages
 * ("percent"); {@code category} says what a count of people is when the text says it
 * ("killed", "wounded", "arrested", "displaced", "troops", "protesters") and is "money" or
 * "percentage" for those.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quantity(Span span, String text, double value, String bound, Double low, Double high,
                       String counts, Span countsSpan, Integer claimedBy, String claimedByName,
                       String unit, String category) {}
