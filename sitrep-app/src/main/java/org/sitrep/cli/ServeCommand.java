package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.store.Store;
import org.sitrep.web.Annotation;
import org.sitrep.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the store as a JSON API and a browser UI. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the store as a website (Home › Section › Article, search, entities,",
        "map, timeline) and a JSON API (/api, described at /api/openapi.json). Read-only: an",
        "ingest may run beside it, and what it commits shows up without a restart. The events",
        "page downloads a search's events as CSV, JSON Lines or Parquet (export's events table).",
        "With --annotate, POST a page to /api/annotate for its annotated article (as 'sitrep",
        "annotate' prints it; nothing is stored): the models load on the first such request",
        "and stay loaded."})
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--store", description = "Store folder (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("sitrep-data");

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String host = "127.0.0.1";

  @Option(names = "--annotate",
      description = "Also annotate pages POSTed to /api/annotate (the launcher then gives the server the heap CoreNLP's models need, 3 GB; without it, /api/annotate answers 404).")
  boolean annotate;

  @Option(names = "--threads", paramLabel = "N",
      description = "Pages /api/annotate annotates at once (default: the number of cores, ${DEFAULT-VALUE}); as many more wait, and a request past those answers 503 with Retry-After.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "Refuse a page posted to /api/annotate larger than N bytes with 413 (default: ${DEFAULT-VALUE}).")
  long maxBytes = org.sitrep.extract.source.PageReader.DEFAULT_MAX_BYTES;

  @Option(names = "--doc-timeout", paramLabel = "SECONDS",
      description = "Annotation budget per 10,000 characters of a posted page, in CPU seconds, as for 'sitrep annotate' (default: ${DEFAULT-VALUE}; 0: no limit).")
  double docTimeout = org.sitrep.core.Flow.DEFAULT_BUDGET.toSeconds();

  @Mixin
  PlaceHintOptions hints = new PlaceHintOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    OptionValues.atLeast(spec, "--threads", threads, 1);
    OptionValues.atLeast(spec, "--max-bytes", maxBytes, 1);
    Annotation annotation = annotate ? annotation() : null;
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--port must be 0 to 65535 (was " + port + ")");
    }
    if (Main.noStore(spec, store)) {
      return Main.USAGE;
    }
    Store s = Store.openReadOnly(store);
    WebServer server;
    try {
      server = serve(s, host, port, annotation);
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
   * written as {@code sitrep export} writes it, posted pages annotated by {@code annotation}
   * (null: none).
   */
  static WebServer serve(Store store, String host, int port, Annotation annotation) {
    return WebServer.start(store, host, port, NearPoint::lookup, System.err,
        ExportCommand::parquet, annotation);
  }

  /** What /api/annotate runs: the flow of 'sitrep annotate', built on the first request. */
  private Annotation annotation() {
    org.sitrep.nlp.geo.PlaceOptions options = hints.placeOptions(false);
    org.sitrep.nlp.geo.SiteHomes homes = hints.homes(new org.sitrep.nlp.geo.SiteHomes()).freeze();
    return Annotation.of(() -> new org.sitrep.core.Flow(new org.sitrep.extract.Extractor(),
        org.sitrep.nlp.Annotator.pipeline(homes, options), InputOptions.budget(docTimeout)),
        maxBytes, threads);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
