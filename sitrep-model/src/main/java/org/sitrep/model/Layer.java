package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The names of an article's layers, shared by stages (what they require and produce), by
 * {@link Layers} (which ones are done) and by the store (which ones a stored page has). Adding a
 * layer is one constant here plus the stage that produces it.
 */
public enum Layer {
  /** The clean body itself: every article has it. */
  TEXT,
  SENTENCES,
  TOKENS,
  MENTIONS,
  ENTITIES,
  PLACES,
  QUOTES,
  /** Reported speech that is not a direct quotation, with its claimant. */
  CLAIMS,
  QUANTITIES,
  DATES,
  /** Who did what to whom: PLOVER events with their arguments, evidence and claimant. */
  EVENTS;

  /** The name in JSON and in the store: the constant in lower case. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Layer of(String id) {
    return valueOf(id.strip().toUpperCase(Locale.ROOT));
  }
}
