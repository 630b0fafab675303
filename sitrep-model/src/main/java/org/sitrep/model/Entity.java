package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One person, organisation, place or group, with every name the article uses for it. For people,
 * {@code role} and {@code organization} come from appositions ("the ministry spokesman
 * Major-General Igor Konashenkov").
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Entity(int id, String type, String name, List<String> aliases, String role,
                     String organization, List<Integer> mentions) {
  public Entity {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
