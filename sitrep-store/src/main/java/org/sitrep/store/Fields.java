package org.sitrep.store;

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
  static final String PUBLISHED = "published";
  static final String INGESTED = "ingested";
  static final String ENTITY = "entity";
  static final String PLACE = "place";
  static final String COUNTRY = "country";
  static final String EVENT = "event";
  static final String BAND = "band";
  static final String MINHASH = "minhash";
  static final String STORY = "story";

  static final String ARTICLE = "article";
  static final String FAILURE = "failure";

  private Fields() {}
}
