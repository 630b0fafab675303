package org.sitrep.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.store.Hit;
import org.sitrep.store.Store;

/** The JSON shapes of the API that are not a {@link StoreView} record as it is. */
final class Api {
  private Api() {}

  /** A page of hits: how many match in all, where this page starts, the hits. */
  record SearchPage(long total, int offset, int count, List<Hit> hits) {}

  static SearchPage search(Store.Results r, int offset) {
    return new SearchPage(r.total(), offset, r.hits().size(), r.hits());
  }

  /** The stored article as {@code sitrep annotate} writes it, then its story. */
  record StoredArticle(@JsonUnwrapped Article article, Story story) {}

  /** An article's story: its id, its canonical (first published) page, the other copies. */
  record Story(String id, String canonical, List<Hit> copies) {}

  static StoredArticle article(StoreView.ArticleView v) {
    return new StoredArticle(v.article(), new Story(v.story(), v.canonical(), v.copies()));
  }

  /** The orders of /api/places: most mentioned first, in most articles first, by name. */
  static final List<String> PLACE_SORTS = List.of("mentions", "articles", "name");
  /**
   * The orders of /api/events: newest article first with each article's events in order; by
   * the event's own day (else its article's), newest or oldest first; surest first.
   */
  static final List<String> EVENT_SORTS = List.of("article", "newest", "oldest", "confidence");
  /** The orders of /api/timeline: oldest day first, newest day first. */
  static final List<String> DAY_SORTS = List.of("oldest", "newest");

  /** A page of the places of a search: {@code total} places, this page's from {@code offset}. */
  record PlacesPage(long matching, long articles, boolean sampled, int total, int offset,
                    int limit, String sort, List<StoreView.PlaceCount> places) {}

  static PlacesPage places(StoreView.PlacesView v, Params.Page p) {
    Comparator<StoreView.PlaceCount> order = switch (p.sort()) {
      case "articles" -> Comparator.comparingLong((StoreView.PlaceCount c) -> -c.articles())
          .thenComparingLong(c -> -c.mentions());
      case "name" -> Comparator.comparing((StoreView.PlaceCount c) -> c.name() == null ? ""
          : c.name(), String.CASE_INSENSITIVE_ORDER);
      default -> Comparator.comparingLong((StoreView.PlaceCount c) -> -c.mentions());
    };
    List<StoreView.PlaceCount> all = v.places().stream().sorted(order).toList();
    return new PlacesPage(v.matching(), v.articles(), v.sampled(), all.size(), p.offset(),
        p.limit(),
        p.sort(), p.of(all));
  }

  /**
   * A page of the events of a search: {@code matching} articles match, {@code articles} were
   * read (all of them), {@code eventArticles} hold the {@code total} events kept.
   */
  record EventsPage(long matching, int articles, long eventArticles, int total, int offset,
                    int limit, String sort, List<StoreView.ArticleEvent> events) {}

  static EventsPage events(StoreView.EventTable v, Params.Page p) {
    List<StoreView.ArticleEvent> all = v.articleEvents();
    Comparator<StoreView.ArticleEvent> byDay = Comparator.comparing(Api::day,
        Comparator.nullsFirst(Comparator.naturalOrder()));
    all = switch (p.sort()) {
      case "newest" -> all.stream().sorted(byDay.reversed()).toList();
      case "oldest" -> all.stream().sorted(Comparator.comparing(Api::day,
          Comparator.nullsLast(Comparator.naturalOrder()))).toList();
      case "confidence" -> all.stream().sorted(Comparator.comparingDouble(
          (StoreView.ArticleEvent e) -> -e.event().confidence())).toList();
      default -> v.newestFirst().articleEvents();
    };
    return new EventsPage(v.matching(), v.articles(), v.eventArticles(), all.size(),
        p.offset(), p.limit(),
        p.sort(), p.of(all));
  }

  /** An event's own day, else its article's; null when neither is known. */
  private static String day(StoreView.ArticleEvent e) {
    String own = StoreView.day(e.event().date() == null ? null : e.event().date().value());
    return own != null ? own : StoreView.day(e.article().published());
  }

  /** A page of the days of a search. */
  record TimelinePage(long matching, long articles, long undated, boolean sampled, int total,
                      int offset, int limit, String sort, List<StoreView.Day> days) {}

  static TimelinePage timeline(StoreView.TimelineView v, Params.Page p) {
    List<StoreView.Day> all = v.days();
    if (p.sort().equals("newest")) {
      all = new ArrayList<>(all);
      Collections.reverse(all);
    }
    return new TimelinePage(v.matching(), v.articles(), v.undated(), v.sampled(), all.size(),
        p.offset(),
        p.limit(), p.sort(), p.of(all));
  }
}
