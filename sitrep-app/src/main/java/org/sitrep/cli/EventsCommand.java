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
        "Only events that happened, unless --all. --csv writes ACLED-like columns."})
public final class EventsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions in;

  @Option(names = "--csv", description = "CSV with ACLED-like columns and a header row.")
  boolean csv;

  @Option(names = "--all", description = "Also events that did not happen (future, hypothetical, negated).")
  boolean all;

  @Option(names = "--store", paramLabel = "DIR",
      description = "Read the events of the articles in this store, one event per story.")
  Path store;

  @Option(names = "--min-confidence", paramLabel = "X", description = MinConfidence.HELP)
  double minConfidence;

  /** ACLED's export columns Sitrep can fill, then PLOVER's and Sitrep's own. */
  static final List<String> COLUMNS = List.of("event_id", "event_date", "event_type",
      "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "country", "admin1",
      "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
      "plover_type", "plover_mode", "status", "claimed_by", "evidence", "article_id", "sources");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (MinConfidence.refused(spec, minConfidence)) {
      return Main.USAGE;
    }
    CSVPrinter printer = csv ? new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setHeader(COLUMNS.toArray(String[]::new)).get()) : null;
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
    for (Event e : a.layers().events()) {
      if (!all && !e.happened() || e.confidence() < minConfidence) {
        continue;
      }
      if (printer != null) {
        row(printer, e, a.id(), a.site() != null ? a.site() : a.url(), sentence(e, a.text()),
            List.of());
      } else {
        out.println(Json.line(new Line(a.id(), a.source(), e)));
      }
    }
  }

  private int fromStore(PrintWriter out, CSVPrinter printer) throws IOException {
    Map<String, List<StoryEvents.Sourced>> byStory = new LinkedHashMap<>();
    // The CSV's notes column: each event's first sentence, kept instead of the whole bodies.
    Map<String, String> notes = new LinkedHashMap<>();
    try (Store s = Store.openReadOnly(store)) {
      s.articlesWith(Layer.EVENTS, st -> {
        Article a = st.article();
        String text = a.text() == null ? "" : a.text();
        for (Event e : a.layers().events()) {
          if (printer != null) {
            notes.put(st.id() + "\u0000" + e.id(), sentence(e, text));
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
          row(printer, se.event(), first.articleId(), first.site(),
              notes.get(first.articleId() + "\u0000" + first.eventId()), se.sources());
        } else {
          out.println(Json.line(se));
        }
      }
    }
    spec.commandLine().getErr().printf("sitrep: %d events in %d stories%n", n, byStory.size());
    return Main.OK;
  }

  /** The first sentence an event was read from, or "". */
  private static String sentence(Event e, String text) {
    Event.Evidence ev = e.evidence().isEmpty() ? null : e.evidence().get(0);
    return ev == null || text == null || ev.sentence().end() > text.length() ? ""
        : ev.sentence().of(text);
  }

  private static void row(CSVPrinter p, Event e, String articleId, String source, String notes,
                          List<StoryEvents.Source> sources) {
    Event.Actor a1 = e.actors().isEmpty() ? null : e.actors().get(0);
    Event.Actor a2 = e.recipients().isEmpty() ? null : e.recipients().get(0);
    String assoc = e.actors().size() > 1 ? String.join("; ", e.actors().subList(1, e.actors().size())
        .stream().map(Event.Actor::name).toList()) : "";
    Event.Where w = e.place();
    double dead = 0;
    for (Event.Count c : e.counts()) {
      if (c.kind().equals("dead") && c.low() != null) {
        dead = Math.max(dead, c.low());
      }
    }
    Event.Evidence ev = e.evidence().isEmpty() ? null : e.evidence().get(0);
    try {
      p.printRecord(java.util.stream.Stream.of(e.id(), e.date() == null ? "" : e.date().value(),
          e.acled() == null ? "" : e.acled().eventType(),
          e.acled() == null ? "" : e.acled().subEventType(),
          a1 == null ? "" : a1.name(), assoc, a1 == null || a1.sector() == null ? "" : a1.sector(),
          a2 == null ? "" : a2.name(), w == null ? "" : nz(w.countryCode()),
          w == null ? "" : nz(w.admin1()), w == null ? "" : nz(w.resolved()),
          w == null || w.lat() == null ? "" : w.lat(), w == null || w.lon() == null ? "" : w.lon(),
          w == null ? "" : w.precision(), nz(source), nz(notes), (long) dead, e.type(),
          nz(e.mode()), e.status(),
          String.join("; ", e.claimedBy().stream().map(Event.Claimant::name).toList()),
          ev == null ? "" : ev.triggerText(), articleId,
          String.join(" ", sources.stream().map(StoryEvents.Source::articleId).toList()))
          .map(Tables::csvCell)); // a spreadsheet runs no formula from a name or sentence
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
