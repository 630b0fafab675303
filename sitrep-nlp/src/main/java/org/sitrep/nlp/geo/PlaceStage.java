package org.sitrep.nlp.geo;

import org.sitrep.nlp.mention.Aliases;
import org.sitrep.nlp.doc.Doc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Layer;
import org.sitrep.model.Entity;
import org.sitrep.model.Focus;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.Stage;
import org.sitrep.nlp.geo.Gazetteer;
import org.sitrep.nlp.geo.Landmarks;
import org.sitrep.nlp.geo.ResolverWeights;
import org.sitrep.nlp.geo.SiteHomes;

/**
 * Resolves every place mention to a gazetteer entry, by context rather than population alone.
 * Each place entity (all its aliases: "Raqqa", "Al-Raqqah") gets candidates from the gazetteer and
 * each candidate a score:
 * <ul>
 *   <li>prior: countries before regions before towns; capitals and administrative seats first;
 *   more people, more likely;</li>
 *   <li>country context: the countries the article names, and its demonyms ("Syrian forces"),
 *   lift candidates in them;</li>
 *   <li>"X, Y": "Mosul, Iraq" puts Mosul in Iraq (or in region Y);</li>
 *   <li>proximity: a second pass lifts candidates near the places already resolved with
 *   confidence ("Palmyra" near Raqqa and Deir ez-Zor is Tadmur, not Palmyra, NY).</li>
 * </ul>
 * Demonyms ("Syrian", "Iraqis") are places too (kind {@code demonym}), resolved to their country.
 * The article's {@link Focus} is its most mentioned countries and towns.
 */
public final class PlaceStage implements Stage {
  private static final double CONFIDENT = 0.6;
  /** A candidate this close to the outlet's home is "near" it (see {@link SiteHomes}). */
  static final double HOME_KM = 150;
  /** Words that name a kind of place, not a place: never the known part of a longer name. */
  private static final Set<String> GENERIC = Set.of("north", "south", "east", "west", "northern",
      "southern", "eastern", "western", "central", "upper", "lower", "new", "old", "great",
      "greater", "little", "union", "united", "point", "police", "city", "town", "estate",
      "metro", "hills", "hill", "gulf", "island", "islands", "bay", "lake", "lagoon", "river", "airport",
      "station", "street", "square", "park", "road", "county", "state", "district", "valley",
      "mountain", "mount", "beach", "port", "grants", "hatch", "academy", "university", "school",
      "college", "building", "house", "centre", "center", "club", "hospital", "church",
      "bridge");

  @Override
  public void warm() {
    Gazetteer.bundled();
    Landmarks.bundled();
  }

  /** Where each site is at home, learnt from its articles as this stage resolves them. */
  private final SiteHomes homes;
  private final ResolverWeights weights;

  public PlaceStage() {
    this(new SiteHomes());
  }

  /** A stage that learns (and uses) sites' homes in {@code homes}, e.g. seeded from a store. */
  public PlaceStage(SiteHomes homes) {
    this(homes, ResolverWeights.bundled());
  }

  /** A stage that resolves with {@code weights} (the trainer's, or the bundled ones). */
  public PlaceStage(SiteHomes homes, ResolverWeights weights) {
    this.homes = homes;
    this.weights = weights;
    Gazetteer.preload();
  }


