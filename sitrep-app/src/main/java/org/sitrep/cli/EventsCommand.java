package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.core.Flow;
import org.sitrep.core.table.Tables;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Json;
import org.sitrep.model.Layer;
import org.sitrep.model.Result;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.events.StoryEvents;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep events INPUT…} and {@code sitrep events --store DIR}: the events layer as one
 * JSON line per event, or as CSV with ACLED's columns; from a store, one event per story.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Who did what to whom: the events of the given pages (one JSON line per event",
        "with the article's id and source), or of a store with one event per story (--store).",
        "Only events that happened, unless --all. --csv writes ACLED's columns, then Sitrep's",
        "(the events table of 'sitrep export')."})
public final class EventsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions in;

  @Option(names = "--csv", description = "CSV with ACLED's columns and codings, then Sitrep's, and a header row (the events table of 'sitrep export').")
  boolean csv;

  @Option(names = "--all", description = "Also events that did not happen (future, hypothetical, negated).")
  boolean all;

  @Option(names = "--store", paramLabel = "DIR",
      description = "Read the events of the articles in this store, one event per story.")
  Path store;

  @Option(names = "--min-confidence", paramLabel = "X", description = MinConfidence.HELP)
  double minConfidence;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (MinConfidence.refused(spec, minConfidence)) {
      return Main.USAGE;
    }
    CSVPrinter printer = csv ? new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setHeader(Tables.EVENTS.columnNames().toArray(String[]::new)).get()) : null;
    try {
      if (store != null) {
        return fromStore(out, printer);
      }
      Flow flow = new Flow(new Extractor(), Annotator.pipeline(), in.budget());
      return JsonLines.run(spec, in, "read for events", flow::run, result -> {
        if (result instanceof Article a) {
          write(out, printer, a);
        } else if (printer == null) {
          out.println(Json.line(result)); // a failure or a skipped input says why, as annotate does
        } else {
          spec.commandLine().getErr().println(Json.line(result)); // the CSV stays a table
        }
      });
    } finally {
      if (printer != null) {
        printer.flush();
      }
      out.flush();
    }
  }

  /** One event of one article, with the article's id and source. */
  record Line(String id, String source, Event event) {}

  private void write(PrintWriter out, CSVPrinter printer, Article a) {
    Long read = printer == null ? null : Tables.epochSecond(a.fetched());
    for (Event e : a.layers().events()) {
      if (!all && !e.happened() || e.confidence() < minConfidence) {
        continue;
      }
      if (printer != null) {
        row(printer, Tables.event(e, a, read));
      } else {
        out.println(Json.line(new Line(a.id(), a.source(), e)));
      }
    }
  }

  private int fromStore(PrintWriter out, CSVPrinter printer) throws IOException {
    Map<String, List<StoryEvents.Sourced>> byStory = new LinkedHashMap<>();
    // The CSV's notes column: each event's first sentence, kept instead of the whole bodies.
    Map<String, String> notes = new LinkedHashMap<>();
    Map<String, Long> read = new LinkedHashMap<>();
    try (Store s = Store.openReadOnly(store)) {
      s.articlesWith(Layer.EVENTS, st -> {
        Article a = st.article();
        String text = a.text() == null ? "" : a.text();
        read.put(st.id(), Tables.epochSecond(a.fetched()));
        for (Event e : a.layers().events()) {
          if (printer != null) {
            notes.put(st.id() + "\u0000" + e.id(), Tables.sentence(e, text));
          }
          byStory.computeIfAbsent(st.story() == null ? st.id() : st.story(), k -> new ArrayList<>())
              .add(new StoryEvents.Sourced(st.id(), a.site(), a.url(),
                  a.published() == null ? null : a.published().iso(), e));
        }
      });
    }
    int n = 0;
    for (Map.Entry<String, List<StoryEvents.Sourced>> story : byStory.entrySet()) {
      for (StoryEvents.StoryEvent se : StoryEvents.merge(story.getKey(), story.getValue())) {
        if (se.event().confidence() < minConfidence) {
          continue;
        }
        n++;
        if (printer != null) {
          StoryEvents.Source first = se.sources().get(0);
          row(printer, Tables.event(se.event(), first.articleId(),
              se.sources().stream().map(StoryEvents.Source::site).toList(),
              notes.get(first.articleId() + "\u0000" + first.eventId()),
              se.sources().stream().map(StoryEvents.Source::articleId).toList(),
              read.get(first.articleId())));
        } else {
          out.println(Json.line(se));
        }
      }
    }
    spec.commandLine().getErr().printf("sitrep: %d events in %d stories%n", n, byStory.size());
    return Main.OK;
  }

  /** One row of the events table, as CSV writes it. */
  private static void row(CSVPrinter p, Object[] row) {
    try {
      p.printRecord(java.util.Arrays.stream(row).map(Tables::csvValue)); // no formula runs
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }
}
