package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.model.Failure;
import org.sitrep.model.Json;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep failures}: the documents an ingest could not store, and why. */
@Command(name = "failures", mixinStandardHelpOptions = true,
    description = "Lists the documents ingest could not process, with stage and reason.")
public final class FailuresCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--store", description = "Store folder (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("sitrep-data");

  @Option(names = "--json", description = "One JSON object per failure.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Store.exists(store)) {
      spec.commandLine().getErr().println("sitrep: no store at " + store);
      return Main.USAGE;
    }
    try (Store s = Store.openReadOnly(store)) {
      for (Failure f : s.failures()) {
        if (json) {
          out.println(Json.line(f));
        } else {
          Failure.Error e = f.error();
          out.printf("%s  [%s] %s%n", nz(f.source()), e == null ? "" : nz(e.stage()),
              e == null ? "" : nz(e.reason()));
        }
      }
    }
    out.flush();
    return Main.OK;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
