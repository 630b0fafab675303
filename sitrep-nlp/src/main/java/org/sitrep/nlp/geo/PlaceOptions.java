package org.sitrep.nlp.geo;

import java.util.Locale;

/**
 * How the place stage is asked to work: whether each place carries its explanation
 * ({@link org.sitrep.model.Place#explain()}: its best candidates, their scores and reasons), and
 * the country the user says the articles are about, which lifts candidates in it as the
 * article's own countries do ({@link #HINT_SHARE}).
 */
public record PlaceOptions(boolean explain, String countryHint) {
  /** No explanations, no hint: the default output. */
  public static final PlaceOptions DEFAULT = new PlaceOptions(false, null);

  /**
   * What a country hint adds to the country-share feature of the hinted country's candidates:
   * twice the share of the country the article names most (1). At the bundled weights that is
   * about 4 points of score: enough to read "Paris" alone as Paris, Texas with the hint US, not
   * enough against "Paris, France", nor against a France the article names.
   */
  public static final double HINT_SHARE = 2.0;

  /** How many candidates an explanation lists at most. */
  public static final int EXPLAIN_CANDIDATES = 4;

  public PlaceOptions {
    if (countryHint != null) {
      countryHint = countryHint.toUpperCase(Locale.ROOT);
    }
  }

  /**
   * {@code cc} as a country code the gazetteer knows (ISO 3166-1 alpha-2, any case), upper case;
   * an {@link IllegalArgumentException} that says why otherwise.
   */
  public static String countryCode(String cc) {
    String up = cc == null ? "" : cc.strip().toUpperCase(Locale.ROOT);
    if (!up.matches("[A-Z]{2}") || Gazetteer.bundled().country(up) < 0) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code the gazetteer "
          + "knows: '" + cc + "' (e.g. US, GB, FR)");
    }
    return up;
  }
}
