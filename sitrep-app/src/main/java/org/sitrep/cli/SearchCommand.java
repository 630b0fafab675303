package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.table.Acled;
import org.sitrep.model.Json;
import org.sitrep.store.Hit;
import org.sitrep.store.SearchRequest;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep search QUERY}: full-text search with filters over the store. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches the store: QUERY in Lucene syntax over title and text (optional",
        "when filters are given), with highlighted snippets."})
public final class SearchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "e.g. Konashenkov, \"Islamic State\" AND Palmyra")
  String query;

  @Option(names = "--store", description = "Store folder (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("sitrep-data");

  @Option(names = "--entity", description = "Only articles naming this entity (any alias; a "
      + "surname joins the one full name of the store that has it).")
  String entity;

  @Option(names = "--place", description = "Only articles naming this place (any alias).")
  String place;

  @Option(names = "--country", description = "Only articles with places in this country: an ISO code (SY) or, for articles naming the country itself, its name (Syria).")
  String country;

  @Option(names = "--since", description = "Published on or after this day (YYYY-MM-DD).")
  LocalDate since;

  @Option(names = "--until", description = "Published on or before this day (YYYY-MM-DD).")
  LocalDate until;

  @Option(names = "--section", description = "Only this section.")
  String section;

  @Option(names = "--site", description = "Only this site.")
  String site;

  @Option(names = "--event", paramLabel = "TYPE",
      description = "Only articles with an event of this PLOVER type (ASSAULT, PROTEST, …) or ACLED sub-event type (\"Armed clash\") that happened (stores ingested with NLP).")
  String event;

  @Option(names = "--min-confidence", paramLabel = "X",
      description = "Only articles with an event that happened (of the --event type, when given) of at least this confidence, the chance that the event is right (0 to 1; default: 0, any).")
  double minConfidence;

  @Option(names = "--near", paramLabel = "PLACE|LAT,LON",
      description = "Only articles with a place within --km of this point: a place name from the gazetteer (the most populous of that name) or latitude,longitude.")
  String near;

  @Option(names = "--km", description = "Radius for --near in kilometres (default: ${DEFAULT-VALUE}).")
  double km = 50;

  @Option(names = "--dedup", description = "One hit per story (near-copies folded).")
  boolean dedup;

  @Option(names = "--offset", description = "Skip the first N hits (or stories with --dedup), for paging (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--json", description = "One JSON object per hit.")
  boolean json;

  @Option(names = "--limit", description = "At most N hits (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (Main.noStore(spec, store)) {
      return Main.USAGE;
    }
    if (MinConfidence.refused(spec, minConfidence)) {
      return Main.USAGE;
    }
    if (event != null && !event.isBlank() && !Acled.knownEventType(event)) {
      spec.commandLine().getErr().println("sitrep: --event " + event + " is no event type;"
          + " give a PLOVER type (" + String.join(", ", Acled.PLOVER_TYPES) + ") or an ACLED"
          + " sub-event type (" + String.join(", ", Acled.subEventTypes()) + ")");
      return Main.USAGE;
    }
    if (limit < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--limit must be at least 1 (was " + limit + ")");
    }
    if (offset < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--offset must be 0 or more (was " + offset + ")");
    }
    if (!(km > 0)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--km must be a positive distance (was " + km + ")");
    }
    if (since != null && until != null && until.isBefore(since)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--until " + until + " is before --since " + since);
    }
    List<Hit> hits;
    long total;
    try (Store s = Store.openReadOnly(store)) {
      SearchRequest.Near circle = near == null ? null : NearPoint.parse(near, km,
          spec.commandLine().getErr());
      Store.Results res = s.searchCounted(new SearchRequest(query, entity, place, country, since,
          until, section, site, circle, null, dedup, offset, limit).withEvent(event, minConfidence));
      hits = res.hits();
      total = res.total();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("sitrep: " + e.getMessage());
      return Main.USAGE;
    }
    if (!json && !hits.isEmpty()) {
      out.printf("%,d matching %s; %d from #%d:%n", total, dedup
          ? (total == 1 ? "story" : "stories") : (total == 1 ? "article" : "articles"),
          hits.size(), offset + 1);
    }
    int n = offset;
    for (Hit h : hits) {
      if (json) {
        out.println(Json.line(h));
      } else {
        out.printf("%d. %s%n   %s%s · %s%s%n", ++n, h.title() == null ? "(untitled)" : h.title(),
            h.site() == null ? "" : h.site() + " · ", h.published() == null ? "undated"
                : h.published(), h.id(), h.storySize() > 1 ? " · story of " + h.storySize()
                + (h.id().equals(h.canonical()) ? " (canonical)" : ", canonical " + h.canonical())
                : "");
        if (h.snippet() != null) {
          out.printf("   %s%n", h.snippet().replaceAll("\\s+", " "));
        }
      }
    }
    if (!json && hits.isEmpty()) {
      out.println("no hits");
    } else if (json) {
      spec.commandLine().getErr().printf("sitrep: %d of %,d matching %s%n", hits.size(),
          total, dedup ? "stories" : "articles");
    }
    out.flush();
    return Main.OK;
  }
}
