package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who did what to whom, where, when and how many: one event in the PLOVER ontology, read from
 * the article's sentences. {@code type} is one of PLOVER's sixteen (ASSAULT, PROTEST, …) and
 * {@code mode} its PLOVER mode where the text says one ("suicide-attack", "arrest"). {@code acled}
 * is the ACLED event and sub-event type when the event is in ACLED's scope (political violence,
 * protests, strategic developments). Events of one type told in several sentences of an article
 * (the offensive, then its size, then who it struck) are one event with several
 * {@code evidence} entries; the first is where it was found first.
 *
 * <p>{@code status} is "happened", "future", "hypothetical" or "negated"; only events that
 * happened count in evaluation and export. {@code claimedBy} is the entity (or the words) that
 * reports the event when the article does not state it itself ("…, the Russian Defense Ministry
 * said").
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Event(String id, String type, String mode, Acled acled, List<Actor> actors,
                    List<Actor> recipients, Where place, When date, List<Count> counts,
                    List<Evidence> evidence, List<Claimant> claimedBy, String status,
                    double confidence) {
  public Event {
    actors = actors == null ? List.of() : List.copyOf(actors);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    counts = counts == null ? List.of() : List.copyOf(counts);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    claimedBy = claimedBy == null ? List.of() : List.copyOf(claimedBy);
  }

  /** True for events that count as events (not future, hypothetical or negated). */
  public boolean happened() {
    return "happened".equals(status);
  }

  /**
   * The values of a status filter (the CLI's {@code events --status}, the server's
   * {@code status}): an event's status, or {@code any}; {@code happened} is the default.
   */
  public static final List<String> STATUS_FILTERS = List.of("happened", "future",
      "hypothetical", "negated", "any");

  /** True when this event passes the status filter {@code filter} (an event without one happened). */
  public boolean hasStatus(String filter) {
    return "any".equals(filter) || filter.equals(status == null ? "happened" : status);
  }

  /** ACLED's event type ("Battles") and sub-event type ("Armed clash"). */
  public record Acled(String eventType, String subEventType) {}

  /**
   * A participant: the entity it names (null for a group the text only describes: "protesters"),
   * the words, ISO 3166 alpha-3 country code and PLOVER/CAMEO sector (GOV, MIL, REB, COP, CVL, …)
   * where inferable.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Actor(Integer entity, String name, Span span, String country, String sector) {}

  /**
   * Where: a resolved place; {@code precision} "sentence" when the event's own sentence names
   * it, "article" when it is the article's focus.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Where(String name, String resolved, String countryCode, String admin1, Double lat,
                      Double lon, Long geonameId, Span span, String precision) {}

  /**
   * When: an ISO day; {@code precision} "sentence" (a date expression of the sentence),
   * "published" (the article's publication day) or "unknown".
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record When(String value, String text, Span span, String precision) {}

  /**
   * A count: {@code kind} is "size", "dead", "injured" or "arrested"; bounds as the text gives
   * them, with who claims the figure when someone does.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Count(String kind, Double low, Double high, String text, Span span,
                      String claimedByName) {}

  /** The sentence an event was read from and the words that triggered it. */
  public record Evidence(Span sentence, Span trigger, String triggerText) {}

  /** Who reports the event: an entity id when named, and the words. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Claimant(Integer entity, String name, Span span) {}
}
