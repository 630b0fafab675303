package org.sitrep.core.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.nlp.events.StoryEvents;

/**
 * The rows of the events table ({@link Tables#EVENTS}) of a run of articles, the same for
 * {@code sitrep export}, {@code sitrep events --csv} and the server's events page and download:
 * one row per event of each article, whatever its status (the {@code status} column says it),
 * with the id {@code event_id_cnty} = country code + article id + "-" + the event's id in the
 * article ("SYRa1b2-e1"), the same on every run. With {@code dedup}, the copies of one
 * happening that the articles of a story report are one row ({@link StoryEvents}): the row of
 * its first report, with that report's id, every report's sites in {@code source} and article
 * ids in {@code sources} (its first report: the first published); events that did not happen
 * stay each article's own. Its {@code fatalities} is the lowest death toll of its reports (as
 * ACLED codes conflicting reports), and {@code figures} lists every report's counts with the
 * article it was read from. A target that is a place is no actor ({@link
 * Tables#withoutPlaceTargets}).
 *
 * <p>The rows come in one order: article by article in the order of their ids, each article's
 * events in its order, a story event where its first report's event is. They are held and
 * sorted until {@link #finish}, except from {@link #streaming} rows without dedup, which are
 * handed on as they are made: its caller adds the articles in the order of their ids
 * ({@code Store.articlesById}), so a large export holds no rows.
 */
public final class EventRows {
  /** Which events become rows: {@code article} is the (first) article that reports it. */
  @FunctionalInterface
  public interface Keep {
    boolean keeps(Event e, Article article);

    Keep ALL = (e, a) -> true;
  }

  /**
   * Hears each row as it is made, with the (first) article it was read from and its event (a
   * story's merged event, with its first report's id).
   */
  @FunctionalInterface
  public interface Sink {
    void row(String articleId, Article article, Event event, Object[] row);
  }

  private final boolean dedup;
  private final Keep keep;
  private final Sink sink;
  /** With dedup: the stories' events in the order they were read, until {@link #finish}. */
  private final Map<String, List<StoryEvents.Sourced>> byStory = new LinkedHashMap<>();
  /** With dedup: each article read, by id, without its text and layers. */
  private final Map<String, Article> articles = new LinkedHashMap<>();
  /** With dedup: each kept event's first sentence, by article id and event id. */
  private final Map<String, String> notes = new java.util.HashMap<>();

  /** Without dedup, rows are handed on as made: the articles come in the order of their ids. */
  private final boolean streaming;
  /** The rows made, until {@link #finish} sorts them (all but streaming rows without dedup). */
  private final List<Pending> pending = new ArrayList<>();
  /** With dedup: each kept event's place in its article, by article id and event id. */
  private final Map<String, Integer> index = new java.util.HashMap<>();

  private record Pending(String articleId, int index, Article article, Event event,
                         Object[] row) {}

  /** The order of the rows: by article id, then by the event's place in its article. */
  private static final java.util.Comparator<Pending> ORDER = java.util.Comparator
      .comparing(Pending::articleId).thenComparingInt(Pending::index);

  /** Rows of articles added in any order: held, and handed on sorted by {@link #finish}. */
  public EventRows(boolean dedup, Keep keep, Sink sink) {
    this(dedup, keep, sink, false);
  }

  private EventRows(boolean dedup, Keep keep, Sink sink, boolean streaming) {
    this.dedup = dedup;
    this.keep = keep;
    this.sink = sink;
    this.streaming = streaming;
  }

  /**
   * Rows of articles its caller adds in the order of their ids (as {@code Store.articlesById}
   * gives them), or of articles read in the order given (files, which have no such order):
   * without dedup each row is handed on as soon as it is made, none is held.
   */
  public static EventRows streaming(boolean dedup, Keep keep, Sink sink) {
    return new EventRows(dedup, keep, sink, true);
  }

