package org.sitrep.nlp.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.rules.WordList;

/**
 * Buildings, streets, venues and numbered roads, which no gazetteer holds: placed in the town
 * the article mentions most, with low confidence and kind {@code facility}.
 */
final class Facilities {
  private Facilities() {}

  /** Last words of the names of buildings, streets and venues. */
  private static final Set<String> FACILITY =
      WordList.load("/org/sitrep/nlp/geo/facility.words").words();

  /**
   * Buildings, streets and venues ("Barclays Center", "Royal Street", "MetroHealth Medical
   * Center"): no gazetteer holds them, so they are placed in the town the article mentions most,
   * with low confidence and kind {@code facility}. Without such a town they are left out.
   */
  static List<Place> place(Doc d, List<Mention> mentions, List<Place> places) {
    Map<Long, Integer> count = new HashMap<>();
    Map<Long, Place> byId = new HashMap<>();
    for (Place p : places) {
      if ("P".equals(p.featureClass()) && p.geonameId() != null) {
        count.merge(p.geonameId(), 1, Integer::sum);
        byId.putIfAbsent(p.geonameId(), p);
      }
    }
    Place town = count.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> byId.get(e.getKey())).orElse(null);
    if (town == null) {
      return places;
    }
    List<Place> out = new ArrayList<>();
    for (Place p : places) {
      out.add(p.resolved() == null && isFacility(p.name()) ? in(town, p.span(), p.name(),
          p.entity()) : p);
    }
    for (Mention m : mentions) {
      if (m.type().equals("ORGANIZATION") && !"nominal".equals(m.source())
          && isFacility(m.text()) && places.stream().noneMatch(p -> overlaps(p.span(), m.span()))) {
        out.add(in(town, m.span(), m.text(), m.entity()));
      }
    }
    // Names CoreNLP left untagged: capitalised words ending in a facility word ("Royal Street").
    for (int j = 1; j < d.size(); j++) {
      if (!d.capitalised(j) || !FACILITY.contains(d.lower(j))) {
        continue;
      }
      int i = j;
      while (i - 1 >= 0 && d.sameSentence(i - 1, j) && d.capitalised(i - 1)
          && d.pos(i - 1).startsWith("NNP") && j - i < 4) {
        i--;
      }
      Span span = new Span(d.start(i), d.end(j));
      if (i < j && mentions.stream().noneMatch(m -> overlaps(m.span(), span))
          && out.stream().noneMatch(p -> overlaps(p.span(), span))) {
        out.add(in(town, span, d.text(i, j), null));
      }
    }
    // Roads by number: "the A417", "the M25 motorway", "Highway 19", "Interstate 95", "I-85".
    for (int j = 0; j < d.size(); j++) {
      int i = j;
      boolean road = false;
      if (UK_ROAD.matcher(d.word(j)).matches()) {
        road = j > 0 && d.sameSentence(j - 1, j) && d.lower(j - 1).equals("the")
            || j + 1 < d.size() && ROAD_AFTER.contains(d.lower(j + 1));
      } else if (US_ROAD.matcher(d.word(j)).matches()) {
        road = true;
      } else if (d.word(j).matches("\\d{1,3}") && j > 0 && d.sameSentence(j - 1, j)
          && ROAD_BEFORE.contains(d.word(j - 1))) {
        i = j - 1;
        road = true;
      }
      Span span = new Span(d.start(i), d.end(j));
      if (road && mentions.stream().noneMatch(m -> overlaps(m.span(), span))
          && out.stream().noneMatch(p -> overlaps(p.span(), span))) {
        out.add(in(town, span, d.text(i, j), null));
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern UK_ROAD =
      java.util.regex.Pattern.compile("[AMB]\\d{1,4}(?:\\(M\\))?");
  private static final java.util.regex.Pattern US_ROAD =
      java.util.regex.Pattern.compile("I-\\d{1,3}");
  /** Words after a British road's number: "the M25 motorway". */
  private static final Set<String> ROAD_AFTER =
      WordList.load("/org/sitrep/nlp/geo/road-after.words").words();
  /** Words before a road's number: "Highway 19", "Interstate 95". */
  private static final Set<String> ROAD_BEFORE =
      WordList.load("/org/sitrep/nlp/geo/road-before.words").words();

  /** The name ends in a facility word: "Kingsley Road", "Barclays Center". */
  static boolean isFacility(String name) {
    String[] w = name.split("\\s+");
    return w.length >= 2 && FACILITY.contains(w[w.length - 1].toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static Place in(Place town, Span span, String name, Integer entity) {
    return new Place(span, name, town.resolved(), town.geonameId(), town.lat(), town.lon(),
        town.countryCode(), town.admin1(), town.featureClass(), town.featureCode(), 0.3, entity,
        "facility");
  }
}
