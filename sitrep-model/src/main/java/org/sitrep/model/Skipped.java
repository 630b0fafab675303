package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An input that is not an article and was passed over on purpose: JSON data, a licence text,
 * Markdown, a special file, a folder read before through another link. Reported and counted,
 * never stored; not a failure.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Skipped(
    @JsonProperty("schemaVersion") int schemaVersion,
    @JsonProperty("id") String id,
    @JsonProperty("source") String source,
    @JsonProperty("skipped") String skipped) implements Result {

  public static Skipped of(String id, String source, String kind) {
    return new Skipped(Article.SCHEMA_VERSION, id, source, kind);
  }
}
