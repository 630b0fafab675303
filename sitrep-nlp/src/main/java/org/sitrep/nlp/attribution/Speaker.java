package org.sitrep.nlp.attribution;

import org.sitrep.model.Span;

/**
 * A speaker: the entity (or -1 for one described, not named), how it was read ({@code via}:
 * "name", "organization", "nominal", "pronoun", "author", "description", "transcript",
 * "continued"), the words that attribute the speech, and the words that stand for the speaker.
 */
public record Speaker(int entity, String via, Span attribution, String name, Span mention) {
  public Speaker(int entity, String via, Span attribution) {
    this(entity, via, attribution, null, null);
  }

  /** True for a speaker the text describes but does not name ("a source", "the ad"). */
  public boolean described() {
    return entity < 0;
  }
}
