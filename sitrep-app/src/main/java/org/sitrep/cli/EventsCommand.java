package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.Flow;
import org.sitrep.core.table.CsvTable;
import org.sitrep.core.table.EventRows;
import org.sitrep.core.table.Tables;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Json;
import org.sitrep.model.Layer;
import org.sitrep.nlp.Annotator;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep events INPUT…} and {@code sitrep events --store DIR}: the events layer as one
 * JSON line per event, or as CSV: the events table of {@code sitrep export} ({@link EventRows}:
 * each article's events, every status; with {@code --dedup}, a story's copies of one happening
 * as one row).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Who did what to whom: the events of the given pages, or of the articles of a",
        "store (--store), one JSON line per event with the article's id and source, of the",
        "events that happened (--status: another status, or any). --csv writes the events",
        "table of 'sitrep export' (ACLED's columns, then Sitrep's): its rows and ids."})
public final class EventsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions in;

  @Option(names = "--csv", description = "CSV with ACLED's columns and codings, then Sitrep's, and a header row (the events table of 'sitrep export').")
  boolean csv;

  @Option(names = "--status", paramLabel = "S", description = "Only events of this status: happened (the default), future, hypothetical, negated, or any (every event, its status in the status column), as the server's status=.")
  String status = "happened";

  @Option(names = "--dedup", description = "With --store: one event per story: the copies of one happening that a story's articles report are one event with every source (as 'sitrep export --dedup' and the server's dedup=true).")
  boolean dedup;

  @Option(names = "--store", paramLabel = "DIR",
      description = "Read the events of the articles in this store.")
  Path store;

  @Option(names = "--min-confidence", paramLabel = "X", description = MinConfidence.HELP)
  double minConfidence;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (MinConfidence.refused(spec, minConfidence)) {
      return Main.USAGE;
    }
    if (!Event.STATUS_FILTERS.contains(status)) {
      spec.commandLine().getErr().println("sitrep: --status takes one of "
          + String.join(", ", Event.STATUS_FILTERS) + "; not '" + status + "'");
      spec.commandLine().getErr().flush();
      return Main.USAGE;
    }
    if (dedup && store == null) {
      spec.commandLine().getErr().println("sitrep: --dedup merges the events of a store's "
          + "stories; give --store DIR");
      spec.commandLine().getErr().flush();
      return Main.USAGE;
    }
    if (store != null && in.inputs != null && !in.inputs.isEmpty()) {
      spec.commandLine().getErr().println("sitrep: events reads either the pages given or a "
          + "store's articles (--store), not both; drop " + (in.inputs.size() == 1
          ? "'" + in.inputs.get(0) + "'" : in.inputs.size() + " inputs") + " or --store");
      spec.commandLine().getErr().flush();
      return Main.USAGE;
    }
    if (store != null && Main.noStore(spec, store)) {
      return Main.USAGE;
    }
    CsvTable table = csv ? new CsvTable(Tables.EVENTS, out) : null;
    EventRows rows = EventRows.streaming(dedup, (e, a) -> e.hasStatus(status)
        && e.confidence() >= minConfidence, (id, a, e, row) -> {
          if (table != null) {
            table.print(row);
          } else {
            out.println(Json.line(new Line(id, a.source(),
                (String) row[Tables.EVENTS.columnNames().indexOf("event_id_cnty")], e,
                dedup ? Tables.listOf(row, "sources") : null)));
          }
        });
    try {
      if (store != null) {
        return fromStore(rows);
      }
      Flow flow = new Flow(new Extractor(), Annotator.pipeline(), in.budget());
      return JsonLines.run(spec, in, "read for events", flow::run, result -> {
        if (result instanceof Article a) {
          rows.add(a.id(), null, a);
        } else if (table == null) {
          out.println(Json.line(result)); // a failure or a skipped input says why, as annotate does
        } else {
          spec.commandLine().getErr().println(Json.line(result)); // the CSV stays a table
        }
      });
    } finally {
      if (table != null) {
        table.flush();
      }
      out.flush();
    }
  }

  /**
   * One event of one article: the article's id and source, the event's id in the events table
   * ({@code event_id_cnty}) and the event; with --dedup, {@code sources} the ids of the
   * story's articles that report it.
   */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record Line(String id, String source, String eventId, Event event, List<String> sources) {}

  private int fromStore(EventRows rows) throws IOException {
    try (Store s = Store.openReadOnly(store)) {
      s.articlesById(Layer.EVENTS, st -> rows.add(st.id(), st.story(), st.article()));
    }
    rows.finish();
    return Main.OK;
  }
}
