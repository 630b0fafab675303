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
 * stay each article's own.
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

  public EventRows(boolean dedup, Keep keep, Sink sink) {
    this.dedup = dedup;
    this.keep = keep;
    this.sink = sink;
  }

  /**
   * An article of story {@code story} (null: its own): its rows now, or with dedup, its
   * happened events kept for {@link #finish} and the others' rows now.
   */
  public void add(String id, String story, Article a) {
    Long read = Tables.epochSecond(a.fetched());
    for (Event e : a.layers().events()) {
      if (dedup && e.happened()) {
        byStory.computeIfAbsent(story == null ? id : story, k -> new ArrayList<>())
            .add(new StoryEvents.Sourced(id, a.site(), a.url(),
                a.published() == null ? null : a.published().iso(), e));
        notes.put(id + "\u0000" + e.id(), Tables.sentence(e, a.text()));
        articles.computeIfAbsent(id, k -> a.withoutText().withLayers(
            org.sitrep.model.Layers.EMPTY));
      } else if (keep.keeps(e, a)) {
        sink.row(id, a, e, Tables.event(e, id, a.site() != null ? a.site() : a.url(),
            Tables.sentence(e, a.text()), List.of(id), read));
      }
    }
  }

  /** With dedup: the rows of the stories' merged events, story after story. */
  public void finish() {
    for (Map.Entry<String, List<StoryEvents.Sourced>> story : byStory.entrySet()) {
      // Its first report is the first published (ties: the smaller id), in whatever order the
      // articles were read: a story's row is the same from the export and from a search.
      List<StoryEvents.Sourced> reports = new ArrayList<>(story.getValue());
      reports.sort(java.util.Comparator.comparing((StoryEvents.Sourced r) -> published(
          articles.get(r.articleId())), java.util.Comparator.nullsLast(
              java.util.Comparator.naturalOrder())).thenComparing(StoryEvents.Sourced::articleId));
      for (StoryEvents.StoryEvent se : StoryEvents.merge(story.getKey(), reports)) {
        StoryEvents.Source first = se.sources().get(0);
        Article a = articles.get(first.articleId());
        Event m = se.event();
        // The first report's id: the story's row is that report's row, with every source.
        Event e = new Event(first.eventId(), m.type(), m.mode(), m.acled(), m.actors(),
            m.recipients(), m.place(), m.date(), m.counts(), m.evidence(), m.claimedBy(),
            m.status(), m.confidence());
        if (!keep.keeps(e, a)) {
          continue;
        }
        sink.row(first.articleId(), a, e, Tables.event(e, first.articleId(),
            se.sources().stream().map(s -> s.site() != null ? s.site() : s.url()).toList(),
            notes.get(first.articleId() + "\u0000" + first.eventId()),
            se.sources().stream().map(StoryEvents.Source::articleId).toList(),
            Tables.epochSecond(a.fetched())));
      }
    }
    byStory.clear();
    articles.clear();
    notes.clear();
  }

  private static java.time.Instant published(Article a) {
    return a == null || a.published() == null ? null : a.published().instant();
  }
}
