package org.sitrep.nlp.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.model.Pipeline;
import org.sitrep.model.Place;

/**
 * Scores place recognition and resolution on a folder of GeoWebNews-style articles
 * ({@code <id>.json}: text and gold toponyms with offsets and coordinates). Recognition: a
 * predicted place matches a gold one when their spans share a character, one-to-one, largest
 * overlap first. Resolution: over matched pairs whose gold has a GeoNames id, the great-circle
 * error (20,039 km when Sitrep gave no coordinates): accuracy within 161 km, mean, median, and
 * the AUC of the sorted ln(1+km) curve; and the area-aware accuracy ({@link AreaScore}), where a
 * country, region or continent is right when the gold lies in it.
 */
public final class GeoEval {
  private static final double MAX_KM = 20039;

  /** The figures. */
  public record Summary(int articles, int gold, int predicted, int matched, int exact,
                        double precision, double recall, double f1, double exactF1,
                        int resolved, double acc161, double areaAcc, double meanKm, double medianKm, double auc,
                        List<String> worst, ResolveSet resolveSet, int confident,
                        int confidentWithin, Summary fromStore, List<ClassScore> classes) {
    /** Of the scored places with confidence at least {@link #CONFIDENT}, the share within 161 km. */
    public double confidentAcc161() {
      return confident == 0 ? 0 : (double) confidentWithin / confident;
    }
  }

  /**
   * Recognition of one class of toponym ({@link GoldClasses}; for corpora linked to GeoNames,
   * whose links tell the classes apart): its gold toponyms, those matched,
   * the unmatched predictions claiming the class, and P/R/F1 from these.
   */
  public record ClassScore(String name, int gold, int matched, int falsePositives,
                           double precision, double recall, double f1) {}

  /** The confidence from which a place counts as sure (the map draws the rest as doubtful). */
  public static final double CONFIDENT = 0.8;

  private final Pipeline pipeline;
  private final java.io.PrintWriter dump;

  /** {@code dump}, when not null, receives each article's predicted places as a JSON line. */
  public GeoEval(Pipeline pipeline, java.io.PrintWriter dump) {
    this.pipeline = pipeline;
    this.dump = dump;
  }

  /**
   * Which matched toponyms resolution is scored on: those whose gold has a GeoNames id (the
   * corpora that link to GeoNames), or every one with coordinates (GeoVirus: Wikipedia
   * coordinates, no ids); {@code AUTO} takes ids when the folder has any, else coordinates.
   */
  public enum ResolveSet { IDS, COORDS, AUTO }

  public Summary run(Path dir) throws IOException {
    return run(dir, ResolveSet.AUTO);
  }

