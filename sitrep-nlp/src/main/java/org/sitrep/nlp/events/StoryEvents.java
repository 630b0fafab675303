package org.sitrep.nlp.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Event;

/**
 * One event per story: the articles of a story cluster (near-copies of one wire story, or one
 * story told by several sites) report the same happenings; their events that tell one happening
 * ({@link EventMerge#sameHappening}) become one event with every source. Counts are never
 * averaged: each source's figure stays, with who claims it, side by side.
 */
public final class StoryEvents {
  private StoryEvents() {}

  /** An article's event, with the article it came from. */
  public record Sourced(String articleId, String site, String url, String published, Event event) {}

  /** Where a story event was reported: the article and its own event id there. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Source(String articleId, String site, String url, String published, String eventId,
                       List<Event.Claimant> claimedBy) {}

  /**
   * A story's event: the first report's reading and id, all counts and claimants, every
   * source (one per article); its confidence the highest of its reports' (each already the
   * chance that the report is right). {@code reports} is every article event merged into it,
   * an article's second event as well (its counts are the story event's too).
   */
  public record StoryEvent(String story, Event event, List<Source> sources, List<Source> reports) {}

  /** Merges the events of one story's articles (only events that happened). */
  public static List<StoryEvent> merge(String story, List<Sourced> events) {
    List<Event> merged = new ArrayList<>();
    List<List<Source>> reports = new ArrayList<>();
    for (Sourced s : events) {
      if (!s.event().happened()) {
        continue;
      }
      Source src = new Source(s.articleId(), s.site(), s.url(), s.published(), s.event().id(),
          s.event().claimedBy());
      int into = -1;
      for (int i = 0; i < merged.size() && into < 0; i++) {
        if (EventMerge.sameHappening(merged.get(i), s.event())) {
          into = i;
        }
      }
      if (into < 0) {
        merged.add(s.event());
        reports.add(new ArrayList<>(List.of(src)));
        continue;
      }
      Event o = merged.get(into);
      reports.get(into).add(src);
      merged.set(into, new Event(o.id(), o.type(), o.mode() != null ? o.mode() : s.event().mode(),
          o.acled() != null ? o.acled() : s.event().acled(), o.actors(), o.recipients(),
          o.place() != null ? o.place() : s.event().place(), o.date(),
          counts(o.counts(), s.event().counts()), o.evidence(),
          claimants(o.claimedBy(), s.event().claimedBy()), o.status(),
          Math.max(o.confidence(), s.event().confidence())));
    }
    List<StoryEvent> out = new ArrayList<>();
    for (int i = 0; i < merged.size(); i++) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      List<Source> sources = reports.get(i).stream().filter(r -> seen.add(r.articleId()))
          .toList(); // one source an article: its first event of the happening
      out.add(new StoryEvent(story, merged.get(i), sources, List.copyOf(reports.get(i))));
    }
    return out;
  }

  /** Counts side by side: one per (kind, bounds, claimant); the same figure twice is one. */
  private static List<Event.Count> counts(List<Event.Count> a, List<Event.Count> b) {
    Map<String, Event.Count> out = new LinkedHashMap<>();
    for (Event.Count c : a) {
      out.putIfAbsent(key(c), c);
    }
    for (Event.Count c : b) {
      out.putIfAbsent(key(c), c);
    }
    return List.copyOf(out.values());
  }

  private static String key(Event.Count c) {
    return c.kind() + "|" + c.low() + "|" + c.high() + "|" + c.claimedByName();
  }

  private static List<Event.Claimant> claimants(List<Event.Claimant> a, List<Event.Claimant> b) {
    List<Event.Claimant> out = new ArrayList<>(a);
    for (Event.Claimant c : b) {
      if (out.stream().noneMatch(x -> x.name() != null && x.name().equals(c.name()))) {
        out.add(new Event.Claimant(null, c.name(), null));
      }
    }
    return out;
  }

  /** "&gt;5,000 according to the Russian Defense Ministry; 4,000 according to …". */
  public static String describeCounts(List<Event.Count> counts, String kind) {
    StringBuilder sb = new StringBuilder();
    for (Event.Count c : counts) {
      if (!c.kind().equals(kind)) {
        continue;
      }
      sb.append(sb.length() == 0 ? "" : "; ").append(c.text() != null ? c.text() : c.low());
      if (c.claimedByName() != null) {
        sb.append(" according to ").append(c.claimedByName());
      }
    }
    return sb.toString();
  }
}
