package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A time expression. {@code value} is ISO-8601 (a day, a month, or a season such as
 * {@code 2017-SP}) when it could be anchored on the article's date; otherwise {@code relative}
 * is true and {@code value} is absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateMention(Span span, String text, String value, boolean relative, String anchor) {}
