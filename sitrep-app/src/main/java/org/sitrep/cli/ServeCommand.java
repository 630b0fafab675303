package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.store.Store;
import org.sitrep.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the store as a JSON API and a browser UI. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the store as a website (Home › Section › Article, search, entities,",
        "map, timeline) and a JSON API (/api, described at /api/openapi.json). Read-only: an",
        "ingest may run beside it, and what it commits shows up without a restart. The events",
        "page downloads a search's events as CSV, JSON Lines or Parquet (export's events table)."})
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--store", description = "Store folder (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("sitrep-data");

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String host = "127.0.0.1";

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--port must be 0 to 65535 (was " + port + ")");
    }
    if (!Store.exists(store)) {
      err.println("sitrep: no store at " + store + " (run 'sitrep ingest' first, or pass --store)");
      err.flush();
      return Main.USAGE;
    }
    Store s = Store.openReadOnly(store);
    WebServer server;
    try {
      server = serve(s, host, port);
    } catch (RuntimeException e) {
      s.close();
      err.println("sitrep: cannot listen on " + host + ":" + port + " (" + rootMessage(e)
          + "); pick another --port");
      err.flush();
      return Main.ENVIRONMENT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        s.close();
      } catch (java.io.IOException ignored) {
        // the store was only read
      }
      stopped.countDown();
    }));
    spec.commandLine().getOut().printf("sitrep: serving %s (%,d articles) at http://%s:%d/ — "
        + "Ctrl-C to stop%n", store, s.count(), host.contains(":") ? "[" + host + "]" : host,
        server.port());
    spec.commandLine().getOut().flush();
    stopped.await();
    return Main.OK;
  }

  /**
   * The server of {@code store}: {@code near=} by the gazetteer, the events download's Parquet
   * written as {@code sitrep export} writes it.
   */
  static WebServer serve(Store store, String host, int port) {
    return WebServer.start(store, host, port, NearPoint::lookup, System.err,
        ExportCommand::parquet);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
