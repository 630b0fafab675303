package org.sitrep.nlp.attribution;

import org.sitrep.model.Span;

/**
 * A speaker: the entity (or -1 for one described, not named), how it was read ({@code via}:
 * "name", "organization", "nominal", "pronoun", "author", "description", "document",
 * "transcript", "continued"), the words that attribute the speech, the words that stand for the
 * speaker, and the organisation (an entity, or -1) a described speaker speaks for or a document
 * comes from ({@link Described}).
 */
public record Speaker(int entity, String via, Span attribution, String name, Span mention,
                      int organization) {
  public Speaker(int entity, String via, Span attribution) {
    this(entity, via, attribution, null, null);
  }

  public Speaker(int entity, String via, Span attribution, String name, Span mention) {
    this(entity, via, attribution, name, mention, -1);
  }

  /** True for a speaker the text describes but does not name ("a source", "the ad"). */
  public boolean described() {
    return entity < 0;
  }
}