  private void emit(String articleId, int i, Article a, Event e, Object[] row) {
    if (streaming && !dedup) {
      sink.row(articleId, a, e, row);
    } else {
      pending.add(new Pending(articleId, i, a, e, row));
    }
  }

  /**
   * An article of story {@code story} (null: its own): its rows, or with dedup, its happened
   * events kept for {@link #finish} to merge.
   */
  public void add(String id, String story, Article a) {
    Long read = Tables.epochSecond(a.fetched());
    List<Event> events = a.layers().events();
    // With dedup the rows wait for finish: they keep the article without its text and layers.
    Article held = dedup ? articles.computeIfAbsent(id, k -> a.withoutText().withLayers(
        org.sitrep.model.Layers.EMPTY)) : a;
    for (int i = 0; i < events.size(); i++) {
      // The event as the table holds it (a place is no target), for the filter and the row.
      Event e = Tables.withoutPlaceTargets(events.get(i), a.layers());
      if (dedup && e.happened()) {
        byStory.computeIfAbsent(story == null ? id : story, k -> new ArrayList<>())
            .add(new StoryEvents.Sourced(id, a.site(), a.url(),
                a.published() == null ? null : a.published().iso(), e));
        notes.put(id + "\u0000" + e.id(), Tables.sentence(e, a.text()));
        index.put(id + "\u0000" + e.id(), i);
      } else if (keep.keeps(e, a)) {
        emit(id, i, held, e, Tables.event(e, id, a.site() != null ? a.site() : a.url(),
            Tables.sentence(e, a.text()), List.of(id), read));
      }
    }
  }

  /**
   * The end of the articles: with dedup, the rows of the stories' merged events; every row
   * still held, in the order of article ids and of the events in their article.
   */
  public void finish() {
    for (Map.Entry<String, List<StoryEvents.Sourced>> story : byStory.entrySet()) {
      // Its first report is the first published (ties: the smaller id), in whatever order the
      // articles were read: a story's row is the same from the export and from a search.
      List<StoryEvents.Sourced> reports = new ArrayList<>(story.getValue());
      reports.sort(java.util.Comparator.comparing((StoryEvents.Sourced r) -> published(
          articles.get(r.articleId())), java.util.Comparator.nullsLast(
              java.util.Comparator.naturalOrder())).thenComparing(StoryEvents.Sourced::articleId));
      Map<String, List<Event.Count>> counts = new java.util.HashMap<>();
      for (StoryEvents.Sourced r : reports) {
        counts.put(r.articleId() + "\u0000" + r.event().id(), r.event().counts());
      }
      for (StoryEvents.StoryEvent se : StoryEvents.merge(story.getKey(), reports)) {
        StoryEvents.Source first = se.sources().get(0);
        Article a = articles.get(first.articleId());
        // It keeps its first report's id: the story's row is that report's row, every source.
        Event e = se.event();
        if (!keep.keeps(e, a)) {
          continue;
        }
        emit(first.articleId(), index.getOrDefault(first.articleId() + "\u0000"
            + first.eventId(), 0), a, e, Tables.event(e, first.articleId(),
            se.sources().stream().map(s -> s.site() != null ? s.site() : s.url()).toList(),
            notes.get(first.articleId() + "\u0000" + first.eventId()),
            se.sources().stream().map(StoryEvents.Source::articleId).toList(),
            Tables.epochSecond(a.fetched()), se.reports().stream()
                .map(s -> new Tables.Report(s.articleId(), counts.getOrDefault(
                    s.articleId() + "\u0000" + s.eventId(), List.of())))
                .toList()));
      }
    }
    pending.sort(ORDER);
    for (Pending p : pending) {
      sink.row(p.articleId(), p.article(), p.event(), p.row());
    }
    pending.clear();
    byStory.clear();
    articles.clear();
    notes.clear();
    index.clear();
  }

  private static java.time.Instant published(Article a) {
    return a == null || a.published() == null ? null : a.published().instant();
  }
}
