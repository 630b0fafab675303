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
 * Places no gazetteer holds: buildings, streets, venues, bases, valleys and rivers named whole
 * ({@link WholeNames}) and numbered roads. Each is placed in the town or region the text puts it
 * in ("Kingsley Road in Estey's Bridge", "the Napa Valley, California"), else at the place
 * that holds it by name ("Henry County Jail"), else in the town the article mentions most, else in its most mentioned region, with low confidence and kind
 * {@code facility} (roads and spots) or {@code feature} (land and water), its feature word
 * giving its feature class. Without any such place it stays a place name without coordinates.
 */
final class Facilities {
  private Facilities() {}

  /** Confidence of a place located only by the town or region that holds it. */
  static final double CONFIDENCE = 0.3;

  /** Words between a facility and the town that holds it: "in", "near", ",". */
  private static final Set<String> WITHIN =
      WordList.load("/org/sitrep/nlp/geo/within.words").words();

  /**
   * The places, each facility or feature the gazetteer lacks placed where the text puts it,
   * and the numbered roads added.
   */
  static List<Place> place(Doc d, List<Mention> mentions, List<Place> places) {
    Place town = mostMentioned(places, "P");
    if (town == null) {
      town = mostMentioned(places, "A");
    }
    List<Place> out = new ArrayList<>();
    for (Place p : places) {
      boolean held = "held".equals(p.kind());
      String fc = p.resolved() == null || held ? WholeNames.featureClass(p.name()) : null;
      if (fc == null) {
        out.add(p);
        continue;
      }
      Place holder = holder(d, p, places);
      holder = holder != null ? holder : held ? p : town;
      out.add(holder == null ? unplaced(p, fc) : in(holder, p.span(), p.name(), p.entity(), fc));
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
        Place numbered = new Place(span, d.text(i, j), null, null, null, null, null, null, "R",
            null, 0, null, "facility");
        out.add(town == null ? numbered : in(town, span, numbered.name(), null, "R"));
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

  /** The name starts or ends in a feature word: "Kingsley Road", "Barclays Center". */
  static boolean isFacility(String name) {
    return WholeNames.featureClass(name) != null;
  }

  /** The resolved place of feature class {@code fc} the article names most, or null. */
  private static Place mostMentioned(List<Place> places, String fc) {
    Map<String, Integer> count = new HashMap<>();
    Map<String, Place> byName = new HashMap<>();
    for (Place p : places) {
      if (fc.equals(p.featureClass()) && p.resolved() != null && !"facility".equals(p.kind())
          && !"demonym".equals(p.kind()) && (fc.equals("P") || "ADM1".equals(p.featureCode())
          || "ADM2".equals(p.featureCode()))) {
        String key = p.resolved() + "/" + p.countryCode() + "/" + p.admin1();
        count.merge(key, 1, Integer::sum);
        byName.putIfAbsent(key, p);
      }
    }
    return count.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> byName.get(e.getKey())).orElse(null);
  }

  /**
   * The town or region that holds {@code p}, right after it ("Kingsley Road in Estey's
   * Bridge", "the Napa Valley, California") or as its possessor ("Seoul's Jamsil Stadium").
   */
  private static Place holder(Doc d, Place p, List<Place> places) {
    int first = d.tokenAt(p.span().start());
    int last = d.lastToken(p.span());
    int next = last + 1;
    boolean possessed = first > 1 && d.pos(first - 1).equals("POS");
    boolean within = next < d.size() && d.sameSentence(last, next)
        && WITHIN.contains(d.lower(next));
    if (!possessed && !within) {
      return null;
    }
    for (Place q : places) {
      boolean at = possessed && d.lastToken(q.span()) == first - 2
          || within && d.tokenAt(q.span().start()) == next + 1;
      if (q.resolved() != null && at
          && ("P".equals(q.featureClass()) || "A".equals(q.featureClass())
          && !(q.featureCode() != null && q.featureCode().startsWith("PCL")))
          && !"demonym".equals(q.kind())) {
        return q;
      }
    }
    return null;
  }

  /** Whether two half-open spans share a character. */
  static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** Kind {@code facility} for roads and spots, {@code feature} for land forms and water. */
  private static String kind(String fc) {
    return fc.equals("R") || fc.equals("S") ? "facility" : "feature";
  }

  private static Place in(Place town, Span span, String name, Integer entity, String fc) {
    return new Place(span, name, town.resolved(), null, town.lat(), town.lon(),
        town.countryCode(), town.admin1(), fc, null, CONFIDENCE, entity, kind(fc));
  }

  private static Place unplaced(Place p, String fc) {
    return new Place(p.span(), p.name(), null, null, null, null, null, null, fc, null, 0,
        p.entity(), kind(fc));
  }
}