  @Override
  public String name() {
    return "places";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ENTITIES, Layer.TOKENS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.PLACES);
  }

  /** A place entity being resolved. */
  private static final class Target {
    final Entity entity;
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> names = new LinkedHashSet<>();
    int[] candidates = new int[0];
    int best = -1;
    /**
     * The best candidate's softmax share (what the second pass trusts as an anchor; the
     * home votes count it).
     */
    double share;
    /** The reading's confidence: how likely it lies within 161 km ({@link ResolverWeights}). */
    double confidence;
    /** Gazetteer entry that a following ", Y" names, or -1. */
    final List<Integer> containers = new ArrayList<>();
    /** Names that name this one as theirs: "Mississauga" of "Mississauga, Ontario". */
    final List<Target> contains = new ArrayList<>();
    /** Names beside it in a list ("Manitoba, Ontario and New Brunswick"). */
    final List<Target> siblings = new ArrayList<>();
    final String kind;
    /** Candidates came from a known part of an unknown name ("St. Louis" of "St. Louis Hills"). */
    boolean fromPart;
    /** A country is among the candidates. */
    boolean namesCountry;
    /** The candidates' features in the last pass (for training), or null. */
    double[][] features;
    /** First-level regions ("cc/admin1") the candidates include by one of the names as written. */
    final Set<String> regions = new java.util.HashSet<>();

    Target(Entity e) {
      this(e, "toponym");
    }

    Target(Entity e, String kind) {
      this.entity = e;
      this.kind = kind;
    }

    /** Sets the candidates, once the names are known, and what they name. */
    void candidates(Gazetteer g, int[] cands) {
      candidates = cands;
      for (int c : cands) {
        namesCountry |= g.kind(c) == Gazetteer.COUNTRY;
        if (g.kind(c) == Gazetteer.REGION
            && names.stream().anyMatch(n -> g.isPrimaryAsWritten(c, n))) {
          // as written: "St. Louis" names no region of Senegal called Saint-Louis
          regions.add(g.cc(c) + "/" + g.admin1(c));
        }
      }
    }
  }

  @Override
  public Article apply(Article a) {
    return apply(a, null);
  }

  /**
   * One place name as the resolver saw it in its last pass, for training: its mentions' spans,
   * its candidates (gazetteer entries) and each candidate's features
   * ({@link ResolverWeights#FEATURES}).
   */
  public record Choice(List<Span> spans, int[] candidates, double[][] features) {}

  /** {@link #apply(Article)}, handing each resolved name's {@link Choice} to {@code sink}. */
  public Article apply(Article a, java.util.function.Consumer<Choice> sink) {
    Gazetteer g = Gazetteer.bundled();
    Doc d = Doc.of(a);
    List<Mention> mentions = a.layers().mentions();
    Map<Integer, Target> targets = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type().equals("LOCATION") && m.entity() != null && !"nominal".equals(m.source())) {
        Target t = targets.computeIfAbsent(m.entity(),
            id -> new Target(a.layers().entities().get(id)));
        t.mentions.add(m);
        t.names.add(m.text());
      }
    }
    Map<String, Target> known = new HashMap<>();
    for (Target t : targets.values()) {
      Set<Integer> cands = new LinkedHashSet<>();
      for (String n : t.names) {
        for (int c : lookup(g, n)) {
          cands.add(c);
        }
      }
      t.fromPart = cands.isEmpty();
      t.candidates(g, cands.isEmpty() ? part(g, t.names)
          : cands.stream().mapToInt(Integer::intValue).toArray());
      if (!cands.isEmpty()) {
        // A name CoreNLP tagged once and the gazetteer knows is a place wherever it recurs.
        for (String n : t.names) {
          known.putIfAbsent(Aliases.key(n), t);
        }
      }
    }
    Map<String, Target> extra = embedded(d, g, mentions, known);
    List<Place> demonyms = demonyms(d, g, mentions);
    Map<String, Double> countries = new HashMap<>();
    for (Place p : demonyms) {
      countries.merge(p.countryCode(), 1.0, Double::sum);
    }
    for (Target t : targets.values()) {
      for (int c : t.candidates) {
        if (g.kind(c) == Gazetteer.COUNTRY) {
          countries.merge(g.cc(c), (double) t.mentions.size(), Double::sum);
        }
      }
    }
    // First-level regions the article names: "Montana" makes Shelby the one in Montana.
    Set<String> regions = new java.util.HashSet<>();
    for (Target t : targets.values()) {
      regions.addAll(t.regions);
    }
    containers(a.text(), mentions, targets);
    // Each country's weight relative to the most mentioned one, 0..1.
    double maxCountry = countries.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    Map<String, Double> countryShare = new HashMap<>();
    countries.forEach((cc, w) -> countryShare.put(cc, w / maxCountry));
    List<Target> all = new ArrayList<>(targets.values());
    all.addAll(extra.values());
    for (Target t : all) {
      if (t.mentions.stream().anyMatch(m -> regionCue(d, m))) {
        int[] regionsOnly = java.util.Arrays.stream(t.candidates)
            .filter(c -> g.kind(c) == Gazetteer.REGION).toArray();
        if (regionsOnly.length > 0) {
          t.candidates = regionsOnly; // "the state of Victoria", "Washington state", "Idlib province"
        }
      }
    }
    String site = SiteHomes.key(a.url(), a.site());
    SiteHomes.Home home = homes.home(site);
    String domainCountry = SiteHomes.domainCountry(org.sitrep.model.Urls.host(a.url()));
    // Pass 1 without proximity; pass 2 with the confident results of pass 1.
    for (int pass = 0; pass < 2; pass++) {
      List<Integer> anchors = new ArrayList<>();
      if (pass == 1) {
        for (Target t : all) {
          if (t.best >= 0 && t.share >= CONFIDENT && g.kind(t.best) != Gazetteer.COUNTRY
              && g.extent(t.best) < 100) {
            anchors.add(t.best);
          }
        }
      }
      if (pass == 1) {
        for (Target t : all) {
          sameKindAsSiblings(g, t);
        }
      }
      for (Target t : all) {
        resolve(g, t, countryShare, regions, targets, anchors, home, domainCountry, weights);
      }
    }
    if (sink != null) {
      for (Target t : all) {
        if (t.features != null) {
          sink.accept(new Choice(t.mentions.stream().map(Mention::span).toList(),
              t.candidates, t.features));
        }
      }
    }
    List<Place> places = new ArrayList<>(demonyms);
    Map<Place, Double> confidence = new java.util.IdentityHashMap<>();
    Set<Place> voters = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Target t : all) {
      boolean votes = supported(g, t);
      for (Mention m : t.mentions) {
        if (notAPlace(d, g, m, t.best)) {
          continue;
        }
        String landmark = Landmarks.bundled().kind(m.text());
        // "Kingsley Road" is no town called Kingsley: a street, placed with the facilities
        int best = t.fromPart && isFacility(m.text()) ? -1 : t.best;
        int holder = best < 0 ? holder(g, t, targets) : -1;
        Place p = holder >= 0
            ? place(g, m.span(), m.text(), holder, HELD_CONFIDENCE,
                t.entity == null ? null : t.entity.id(), "held")
            : place(g, m.span(), m.text(), best, t.share,
                t.entity == null ? null : t.entity.id(),
                "embedded".equals(m.source()) ? "embedded" : landmark != null ? landmark : t.kind);
        places.add(p);
        confidence.put(p, holder >= 0 ? HELD_CONFIDENCE
            : best < 0 ? t.confidence : featurePoint(g, best, t.confidence));
        if (votes) {
          voters.add(p);
        }
      }
    }
    places = facilities(d, mentions, places);
    places.sort(Comparator.comparingInt(p -> p.span().start()));
    // votes on the resolver's own shares, whatever the calibration
    homes.record(site, places.stream().filter(voters::contains).toList());
    places = confident(places, confidence);
    Focus focus = focus(g, places);
    return a.withLayers(a.layers().withPlaces(areasAsPoints(g, places), focus));
  }

  /** Climate patterns named like towns: El Niño is not El Niño, Baja California. */
  private static final Set<String> WEATHER = Set.of("el nino", "la nina");
  /** Words before a storm's name (lemmas, lower case). */
  private static final Set<String> STORM = Set.of("hurricane", "typhoon", "cyclone", "storm");
  /** The places, each resolved name's share replaced by its reading's confidence. */
  private static List<Place> confident(List<Place> places, Map<Place, Double> confidence) {
    List<Place> out = new ArrayList<>(places.size());
    for (Place p : places) {
      Double c = confidence.get(p);
      if (c != null && p.resolved() != null) {
        p = p.withConfidence(Math.round(c * 1000) / 1000.0);
      }
      out.add(p);
    }
    return out;
  }

  /** Verbs of a game's result: "Notre Dame beat Michigan 31-7". */
  private static final Set<String> RESULT = Set.of("beat", "defeat", "edge", "rout", "down",
      "top", "blank", "outlast", "upset", "trounce", "thrash", "lose", "fall", "tie", "host",
      "face", "play", "vs.", "vs", "v.", "against");
  /** Verbs only a publication or a speaker does: "The Atlantic reported". */
  private static final Set<String> PUBLISH = Set.of("report", "write", "publish", "reveal",
      "say", "note", "claim", "tweet", "editorialize", "interview");
  private static final java.util.regex.Pattern SCORE =
      java.util.regex.Pattern.compile("\\b\\d{1,3}-\\d{1,3}\\b");

  /**
   * A place's name used for something else: a team in a game's result ("Notre Dame beat
   * Michigan 31-7": a score in the sentence and a verb of the result beside the name), or a
   * publication named after a sea ("The Atlantic reported": water does not report).
   */
  private static boolean notAPlace(Doc d, Gazetteer g, Mention m, int best) {
    if (WEATHER.contains(java.text.Normalizer.normalize(m.text(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    int first = d.tokenAt(m.span().start());
    int last = d.lastToken(m.span());
    String before = first > 0 && d.sameSentence(first - 1, first) ? d.lemma(first - 1) : "";
    if (STORM.contains(before) && d.capitalised(first - 1)) {
      return true; // "Hurricane Harvey", "Typhoon Haiyan": a storm's name; not "to storm Palmyra"
    }
    String after = last + 1 < d.size() && d.sameSentence(last, last + 1) ? d.lemma(last + 1) : "";
    if (RESULT.contains(after) || RESULT.contains(before)) {
      int s = first;
      while (s > 0 && d.sameSentence(s - 1, first)) {
        s--;
      }
      int e = last;
      while (e + 1 < d.size() && d.sameSentence(e + 1, last)) {
        e++;
      }
      if (SCORE.matcher(d.text(s, e)).find()) {
        return true;
      }
    }
    return best >= 0 && PUBLISH.contains(after) && "H".equals(g.featureClass(best));
  }

  /** Last words of the names of buildings, streets and venues. */
  private static final Set<String> FACILITY = Set.of("center", "centre", "street", "avenue",
      "road", "boulevard", "lane", "drive", "hospital", "stadium", "church", "cathedral",
      "basilica", "theatre", "theater", "prison", "jail", "airport", "bridge", "mall", "museum",
      "library", "hotel", "arena", "embassy", "palace", "square");

  /**
   * Buildings, streets and venues ("Barclays Center", "Royal Street", "MetroHealth Medical
   * Center"): no gazetteer holds them, so they are placed in the town the article mentions most,
   * with low confidence and kind {@code facility}. Without such a town they are left out.
   */
  private static List<Place> facilities(Doc d, List<Mention> mentions, List<Place> places) {
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
  private static final Set<String> ROAD_AFTER = Set.of("road", "motorway", "carriageway",
      "junction", "bypass", "dual");
  private static final Set<String> ROAD_BEFORE = Set.of("Highway", "Route", "Interstate",
      "Hwy.", "Hwy", "SR", "US");

  private static boolean isFacility(String name) {
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

  /** Gazetteer entries a name may mean, directly or through a bundled alias ("U.S."). */
  private static int[] lookup(Gazetteer g, String name) {
    if (PARTY.matcher(name).lookingAt()) {
      name = name.substring(2); // "Rep. Nick Rahall, D-W. Va.": the member's state
    }
    int landmark = Landmarks.bundled().lookup(name);
    if (landmark >= 0) {
      return new int[] {landmark}; // "White House": Washington, not Whitehouse, Texas
    }
    int[] direct = g.lookup(name);
    Aliases.Entry e = Aliases.bundled().lookup(name);
    if (e == null || !e.type().equals("LOCATION")) {
      return direct;
    }
    int[] viaAlias = g.lookup(e.canonical());
    if (e.region()) {
      // "Ga." names the US state Georgia, not the country, and "Va" Virginia, not Wa, Ghana;
      // "Washington" itself is still the city too
      viaAlias = java.util.Arrays.stream(viaAlias).filter(c -> g.kind(c) == Gazetteer.REGION)
          .toArray();
      if (!Aliases.key(e.canonical()).equals(Aliases.key(name))) {
        return viaAlias;
      }
    }
    return java.util.stream.IntStream.concat(java.util.Arrays.stream(direct),
        java.util.Arrays.stream(viaAlias)).distinct().toArray();
  }

  /**
   * For a name the gazetteer lacks, the places its longest part names: "St. Louis Hills" is in
   * St. Louis, "Building Ireland" in Ireland, "WINNIPEG — Manitoba" in Winnipeg.
   */
  private static int[] part(Gazetteer g, Set<String> names) {
    for (String n : names) {
      String[] w = n.split("[\\s—–/]+");
      int of = java.util.Arrays.asList(w).lastIndexOf("of");
      for (int len = w.length - 1; len >= 1; len--) {
        // "Midwest Restoration of Paris": the words before "of" name the thing, not its place
        for (int start = Math.max(0, of + 1); start + len <= w.length; start++) {
          String sub = String.join(" ", java.util.Arrays.copyOfRange(w, start, start + len));
          String[] subWords = sub.split("[\\s-]+");
          if (sub.length() < 3 || !Character.isUpperCase(sub.charAt(0))
              || GENERIC.contains(sub.toLowerCase(java.util.Locale.ROOT))
              || compass(subWords, subWords.length)) {
            continue; // "North-Western Sydney" is not Zambia's North-Western Province
          }
          // A country may be anywhere in the name ("Building Ireland"); a town or region only
          // at its head ("St. Louis Hills"), after compass words ("North Texas", "S.E.
          // Paris") or after "of" at the end ("Midwest Restoration of Paris"), not as the
          // tail of a feature ("Nile Delta").
          boolean head = start == 0 || compass(w, start)
              || start + len == w.length && w[start - 1].equals("of");
          int[] ids = java.util.Arrays.stream(lookup(g, sub))
              .filter(c -> g.kind(c) == Gazetteer.COUNTRY || head && g.isPrimaryAsWritten(c, sub))
              .toArray();
          if (ids.length > 0) {
            return ids;
          }
        }
      }
    }
    return new int[0];
  }

  /** "R-Charleston", "D-W. Va.": a legislator's party and home, as US news writes them. */
  private static final java.util.regex.Pattern PARTY =
      java.util.regex.Pattern.compile("[RDI]-(?=\\p{Lu})");

  /** Words that say which part of a place is meant: "North Texas", "Southern California". */
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern",
      "southern", "eastern", "western", "central", "northeast", "northwest", "southeast",
      "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper",
      "lower", "downtown", "uptown", "greater", "n.e.", "n.w.", "s.e.", "s.w.");

  /** Every word before {@code start} is a compass word. */
  private static boolean compass(String[] w, int start) {
    for (int i = 0; i < start; i++) {
      if (!COMPASS.contains(w[i].toLowerCase(java.util.Locale.ROOT).replace("-", ""))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The entity is called by this entry's main name. A country's or continent's other names are
   * its own official names and abbreviations ("US", "Republic of Turkey"), so any of them counts;
   * a town's alternate names are often another place's name, so only its main name does.
   */
  private static boolean isName(Gazetteer g, int c, Set<String> names) {
    if (g.kind(c) == Gazetteer.COUNTRY || g.kind(c) == Gazetteer.CONTINENT
        || g.kind(c) == Gazetteer.FEATURE) {
      return true; // it is a candidate, so one of the names matched one of its names
    }
    for (String n : names) {
      if (g.isPrimary(c, n)) {
        return true;
      }
    }
    return false;
  }

  /** "Mosul, Iraq": the place after the comma contains the one before it. */
  private static void containers(String text, List<Mention> mentions, Map<Integer, Target> targets) {
    List<Mention> places = mentions.stream().filter(m -> m.type().equals("LOCATION")).toList();
    // Runs of places joined by commas, "and" and "or"; a run with "and" or "or" is a list.
    boolean[] inList = new boolean[places.size()];
    for (int i = 0; i < places.size(); ) {
      int j = i;
      boolean list = false;
      while (j + 1 < places.size()) {
        String sep = between(text, places.get(j), places.get(j + 1));
        if (!LIST_SEPARATOR.contains(sep)) {
          break;
        }
        list |= !sep.equals(",");
        j++;
      }
      for (int k = i; k <= j; k++) {
        inList[k] = list;
        Target tk = targets.get(places.get(k).entity());
        for (int o = i; list && tk != null && o <= j; o++) {
          Target to = targets.get(places.get(o).entity());
          if (to != null && to != tk && !tk.siblings.contains(to)) {
            tk.siblings.add(to);
          }
        }
      }
      i = j + 1;
    }
    for (int i = 0; i + 1 < places.size(); i++) {
      Mention x = places.get(i);
      Mention y = places.get(i + 1);
      if (x.entity() == null || y.entity() == null || x.entity().equals(y.entity())
          || !between(text, x, y).equals(",")) {
        continue;
      }
      Target tx = targets.get(x.entity());
      // "China, Japan, and the United Kingdom", "Utah, Virginia, Washington and Wyoming": peers
      // in a list, not a town inside a country (but "Atlanta, Georgia and Wichita, Kansas" are)
      Target ty = targets.get(y.entity());
      if (tx != null && ty != null && !(inList[i] && (tx.namesCountry || !tx.regions.isEmpty()))) {
        tx.containers.add(y.entity());
        ty.contains.add(tx);
      }
    }
  }

  private static final Set<String> LIST_SEPARATOR = Set.of(",", "and", "or", ", and", ", or",
      "&");

  /** The text between two mentions, trimmed, without a last "the" (", and the United Kingdom"). */
  private static String between(String text, Mention x, Mention y) {
    String b = text.substring(x.span().end(), Math.max(x.span().end(), y.span().start())).strip();
    return b.endsWith(" the") || b.equals("the") ? b.substring(0, b.length() - 3).strip() : b;
  }

  /** How sure a place is that only the place holding it locates ({@link #holder}). */
  static final double HELD_CONFIDENCE = 0.3;

  /**
   * For a name the gazetteer cannot place, what the article says holds it: "Greenlane,
   * Auckland", "Estey's Bridge, N.B." — a town, district or first-level region read for the name
   * after the comma (not a country: its point says little about a village), or -1.
   */
  private static int holder(Gazetteer g, Target t, Map<Integer, Target> targets) {
    if (!t.siblings.isEmpty()) {
      return -1; // "Suba, Migori, Rongo, Siaya and Kisumu": a list, no village of Siaya
    }
    for (int e : t.containers) {
      Target y = targets.get(e);
      if (y != null && y.best >= 0 && (g.kind(y.best) == Gazetteer.PLACE
          || g.kind(y.best) == Gazetteer.DISTRICT || g.kind(y.best) == Gazetteer.REGION)) {
        return y.best;
      }
    }
    return -1;
  }

  /** Entry {@code c} lies in {@code area}: a country (same code) or a first-level region. */
  private static boolean inside(Gazetteer g, int c, int area) {
    char k = g.kind(area);
    return (k == Gazetteer.COUNTRY || k == Gazetteer.REGION) && g.cc(c).equals(g.cc(area))
        && (k == Gazetteer.COUNTRY || java.util.Objects.equals(g.admin1(c), g.admin1(area)));
  }

  private static void resolve(Gazetteer g, Target t, Map<String, Double> countryShare,
                              Set<String> regions, Map<Integer, Target> targets,
                              List<Integer> anchors, SiteHomes.Home home, String domainCountry,
                              ResolverWeights w) {
    if (t.candidates.length == 0) {
      return;
    }
    double[] scores = new double[t.candidates.length];
    double[][] features = new double[t.candidates.length][];
    int best = 0;
    for (int k = 0; k < t.candidates.length; k++) {
      features[k] = features(g, t, t.candidates[k], countryShare, regions, targets, anchors,
          home, domainCountry);
      scores[k] = w.score(features[k]);
      if (scores[k] > scores[best]) {
        best = k;
      }
    }
    double sum = 0;
    for (double s : scores) {
      sum += Math.exp(s - scores[best]);
    }
    t.features = features;
    t.best = t.candidates[best];
    t.share = 1 / sum;
    t.confidence = w.confidence(ResolverWeights.confidenceFeatures(t.share,
        t.candidates.length, features[best]));
    if (t.fromPart && g.kind(t.best) == Gazetteer.PLACE && g.population(t.best) < 100_000
        && !countryShare.isEmpty() && !countryShare.containsKey(g.cc(t.best))) {
      t.best = -1; // a part naming a small town outside every country the article is about
    }
  }

  /**
   * The features of candidate {@code c} for target {@code t}, in the order of
   * {@link ResolverWeights#FEATURES} (ARCHITECTURE.md, "Places", says what each means).
   */
  private static double[] features(Gazetteer g, Target t, int c, Map<String, Double> countryShare,
                                   Set<String> regions, Map<Integer, Target> targets,
                                   List<Integer> anchors, SiteHomes.Home home,
                                   String domainCountry) {
    double[] f = new double[ResolverWeights.FEATURES.size()];
    char kind = g.kind(c);
    switch (kind) {
      case Gazetteer.CONTINENT -> f[ResolverWeights.CONTINENT] = 1;
      case Gazetteer.COUNTRY -> f[ResolverWeights.COUNTRY] = 1;
      case Gazetteer.REGION -> {
        f[ResolverWeights.REGION] = 1;
        f[ResolverWeights.REGION_LOG_POP] = Math.log10(g.population(c) + 1); // Ontario's 14M
      }
      case Gazetteer.DISTRICT -> {
        f[ResolverWeights.DISTRICT] = 1;
        f[ResolverWeights.DISTRICT_LOG_POP] = Math.log10(g.population(c) + 1);
      }
      case Gazetteer.FEATURE -> {
        String fc = g.featureClass(c);
        f[fc.equals("H") ? ResolverWeights.WATER : fc.equals("S") ? ResolverWeights.AIRPORT
            : ResolverWeights.LAND_AREA] = 1;
      }
      default -> {
        String code = g.feature(c);
        f[ResolverWeights.CAPITAL] = code.equals("PPLC") ? 1 : 0;
        f[ResolverWeights.ADMIN_SEAT] = code.equals("PPLA") ? 1 : 0;
        f[ResolverWeights.ADMIN2_SEAT] = code.equals("PPLA2") ? 1 : 0;
        f[ResolverWeights.TOWN_LOG_POP] = Math.log10(g.population(c) + 1);
      }
    }
    if (kind == Gazetteer.PLACE || kind == Gazetteer.DISTRICT || kind == Gazetteer.REGION) {
      if (!isName(g, c, t.names)) {
        f[ResolverWeights.ALTERNATE_ONLY] = 1; // known by this name only as an alternate
      } else if (t.names.stream().noneMatch(n -> g.isPrimaryAsWritten(c, n))) {
        f[ResolverWeights.SPELLED_OUT] = 1; // "St. Louis" for Saint-Louis, Senegal
      }
    }
    f[ResolverWeights.COUNTRY_SHARE] = countryShare.getOrDefault(g.cc(c), 0.0);
    if (kind == Gazetteer.PLACE && regions.contains(g.cc(c) + "/" + g.admin1(c))) {
      f[ResolverWeights.IN_NAMED_REGION] = 1;
    }
    boolean contained = false;
    for (int containerEntity : t.containers) {
      Target y = targets.get(containerEntity);
      if (y != null && y.best >= 0) {
        boolean inside = inside(g, c, y.best);
        f[inside ? ResolverWeights.CONTAINER_IN : ResolverWeights.CONTAINER_OUT]++;
        contained |= inside;
      }
    }
    if (kind == Gazetteer.COUNTRY || kind == Gazetteer.REGION) {
      // "Mississauga, Ontario": the Ontario that holds Mississauga
      for (Target x : t.contains) {
        if (x.best >= 0 && inside(g, x.best, c)) {
          f[ResolverWeights.CONTAINER_IN]++;
          contained = true;
        }
      }
    }
    // The outlet's home (learnt from its other articles).
    boolean atHome = home != null && (kind == Gazetteer.PLACE || kind == Gazetteer.DISTRICT
        || kind == Gazetteer.REGION) && g.cc(c).equals(home.cc())
        && home.admin1().equals(g.admin1(c));
    if (kind == Gazetteer.PLACE && !contained && !atHome && (t.namesCountry
        || !t.regions.isEmpty() && g.population(c) < 100_000)
        || kind == Gazetteer.REGION && t.namesCountry && !contained
            && java.util.Arrays.stream(t.candidates).anyMatch(
                k -> g.kind(k) == Gazetteer.COUNTRY && g.cc(k).equals(g.cc(c)))) {
      // "Lebanon" the town while the name is a country's, "Florida" the town while it is a
      // state's, and no container or home says the town is meant; "Mexico" the state of
      // México while it is its own country's name (not Georgia the state)
      f[ResolverWeights.TOWN_LIKE_COUNTRY] = 1;
    }
    if (home != null) {
      if (atHome) {
        f[ResolverWeights.HOME_REGION] = 1;
      } else if (g.cc(c).equals(home.cc())) {
        f[ResolverWeights.HOME_COUNTRY] = 1;
      }
      if (kind != Gazetteer.COUNTRY
          && Gazetteer.km(g.lat(c), g.lon(c), home.lat(), home.lon()) < HOME_KM) {
        f[ResolverWeights.HOME_NEAR] = 1;
      }
    }
    if (g.cc(c).equals(domainCountry) && kind != Gazetteer.COUNTRY) {
      f[ResolverWeights.DOMAIN_COUNTRY] = 1; // "sptimes.ru": St. Petersburg, Russia
    }
    double nearest = Double.MAX_VALUE;
    for (int anchor : anchors) {
      if (anchor != c) {
        nearest = Math.min(nearest, g.km(c, anchor));
        if (kind != Gazetteer.COUNTRY && kind != Gazetteer.REGION && g.cc(c).equals(g.cc(anchor))
            && g.admin1(c) != null && g.admin1(c).equals(g.admin1(anchor))) {
          // "Alexandria" beside Arlington and Fairfax: in Virginia, like them
          f[ResolverWeights.ANCHOR_REGION] = 1;
        }
      }
    }
    if (nearest < 300) {
      f[ResolverWeights.ANCHOR_300] = 1;
    } else if (nearest < 800) {
      f[ResolverWeights.ANCHOR_800] = 1;
    }
    return f;
  }

  /**
   * Places named inside other names ("the Washington Post", "Malaysia Airlines", "Texas
   * Rangers": kind {@code embedded}) and proper nouns CoreNLP left untagged ("in Kent",
   * "Hampshire racing driver": kind {@code toponym}), when the words are the main name of a
   * region or district, or of a town of 50,000 people or more, or any name of a country or
   * continent ("U.S. Department of Transportation", "EU workers"). A name the article already
   * uses for a place ({@code known}) means that place wherever else it appears, even at the start
   * of a sentence ("Douma is surrounded"), where capitals alone prove nothing.
   */
  private static Map<String, Target> embedded(Doc d, Gazetteer g, List<Mention> mentions,
                                              Map<String, Target> known) {
    Map<String, Target> out = new LinkedHashMap<>();
    boolean[] covered = new boolean[d.size()];
    boolean[] inOrg = new boolean[d.size()];
    boolean[] inPlace = new boolean[d.size()];
    boolean[] lonePerson = new boolean[d.size()];
    Set<String> surnames = new java.util.HashSet<>();
    for (Mention m : mentions) {
      int from = d.tokenAt(m.span().start());
      int to = from;
      for (int i = from; i < d.size() && d.start(i) < m.span().end(); i++) {
        covered[i] = true;
        // a name of an organisation, or a group's name in capitals ("Peel Regional Police"); a
        // GROUP mention over the same words ("Maryland State Police") must not undo it
        inOrg[i] |= m.type().equals("ORGANIZATION") && !"nominal".equals(m.source())
            || m.type().equals("GROUP") && d.capitalised(i) && d.pos(i).startsWith("NNP");
        inPlace[i] |= m.type().equals("LOCATION");
        to = i;
      }
      if (m.type().equals("PERSON") && !"nominal".equals(m.source())) {
        if (to == from) {
          lonePerson[from] = true;
        } else {
          surnames.add(d.word(to)); // "Bill Clinton": a later "Clinton" is the man
        }
      }
    }
    for (int i = 0; i < d.size(); i++) {
      boolean org = inOrg[i];
      boolean initial = i == 0 || !d.sameSentence(i - 1, i);
      boolean untagged = !covered[i] && (d.ner(i).equals("O") || d.ner(i).equals("MISC"))
          && (d.pos(i).startsWith("NNP") || COMPASS.contains(d.lower(i))); // "Western Cape"
      // "bastion of Douma" tagged as a person: a bundled place alias says otherwise
      boolean aliased = lonePerson[i] && !placeName(d.word(i)).equals(d.word(i));
      if (d.capitalised(i) && (lonePerson[i] || org || untagged) && !surnames.contains(d.word(i))
          && (aliased || localCue(d, i, inPlace)) && isTownName(g, d.word(i))) {
        // "DeKalb police", "the city of Monroe", "Henderson, Boulder City": a town named like
        // a person, told apart by what local news writes around it
        String text = d.word(i);
        Mention m = new Mention(-1, new Span(d.start(i), d.end(i)), text, "LOCATION",
            "toponym", null);
        // "Jackson and Barrow counties", "DeKalb County": the county, not its namesake town
        boolean county = i + 1 < d.size() && (d.lower(i + 1).startsWith("count")
            || i + 3 < d.size() && d.lower(i + 3).equals("counties"));
        int[] counties = county ? lookup(g, text + " County") : new int[0];
        Target same = known.get(Aliases.key(text));
        (same != null ? same : out.computeIfAbsent(Aliases.key(text) + "/toponym",
            k -> named(g, text, "toponym", counties.length > 0 ? counties : lookup(g, text))))
            .mentions.add(m);
        continue;
      }
      if (!(org || untagged) || !d.capitalised(i)) {
        continue;
      }
      for (int len = 3; len >= 1; len--) {
        int j = i + len - 1;
        if (j >= d.size() || !d.sameSentence(i, j) || !sameZone(inOrg, covered, i, j, org)) {
          continue;
        }
        boolean caps = true;
        for (int k = i; k <= j; k++) {
          caps &= d.capitalised(k) || d.isHyphen(k);
        }
        if (!caps) {
          continue;
        }
        String text = d.text(i, j);
        String kind = org ? "embedded" : "toponym";
        Mention m = new Mention(-1, new Span(d.start(i), d.end(j)), text, "LOCATION", kind, null);
        Target same = text.length() >= 3 ? known.get(Aliases.key(text)) : null;
        if (same != null) {
          same.mentions.add(m);
        } else if ((org || !initial || len > 1) && namesAPlace(g, text)) {
          // inside a tagged name, or two words and more, capitals mean a name also at a
          // sentence's start ("Maryland State Police say", "Western Cape police said")
          out.computeIfAbsent(Aliases.key(text) + "/" + kind,
              k -> named(g, text, kind, lookup(g, text))).mentions.add(m);
        } else {
          continue;
        }
        i = j;
        break;
      }
    }
    return out;
  }

  /** A target for a name no entity holds, with its candidates. */
  private static Target named(Gazetteer g, String text, String kind, int[] candidates) {
    Target t = new Target(null, kind);
    t.names.add(text);
    t.candidates(g, candidates);
    return t;
  }

  /**
   * In a list whose other names the first pass read as first-level regions, or as countries, a
   * name is one too: "Utah, Virginia, Washington and Wyoming" (the state, not the capital),
   * "Manitoba, Ontario and New Brunswick" (not Ontario, California), "Mexico, China and Japan".
   * At least two of the others, and two in three of those read, must agree.
   */
  private static void sameKindAsSiblings(Gazetteer g, Target t) {
    if (t.siblings.size() < 2) {
      return;
    }
    int read = 0;
    Map<Character, Integer> kinds = new HashMap<>();
    for (Target s : t.siblings) {
      if (s.best >= 0) {
        read++;
        kinds.merge(g.kind(s.best), 1, Integer::sum);
      }
    }
    for (char k : new char[] {Gazetteer.REGION, Gazetteer.COUNTRY}) {
      int n = kinds.getOrDefault(k, 0);
      if (n >= 2 && 3 * n >= 2 * read) {
        int[] same = java.util.Arrays.stream(t.candidates).filter(c -> g.kind(c) == k).toArray();
        if (same.length > 0) {
          t.candidates = same;
        }
      }
    }
  }

  /**
   * The reading may vote for the outlet's home: its name means places in one first-level region
   * only, or the article says which ("X, Y", a region it names, a sure place nearby). A local
   * paper's "Dublin" read as Ireland's by its size alone must not make Ireland the home of a
   * paper near Columbus, Ohio, whose other articles then all read Dublin so.
   */
  private static boolean supported(Gazetteer g, Target t) {
    if (t.best < 0 || t.features == null) {
      return false;
    }
    int k = 0;
    boolean oneRegion = true;
    for (int i = 0; i < t.candidates.length; i++) {
      int c = t.candidates[i];
      if (c == t.best) {
        k = i;
      } else if (!g.cc(c).equals(g.cc(t.best))
          || !java.util.Objects.equals(g.admin1(c), g.admin1(t.best))) {
        oneRegion = false;
      }
    }
    double[] f = t.features[k];
    return oneRegion || f[ResolverWeights.CONTAINER_IN] > 0
        || f[ResolverWeights.IN_NAMED_REGION] > 0 || f[ResolverWeights.ANCHOR_300] > 0
        || f[ResolverWeights.ANCHOR_REGION] > 0;
  }

  /** Lower-case words that make a name a first-level region's: "Washington state". */
  private static final Set<String> REGION_WORD = Set.of("state", "province", "region");

  /**
   * The mention is written as a first-level region: "the state of Victoria", "the province of
   * Ontario", "Washington state", "Idlib province" (lower case: "Ohio State" is a university).
   */
  private static boolean regionCue(Doc d, Mention m) {
    int first = d.tokenAt(m.span().start());
    int last = d.lastToken(m.span());
    if (first >= 2 && d.sameSentence(first - 2, first) && d.word(first - 1).equals("of")
        && REGION_WORD.contains(d.word(first - 2))) {
      return true;
    }
    return last + 1 < d.size() && d.sameSentence(last, last + 1)
        && REGION_WORD.contains(d.word(last + 1));
  }

  /** Words after a town's name in local news: "DeKalb police", "Monroe Mayor". */
  private static final Set<String> LOCAL_AFTER = Set.of("county", "counties", "police",
      "mayor", "residents", "resident", "man", "woman", "officials", "council", "schools",
      "township", "twp.", "sheriff", "native", "city");
  private static final Set<String> COORDINATION = Set.of("and", ",", "or");
  /** Words before "of" a town's name: "the city of Monroe". */
  private static final Set<String> LOCAL_OF = Set.of("city", "town", "village", "county",
      "township", "borough", "mayor", "residents");

  /**
   * Token i stands where local news puts a town: before "police", "County", "Mayor"; after
   * "city of"; or coordinated with a place ("Trenton and Monroe", "Henderson, Boulder City").
   */
  private static boolean localCue(Doc d, int i, boolean[] inPlace) {
    boolean next = i + 1 < d.size() && d.sameSentence(i, i + 1);
    boolean prev = i > 0 && d.sameSentence(i - 1, i);
    if (prev && d.pos(i - 1).equals("POS")) {
      return false; // "Estey's Bridge, N.B.": the end of a longer name
    }
    if (next && LOCAL_AFTER.contains(d.lower(i + 1))) {
      return true;
    }
    if (prev && i > 1 && d.lower(i - 1).equals("of") && LOCAL_OF.contains(d.lower(i - 2))) {
      return true;
    }
    boolean before = prev && i > 1 && d.sameSentence(i - 2, i) && inPlace[i - 2]
        && COORDINATION.contains(d.lower(i - 1));
    boolean after = next && i + 2 < d.size() && d.sameSentence(i, i + 2) && inPlace[i + 2]
        && COORDINATION.contains(d.lower(i + 1));
    return before || after;
  }

  /** The name a bundled place alias stands for ("Douma" for Dūmā), else the name itself. */
  private static String placeName(String name) {
    Aliases.Entry alias = Aliases.bundled().lookup(name);
    return alias != null && "LOCATION".equals(alias.type()) ? alias.canonical() : name;
  }

  /** {@code name} is the main name of a town or district the gazetteer has. */
  private static boolean isTownName(Gazetteer g, String name) {
    if (name.length() < 3 || GENERIC.contains(name.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String canonical = placeName(name);
    for (int c : g.lookup(canonical)) {
      if ((g.kind(c) == Gazetteer.PLACE || g.kind(c) == Gazetteer.DISTRICT)
          && g.isPrimaryAsWritten(c, canonical)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameZone(boolean[] inOrg, boolean[] covered, int i, int j, boolean org) {
    for (int k = i; k <= j; k++) {
      if (org ? !inOrg[k] : covered[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean namesAPlace(Gazetteer g, String text) {
    if (GENERIC.contains(text.toLowerCase(java.util.Locale.ROOT))) {
      return false; // "Central Bank", "European Union"
    }
    Aliases.Entry alias = Aliases.bundled().lookup(text);
    if (alias != null && alias.region() && text.endsWith(".")
        || Landmarks.bundled().lookup(text) >= 0) {
      return true; // "the S.C. Highway Patrol", "eastern Ghouta"
    }
    String canonical = placeName(text); // "Douma" for Dūmā
    for (int c : lookup(g, text)) {
      char k = g.kind(c);
      if (k == Gazetteer.COUNTRY || k == Gazetteer.CONTINENT) {
        return true; // any of its names: "U.S.", "EU", "Republic of Turkey"
      }
      if (k == Gazetteer.FEATURE && text.indexOf(' ') > 0) {
        return true; // "Indian Ocean", "Heathrow Airport"
      }
      boolean named = g.isPrimary(c, text) || !canonical.equals(text) && g.isPrimary(c, canonical);
      if (named && (k != Gazetteer.PLACE || g.population(c) >= 50_000)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Syrian", "Iraqis", "South Koreans", "anti-Russian", "English": a people's or language's
   * name is a mention of its country (or of the nation it names, "English" of England).
   */
  private static List<Place> demonyms(Doc d, Gazetteer g, List<Mention> mentions) {
    List<Place> out = new ArrayList<>();
    for (int i = 0; i < d.size(); i++) {
      if (!(d.pos(i).startsWith("JJ") || d.pos(i).startsWith("NNP")
          || d.pos(i).startsWith("NNS"))
          || !d.capitalised(i) && d.word(i).indexOf('-') < 0
          || insideName(mentions, d.start(i))) {
        continue;
      }
      if (d.capitalised(i) && d.sameSentence(i, i + 1) && d.capitalised(i + 1)) {
        String two = d.text(i, i + 1);
        int c = demonym(g, two);
        if (c >= 0) {
          out.add(place(g, new Span(d.start(i), d.end(i + 1)), two, c, 0.9, null, "demonym"));
          i++;
          continue;
        }
      }
      String w = d.word(i);
      int from = 0;
      java.util.regex.Matcher prefix = PREFIX.matcher(w);
      if (prefix.lookingAt()) {
        from = prefix.end(); // "anti-Russian": the name after the prefix
      } else if (!d.capitalised(i)) {
        continue;
      }
      String name = w.substring(from);
      if (from == 0 && i > 0 && d.sameSentence(i - 1, i) && d.capitalised(i - 1)
          && GENERIC.contains(d.lower(i - 1))) {
        continue; // "Central American", "Western European": not the country's own people
      }
      int c = demonym(g, name);
      if (c >= 0 && g.kind(c) == Gazetteer.FEATURE && d.sameSentence(i, i + 1)
          && d.capitalised(i + 1)) {
        continue; // "Western Union", "Arab Bank": a name, not the West's or the Arabs'
      }
      if (c >= 0) {
        out.add(place(g, new Span(d.start(i) + from, d.end(i)), name, c, 0.9, null, "demonym"));
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern PREFIX =
      java.util.regex.Pattern.compile("(?:anti|pro|non|pan|ex|post|pre)-(?=\\p{Lu})");

  private static int demonym(Gazetteer g, String w) {
    int c = g.demonym(w);
    return c < 0 && w.endsWith("s") ? g.demonym(w.substring(0, w.length() - 1)) : c;
  }

  private static boolean insideName(List<Mention> mentions, int offset) {
    for (Mention m : mentions) {
      if (m.span().start() <= offset && offset < m.span().end() && !"nominal".equals(m.source())
          && (m.type().equals("LOCATION") || m.type().equals("PERSON"))) {
        return true;
      }
    }
    return false;
  }

  /** Beyond this reach (the 161 km circle's diameter), an area's point is a convention. */
  static final double POINT_KM = 2 * 161;
  /** The confidence an area's point keeps at most: below {@code GeoEval.CONFIDENT}. */
  static final double AREA_POINT_CONFIDENCE = 0.7;

  /**
   * Which area is meant may be certain ("Canada"), where its point lies is not: references put
   * Canada's at 60.1,-113.6 (GeoNames), 60,-96 and 60,-95 (older GeoNames, Wikipedia), 1,000 km
   * apart. A country, region or continent wider than {@link #POINT_KM} keeps at most
   * {@link #AREA_POINT_CONFIDENCE}, so that a confidence of 0.8 or more says the point is
   * within 161 km of the place meant, and the map draws such areas as doubtful points.
   */
  private static List<Place> areasAsPoints(Gazetteer g, List<Place> places) {
    List<Place> out = new ArrayList<>(places.size());
    for (Place p : places) {
      if (p.confidence() > AREA_POINT_CONFIDENCE && p.resolved() != null
          && !"P".equals(p.featureClass()) && areaKm(g, p) > POINT_KM) {
        p = p.withConfidence(AREA_POINT_CONFIDENCE);
      }
      out.add(p);
    }
    return out;
  }

  /**
   * How far the area a place resolved to reaches: {@link Gazetteer#extentKm} for a country or
   * first-level region, half the Earth's circumference for a continent, 0 for towns and
   * districts.
   */
  private static double areaKm(Gazetteer g, Place p) {
    String code = p.featureCode() == null ? "" : p.featureCode();
    if ("L".equals(p.featureClass())) {
      return Gazetteer.km(0, 0, 0, 180);
    }
    if (p.countryCode() == null) {
      return 0;
    }
    return code.startsWith("PCL") ? g.extentKm(p.countryCode(), null)
        : code.equals("ADM1") ? g.extentKm(p.countryCode(), p.admin1()) : 0;
  }

  /** A feature wider than {@link #POINT_KM} (the Pacific) keeps at most the areas' confidence. */
  private static double featurePoint(Gazetteer g, int c, double confidence) {
    return g.kind(c) == Gazetteer.FEATURE && g.extent(c) > POINT_KM
        ? Math.min(confidence, AREA_POINT_CONFIDENCE) : confidence;
  }

  private static Place place(Gazetteer g, Span span, String text, int c, double confidence,
                             Integer entity, String kind) {
    if (c < 0) {
      return new Place(span, text, null, null, null, null, null, null, null, null, 0, entity,
          kind);
    }
    char k = g.kind(c);
    // Towns, countries and continents carry GeoNames ids; regions and features come from
    // other sources.
    Long geonameId = k != Gazetteer.REGION && k != Gazetteer.DISTRICT && k != Gazetteer.FEATURE
        && !g.id(c).isEmpty() ? Long.valueOf(g.id(c)) : null;
    confidence = featurePoint(g, c, confidence);
    return new Place(span, text, g.name(c), geonameId, (double) g.lat(c), (double) g.lon(c),
        g.cc(c).isEmpty() ? null : g.cc(c), g.admin1(c), g.featureClass(c), g.feature(c),
        Math.round(confidence * 1000) / 1000.0, entity, kind);
  }

  private static Focus focus(Gazetteer g, List<Place> places) {
    Map<String, Double> countries = new HashMap<>();
    Map<String, Integer> towns = new HashMap<>();
    for (Place p : places) {
      if (p.countryCode() == null) {
        continue;
      }
      countries.merge(p.countryCode(), Math.max(0.2, p.confidence()), Double::sum);
      if ("P".equals(p.featureClass())) {
        towns.merge(p.resolved(), 1, Integer::sum);
      }
    }
    double top = countries.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    List<String> cs = countries.entrySet().stream().filter(e -> e.getValue() >= top * 0.5)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3)
        .map(e -> {
          int c = g.country(e.getKey());
          return c < 0 ? e.getKey() : g.name(c);
        }).toList();
    int topTown = towns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<String> ts = towns.entrySet().stream()
        .filter(e -> e.getValue() >= Math.max(2, topTown * 0.5))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
        .map(Map.Entry::getKey).toList();
    return new Focus(cs, ts);
  }
}
