package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A place mention resolved against the gazetteer: the words in the text ({@code span},
 * {@code name}), the gazetteer entry it means ({@code resolved}, {@code geonameId} when the entry
 * is a GeoNames place, {@code lat}/{@code lon}, {@code countryCode}, {@code admin1},
 * {@code featureClass} A/P/L/H/T/S, {@code featureCode} PCLI/ADM1/PPLA/SEA/AIRP/…), how sure Sitrep is
 * ({@code confidence}, 0–1) and how the words name it ({@code kind}: {@code toponym};
 * {@code demonym}, a people of it; {@code embedded}, inside another name; {@code facility}, a
 * building or street placed in the article's town; {@code held}, a name no gazetteer has, placed
 * at what holds it, "Greenlane, Auckland"; or a landmark's kind). An unresolved mention has no
 * coordinates.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(Span span, String name, String resolved, Long geonameId, Double lat, Double lon,
                    String countryCode, String admin1, String featureClass, String featureCode,
                    double confidence, Integer entity, String kind) {

  /** The same place with another confidence. */
  public Place withConfidence(double confidence) {
    return new Place(span, name, resolved, geonameId, lat, lon, countryCode, admin1, featureClass,
        featureCode, confidence, entity, kind);
  }
}
