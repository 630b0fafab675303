package org.sitrep.store;

import org.sitrep.model.MinHash;

/** Names of the index fields, in one place. */
final class Fields {
  static final String ID = "id";
  static final String KIND = "kind";
  static final String SOURCE = "source";
  static final String STAMP = "stamp";
  static final String JSON = "json";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String SECTION = "section";
  static final String SITE = "site";
  static final String LANGUAGE = "language";
  /** Instant of publication in epoch millis (doc values, for ordering). */
  static final String PUBLISHED = "published";
  /** Day of publication where published, as an epoch day (points, for --since/--until). */
  static final String PUBLISHED_DAY = "published_day";
  /** Coordinates of the article's resolved places (LatLonPoint). */
  static final String GEO = "geo";
  /** The annotation layers a stored page has. */
  static final String LAYERS = "layers";
  /** Set on an article a stage of which failed or ran out of budget: the next ingest retries it. */
  static final String INCOMPLETE = "incomplete";
  static final String INGESTED = "ingested";
  static final String ENTITY = "entity";
  /** An entity's corpus key ({@link org.sitrep.model.EntityNames#key}), for every type but places. */
  static final String ENTITY_KEY = "entity_key";
  /** A person's full-name key under its surname (surname, unit separator, key): the surname join. */
  static final String ENTITY_SURNAME = "entity_surname";
  /** The key of an entity the article calls a PERSON: what most articles call a key decides. */
  static final String ENTITY_PERSON = "entity_person";
  static final String PLACE = "place";
  static final String COUNTRY = "country";
  static final String EVENT = "event";
  /**
   * An event type (as in {@link #EVENT}) with the confidence of one such event, as
   * "type\t0.812345" (six decimals, rounded down), and "\t0.812345" for any type, so a term
   * range finds the articles with an event at least as sure.
   */
  static final String EVENT_CONFIDENCE = "event_confidence";
  /** LSH band keys, on a story's first page only (see Stories). */
  static final String HEAD_BAND = "headband";
  /** The MinHash signature (binary doc values). */
  static final String MINHASH = "minhash";
  /** A hash of the body: tells a duplicate (same body) from a replacement. */
  static final String TEXT_HASH = "texthash";
  static final String STORY = "story";

  static final String ARTICLE = "article";
  static final String FAILURE = "failure";

  private Fields() {}
}
