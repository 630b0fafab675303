package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A document that could not be processed: which one, in which stage, and why. It is reported,
 * counted by reason and stored; it never ends a run.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Failure(
    @JsonProperty("schemaVersion") int schemaVersion,
    @JsonProperty("id") String id,
    @JsonProperty("source") String source,
    @JsonProperty("error") Error error) implements Result {

  /** Where and why: {@code stage} names the pipeline step, {@code reason} is one sentence. */
  public record Error(String stage, String reason) {}

  public static Failure of(String id, String source, String stage, String reason) {
    return new Failure(Article.SCHEMA_VERSION, id, source, new Error(stage, reason));
  }

  /** The reason with its details (sizes, names) cut off, for counting failures by kind. */
  public String kind() {
    String r = error.reason();
    int cut = r.indexOf(" (");
    return error.stage() + ": " + (cut > 0 ? r.substring(0, cut) : r);
  }
}
