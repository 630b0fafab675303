package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.core.table.Ledger;
import org.sitrep.core.table.Tables;
import org.sitrep.model.Json;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep claims --store DIR [--story ID | QUERY]}: the claims ledger of stories, one
 * JSON line (or CSV row) per figure, claim or quotation, with its claimant and outlets.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = {"The claims ledger: who says what across a story's copies. Every count,",
        "reported claim and quotation of a story, with its claimant, organisation and the",
        "outlets that carry it; differing figures of one thing are separate rows side by side.",
        "Of one story (--story), of the stories of the articles QUERY matches, or of every",
        "story (at most --limit)."})
public final class ClaimsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "QUERY",
      description = "Lucene query as 'sitrep search' takes it: the ledgers of the stories of its matches.")
  String query;

  @Option(names = "--store", description = "Store folder (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("sitrep-data");

  @Option(names = "--story", paramLabel = "ID",
      description = "Only this story (a story id, as 'sitrep search --json' shows it).")
  String story;

  @Option(names = "--limit", paramLabel = "N",
      description = "At most N stories (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Option(names = "--csv", description = "CSV with a header row instead of JSON lines.")
  boolean csv;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (story != null && query != null) {
      err.println("sitrep: give --story or a QUERY, not both");
      return Main.USAGE;
    }
    if (limit < 1) {
      err.println("sitrep: --limit must be at least 1 (was " + limit + ")");
      return Main.USAGE;
    }
    if (Main.noStore(spec, store)) {
      return Main.USAGE;
    }
    CSVPrinter printer = csv ? new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setHeader(Ledger.LEDGER.columnNames().toArray(String[]::new)).get()) : null;
    int stories = 0;
    int rows = 0;
    try (Store s = Store.openReadOnly(store)) {
      List<String> ids;
      if (story != null) {
        ids = List.of(story);
      } else {
        try {
          ids = Ledger.stories(s, query, limit);
        } catch (IllegalArgumentException e) {
          err.println("sitrep: " + e.getMessage());
          return Main.USAGE;
        }
      }
      for (String id : ids) {
        List<Ledger.Row> ledger = Ledger.ofStory(s, id);
        if (ledger == null) {
          err.println("sitrep: no story " + id + " in " + store
              + " ('sitrep search --json' shows each article's story)");
          return Main.USAGE;
        }
        stories++;
        for (Ledger.Row r : ledger) {
          rows++;
          if (printer != null) {
            printer.printRecord(java.util.Arrays.stream(r.cells()).map(Tables::csvValue));
          } else {
            out.println(Json.line(r));
          }
        }
      }
    } finally {
      if (printer != null) {
        printer.flush();
      }
      out.flush();
    }
    err.printf("sitrep: %d rows from %d %s%n", rows, stories, stories == 1 ? "story" : "stories");
    err.flush();
    return Main.OK;
  }
}
