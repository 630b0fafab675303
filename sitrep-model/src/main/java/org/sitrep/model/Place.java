package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A place mention resolved against the gazetteer: the words in the text ({@code span},
 * {@code name}), the gazetteer entry it means ({@code resolved}, {@code geonameId} when the entry
 * is a GeoNames place, {@code lat}/{@code lon}, {@code countryCode}, {@code admin1},
 * {@code featureClass} A/P/L/H/T/S, {@code featureCode} PCLI/ADM1/PPLA/SEA/AIRP/…), how sure Sitrep is
 * ({@code confidence}, 0–1) and how the words name it ({@code kind}: {@code toponym};
 * {@code demonym}, a people of it; {@code embedded}, inside another name; {@code facility}, a
 * building or street placed in the article's town; {@code held}, a name no gazetteer has, placed
 * at what holds it, "Greenlane, Auckland"; or a landmark's kind). An unresolved mention has no
 * coordinates. {@code explain}, only when asked for (null otherwise, and then not written), is
 * why the resolver read it so: its best candidates, best first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(Span span, String name, String resolved, Long geonameId, Double lat, Double lon,
                    String countryCode, String admin1, String featureClass, String featureCode,
                    double confidence, Integer entity, String kind, List<Candidate> explain) {

  /** A place without explanation. */
  public Place(Span span, String name, String resolved, Long geonameId, Double lat, Double lon,
               String countryCode, String admin1, String featureClass, String featureCode,
               double confidence, Integer entity, String kind) {
    this(span, name, resolved, geonameId, lat, lon, countryCode, admin1, featureClass,
        featureCode, confidence, entity, kind, null);
  }

  public Place {
    explain = explain == null ? null : List.copyOf(explain);
  }

  /**
   * One candidate the resolver weighed for a place name: the gazetteer entry ({@code name},
   * {@code id}: a GeoNames id or a region's code, {@code countryCode}, {@code admin1},
   * {@code featureCode}), its score and softmax {@code share} among the candidates, and the
   * reasons that made the score, largest first ("population 24,782 (+4.72)"), with the rules
   * that narrowed the candidates on the chosen one ("rule: …").
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Candidate(String name, String id, String countryCode, String admin1,
                          String featureCode, double score, double share, List<String> reasons) {
    public Candidate {
      reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
  }

  /** The same place with another confidence. */
  public Place withConfidence(double confidence) {
    return new Place(span, name, resolved, geonameId, lat, lon, countryCode, admin1, featureClass,
        featureCode, confidence, entity, kind, explain);
  }

  /** The same place with this explanation (null: none). */
  public Place withExplain(List<Candidate> explain) {
    return new Place(span, name, resolved, geonameId, lat, lon, countryCode, admin1, featureClass,
        featureCode, confidence, entity, kind, explain);
  }
}
