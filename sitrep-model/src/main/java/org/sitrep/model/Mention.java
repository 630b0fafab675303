package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A name or group in the text: PERSON, ORGANIZATION, LOCATION, GROUP ("Syrian forces",
 * "jihadists") or NOMINAL ("the ministry spokesman"). {@code entity} is the id of the entity it
 * was clustered into, once entities exist; {@code source} says which tagger found it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Mention(int id, Span span, String text, String type, String source, Integer entity) {
  public Mention withEntity(int entityId) {
    return new Mention(id, span, text, type, source, entityId);
  }
}
