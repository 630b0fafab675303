package org.sitrep.nlp.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.model.Article;
import org.sitrep.model.Focus;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.Stage;
import org.sitrep.model.Urls;
import org.sitrep.nlp.doc.Doc;

/**
 * Resolves every place mention to a gazetteer entry, by context rather than population alone.
 * Each place entity (all its aliases: "Raqqa", "Al-Raqqah") gets candidates from the gazetteer and
 * each candidate a score:
 * <ul>
 *   <li>prior: countries before regions before towns; capitals and administrative seats first;
 *   more people, more likely;</li>
 *   <li>country context: the countries the article names, and its demonyms ("Syrian forces"),
 *   lift candidates in them;</li>
 *   <li>"X, Y": "Mosul, Iraq" puts Mosul in Iraq (or in region Y); "Cambridge, Md." and "Troy,
 *   OH" keep only the towns in that state ({@link Namesakes});</li>
 *   <li>proximity: a second pass lifts candidates near the places already resolved with
 *   confidence ("Palmyra" near Raqqa and Deir ez-Zor is Tadmur, not Palmyra, NY).</li>
 * </ul>
 * Demonyms ("Syrian", "Iraqis") are places too (kind {@code demonym}), resolved to their country.
 * The article's {@link Focus} is its most mentioned countries and towns.
 *
 * <p>This class runs the steps; each is a class of this package: {@link Toponyms} (the names and
 * their candidates, by {@link PlaceNames}), {@link WholeNames}, {@link Demonyms}, {@link ArticleContext},
 * {@link Namesakes}, {@link Resolver} (with {@link CandidateFeatures}), {@link NotPlaces}, {@link Facilities},
 * {@link PlacePoints}, {@link HomeVotes}, {@link ArticleFocus} and, when asked
 * ({@link PlaceOptions}), {@link Explanations}.
 */
public final class PlaceStage implements Stage {
  @Override
  public void warm() {
    Gazetteer.bundled();
    Landmarks.bundled();
  }

  /** Where each site is at home, learnt from its articles as this stage resolves them. */
  private final SiteHomes homes;
  private final ResolverWeights weights;
  private final PlaceOptions options;

  public PlaceStage() {
    this(new SiteHomes());
  }

  /** A stage that learns (and uses) sites' homes in {@code homes}, e.g. seeded from a store. */
  public PlaceStage(SiteHomes homes) {
    this(homes, ResolverWeights.bundled());
  }

  /** A stage that resolves with {@code weights} (the trainer's, or the bundled ones). */
  public PlaceStage(SiteHomes homes, ResolverWeights weights) {
    this(homes, weights, PlaceOptions.DEFAULT);
  }

  /**
   * A stage that resolves with {@code weights} as {@code options} ask: with explanations, with
   * a country hint.
   */
  public PlaceStage(SiteHomes homes, ResolverWeights weights, PlaceOptions options) {
    this.homes = homes;
    this.weights = weights;
    this.options = options;
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
  public Article apply(Article a, Consumer<Choice> sink) {
    Gazetteer g = Gazetteer.bundled();
    Doc d = Doc.of(a);
    List<Mention> mentions = a.layers().mentions();
    Map<String, Target> known = new HashMap<>();
    Map<Integer, Target> targets = Toponyms.ofEntities(a, g, known);
    Map<String, Target> extra = Toponyms.embedded(d, g, mentions, known);
    List<Place> demonyms = WholeNames.apply(d, g, mentions, List.copyOf(targets.values()), extra,
        Demonyms.find(d, g, mentions));
    String site = SiteHomes.key(a.url(), a.site());
    SiteHomes.Home home = homes.home(site);
    String domainCountry = SiteHomes.domainCountry(Urls.host(a.url()));
    ArticleContext context = ArticleContext.of(g, a.text(), mentions, targets, demonyms, home,
        domainCountry).withCountryHint(options.countryHint());
    List<Target> all = new ArrayList<>(targets.values());
    all.addAll(extra.values());
    ArticleContext.regionsWhereCued(d, g, all);
    WholeNames.waterOnly(g, all);
    Namesakes.apply(d, g, all);
    TownCounties.apply(g, all);
    new Resolver(g, weights, context, LocalTowns.cued(d, all),
        LocalTowns.siteNamed(a.url(), all)).resolve(all);
    if (sink != null) {
      for (Target t : all) {
        if (t.features != null) {
          sink.accept(new Choice(t.mentions.stream().map(Mention::span).toList(),
              t.candidates, t.features));
        }
      }
    }
    List<Place> places = new ArrayList<>(demonyms);
    Map<Place, Double> confidence = new IdentityHashMap<>();
    Set<Place> voters = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Target t : all) {
      boolean votes = HomeVotes.supported(g, t);
      List<org.sitrep.model.Place.Candidate> explain = options.explain()
          ? Explanations.of(g, t, weights, context) : null;
      for (Mention m : t.mentions) {
        if (NotPlaces.notAPlace(d, g, m, t.best)) {
          continue;
        }
        String landmark = Landmarks.bundled().kind(m.text());
        // A feature the gazetteer lacks is held by what holds it (Facilities places it): the
        // place the text names after it, a tagged part ("Henry County Jail"), or the known part
        // of its name ("Las Vegas Valley"), except for a road ("Kingsley Road" is no town
        // called Kingsley)
        String head = t.fromPart ? WholeNames.featureClass(m.text()) : null;
        int best = head != null ? -1 : t.best;
        int holder = best < 0 ? Resolver.holder(g, t, targets) : -1;
        if (holder < 0 && head != null) {
          holder = t.part != null ? t.part.best : head.equals("R") ? -1 : t.best;
        }
        Place p = holder >= 0
            ? PlacePoints.place(g, m.span(), m.text(), holder, Resolver.HELD_CONFIDENCE,
                t.entity == null ? null : t.entity.id(), "held")
            : PlacePoints.place(g, m.span(), m.text(), best, t.share,
                t.entity == null ? null : t.entity.id(),
                "embedded".equals(m.source()) ? "embedded" : landmark != null ? landmark : t.kind);
        p = explain == null ? p : p.withExplain(explain);
        places.add(p);
        confidence.put(p, holder >= 0 ? Resolver.HELD_CONFIDENCE
            : best < 0 ? t.confidence : PlacePoints.featurePoint(g, best, t.confidence));
        if (votes) {
          voters.add(p);
        }
      }
    }
    places = Facilities.place(d, mentions, places);
    places.sort(Comparator.comparingInt(p -> p.span().start()));
    // votes on the resolver's own shares, whatever the calibration
    homes.record(site, places.stream().filter(voters::contains).toList());
    places = PlacePoints.confident(places, confidence);
    Focus focus = ArticleFocus.of(g, places);
    return a.withLayers(a.layers().withPlaces(PlacePoints.areasAsPoints(g, places), focus));
  }
}