  /** The set {@code AUTO} stands for in {@code dir}. */
  public static ResolveSet resolveSet(Path dir, ResolveSet asked) throws IOException {
    if (asked != ResolveSet.AUTO) {
      return asked;
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
        for (JsonNode g : Json.mapper().readTree(f.toFile()).path("toponyms")) {
          if (g.hasNonNull("geonameId")) {
            return ResolveSet.IDS;
          }
        }
      }
    }
    return ResolveSet.COORDS;
  }

  /**
   * Scores the {@code <id>.json} articles of {@code dir}; each article goes through the
   * pipeline with its {@code url} and {@code title} when the file has them, as a page would.
   */
  public Summary run(Path dir, ResolveSet asked) throws IOException {
    ResolveSet set = resolveSet(dir, asked);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<Scored> scored = new ArrayList<>();
    for (Path f : files) {
      JsonNode doc = Json.mapper().readTree(f.toFile());
      if (!doc.has("toponyms")) {
        continue;
      }
      Object out = pipeline.run(input(f, doc));
      Article annotated = out instanceof Article x ? x : null;
      List<Place> places = annotated == null ? List.of() : annotated.layers().places();
      if (dump != null) {
        dump.println(Json.line(Map.of("id", doc.path("id").asText(), "places", places)));
      }
      scored.add(new Scored(f, doc, annotated, places));
    }
    return summarize(scored, set, summarize(fromStore(scored), set, null));
  }

  /** The article of a bench file as a page would give it: its text, url, site and title. */
  public static Article input(Path f, JsonNode doc) {
    Article a = Article.ofText(doc.path("id").asText(), f.toString(), doc.path("text").asText(),
        "en");
    String url = doc.path("url").asText(null);
    return a.withPage(url, org.sitrep.model.Urls.host(url), doc.path("title").asText(null), null);
  }

  /** One article: its file, gold, annotation (null when it failed) and places. */
  private record Scored(Path file, JsonNode doc, Article annotated, List<Place> places) {}

  /**
   * The articles' places again, each resolved with its site's home learnt from every other
   * article of the folder (as a store holding them would give it, see {@code ingest}'s
   * seeding), not from those seen before it: the place stage alone runs again on each
   * article's annotation, with a {@link SiteHomes} that has the votes of the site's other
   * articles from the first pass.
   */
  private static List<Scored> fromStore(List<Scored> scored) {
    List<String> sites = new ArrayList<>();
    Map<String, List<Integer>> bySite = new java.util.HashMap<>();
    for (int i = 0; i < scored.size(); i++) {
      Article a = scored.get(i).annotated();
      String site = a == null ? null : SiteHomes.key(a.url(), a.site());
      sites.add(site);
      if (site != null) {
        bySite.computeIfAbsent(site, k -> new ArrayList<>()).add(i);
      }
    }
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Scored sc = scored.get(i);
      Article a = sc.annotated();
      String site = sites.get(i);
      if (site == null) {
        out.add(sc);
        continue;
      }
      SiteHomes homes = new SiteHomes();
      for (int j : bySite.get(site)) {
        if (j != i) {
          homes.record(site, scored.get(j).places());
        }
      }
      List<Place> places = new org.sitrep.nlp.geo.PlaceStage(homes).apply(a).layers().places();
      out.add(new Scored(sc.file(), sc.doc(), a, places));
    }
    return out;
  }

  private static Summary summarize(List<Scored> items, ResolveSet set, Summary fromStore) {
    int articles = 0;
    int gold = 0;
    int predicted = 0;
    int matched = 0;
    int exact = 0;
    int confident = 0;
    int confidentWithin = 0;
    List<Double> errors = new ArrayList<>();
    List<String> worst = new ArrayList<>();
    AreaScore areas = new AreaScore(Gazetteer.bundled());
    int areaRight = 0;
    GoldClasses classes = new GoldClasses(Gazetteer.bundled());
    for (Scored sc : items) {
      Path f = sc.file();
      List<Place> places = sc.places();
      articles++;
      List<JsonNode> golds = new ArrayList<>();
      sc.doc().path("toponyms").forEach(golds::add);
      gold += golds.size();
      predicted += places.size();
      List<int[]> pairs = new ArrayList<>();
      for (int i = 0; i < places.size(); i++) {
        for (int j = 0; j < golds.size(); j++) {
          int ov = Math.min(places.get(i).span().end(), golds.get(j).path("end").asInt())
              - Math.max(places.get(i).span().start(), golds.get(j).path("start").asInt());
          if (ov > 0) {
            pairs.add(new int[] {ov, i, j});
          }
        }
      }
      pairs.sort(Comparator.comparingInt((int[] p) -> -p[0]));
      boolean[] usedP = new boolean[places.size()];
      boolean[] usedG = new boolean[golds.size()];
      for (int[] p : pairs) {
        if (usedP[p[1]] || usedG[p[2]]) {
          continue;
        }
        usedP[p[1]] = true;
        usedG[p[2]] = true;
        matched++;
        Place pl = places.get(p[1]);
        JsonNode g = golds.get(p[2]);
        if (pl.span().start() == g.path("start").asInt() && pl.span().end() == g.path("end").asInt()) {
          exact++;
        }
        boolean scored = set == ResolveSet.COORDS ? g.hasNonNull("lat") && g.hasNonNull("lon")
            : g.hasNonNull("geonameId") && g.hasNonNull("lat");
        if (scored) {
          double km = pl.lat() == null ? MAX_KM
              : Gazetteer.km(pl.lat(), pl.lon(), g.path("lat").asDouble(), g.path("lon").asDouble());
          errors.add(km);
          Long goldId = g.hasNonNull("geonameId") ? g.path("geonameId").asLong() : null;
          areaRight += areas.right(pl, goldId, g.path("lat").asDouble(),
              g.path("lon").asDouble(), km) ? 1 : 0;
          if (pl.lat() != null && pl.confidence() >= CONFIDENT) {
            confident++;
            confidentWithin += km <= 161 ? 1 : 0;
          }
          if (km > 161 && worst.size() < 400) {
            worst.add(String.format("%s: '%s' -> %s (%s, %s %s), gold %s %s, %.0f km off",
                f.getFileName(), g.path("name").asText(), pl.resolved(), pl.countryCode(),
                pl.lat(), pl.lon(), g.path("lat").asText(), g.path("lon").asText(), km));
          }
        }
      }
      for (int j = 0; j < golds.size(); j++) {
        classes.gold(golds.get(j), usedG[j]);
      }
      for (int i = 0; i < places.size(); i++) {
        if (!usedP[i]) {
          classes.unmatched(places.get(i));
        }
      }
    }
    double precision = predicted == 0 ? 0 : (double) matched / predicted;
    double recall = gold == 0 ? 0 : (double) matched / gold;
    double ep = predicted == 0 ? 0 : (double) exact / predicted;
    double er = gold == 0 ? 0 : (double) exact / gold;
    errors.sort(null);
    int n = errors.size();
    double within = errors.stream().filter(e -> e <= 161).count();
    double mean = errors.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double median = n == 0 ? 0 : n % 2 == 1 ? errors.get(n / 2)
        : (errors.get(n / 2 - 1) + errors.get(n / 2)) / 2;
    return new Summary(articles, gold, predicted, matched, exact, precision, recall,
        f1(precision, recall), f1(ep, er), n, n == 0 ? 0 : within / n,
        n == 0 ? 0 : (double) areaRight / n, mean, median, auc(errors),
        worst, set, confident, confidentWithin, fromStore,
        set == ResolveSet.IDS ? classes.scores() : List.of());
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Trapezoid area under sorted ln(1+km), over ln(20039)·(n−1): 0 is perfect, 1 worst. */
  static double auc(List<Double> sortedKm) {
    int n = sortedKm.size();
    if (n < 2) {
      return n == 1 ? Math.log1p(sortedKm.get(0)) / Math.log(MAX_KM) : 0;
    }
    double area = 0;
    for (int i = 1; i < n; i++) {
      area += (Math.log1p(sortedKm.get(i - 1)) + Math.log1p(sortedKm.get(i))) / 2;
    }
    return area / (Math.log(MAX_KM) * (n - 1));
  }
}
