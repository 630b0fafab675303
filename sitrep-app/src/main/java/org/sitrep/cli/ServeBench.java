package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.bench.ExtractBench;
import org.sitrep.bench.NearCopies;
import org.sitrep.core.Flow;
import org.sitrep.core.Ingest;
import org.sitrep.core.IngestCounts;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Json;
import org.sitrep.model.RawPage;
import org.sitrep.nlp.Annotator;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench serve DIR}: the map's aggregate routes over a large store, against a plain
 * search, in a {@code sitrep serve} of its own (a child JVM with the launcher's heap, so that its
 * memory is the server's alone), and the server's peak memory under 32 concurrent requests.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Warm latency (median and p95) of /api/places and /api/overview over every",
        "article of a store of N near-copies of the pages, ingested with NLP, against",
        "/api/search?q=president in the same run, and the server's peak RSS while 32 clients",
        "ask them at once. The server is 'sitrep serve' in a child JVM (" + ServeBench.HEAP
            + "); the table",
        "also checks that the answers count every stored article."})
final class ServeBench implements Callable<Integer> {
  /** The heap the launcher gives {@code sitrep serve}. */
  static final String HEAP = "-Xmx640m";
  private static final Pattern SERVING = Pattern.compile("at http://[^:]+:(\\d+)/");

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
      description = "Pages or folders to copy (needed unless --store holds a store already).")
  List<Path> inputs;

  @Option(names = "--count", paramLabel = "N", description = "Near-copies to ingest (default: ${DEFAULT-VALUE}).")
  int count = 20_000;

  @Option(names = "--store", paramLabel = "DIR",
      description = "Use the store here if there is one, else ingest into it and keep it (default: a temporary store).")
  Path store;

  @Option(names = "--threads", description = "Ingest threads (default: ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--warmup", description = "Warm-up requests of each route (default: ${DEFAULT-VALUE}).")
  int warmup = 10;

  @Option(names = "--requests", description = "Measured requests of each route (default: ${DEFAULT-VALUE}).")
  int requests = 50;

  @Option(names = "--clients", description = "Concurrent clients of the memory run (default: ${DEFAULT-VALUE}).")
  int clients = 32;

  @Option(names = "--rounds", description = "Requests of the three routes each client makes in the memory run (default: ${DEFAULT-VALUE}).")
  int rounds = 5;

  @Option(names = "--query", description = "The baseline search (default: ${DEFAULT-VALUE}).")
  String query = "president";

  /** The routes measured; the first is the baseline. */
  List<String> routes() {
    return List.of("/api/search?q=" + query, "/api/places", "/api/overview");
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = store != null ? store : Files.createTempDirectory("sitrep-bench-serve");
    try {
      if (!Store.exists(dir)) {
        if (inputs == null || inputs.isEmpty()) {
          spec.commandLine().getErr().println("sitrep: no store at " + dir + " and no pages to "
              + "copy; pass FILE|DIR");
          return Main.USAGE;
        }
        ingest(dir, out);
      }
      long stored;
      try (Store s = Store.openReadOnly(dir)) {
        stored = s.count();
      }
      out.printf("store %s: %,d articles; server: sitrep serve in a child JVM (%s)%n", dir,
          stored, HEAP);
      out.flush();
      try (Server server = Server.start(dir)) {
        measure(server, stored, out);
      }
    } finally {
      if (store == null) {
        IngestBench.deleteTree(dir);
      }
    }
    return Main.OK;
  }

  private void ingest(Path dir, PrintWriter out) throws Exception {
    List<RawPage> pages = ExtractBench.load(inputs);
    NearCopies copies = new NearCopies(pages, count);
    out.printf("ingesting %,d near-copies of %d pages with NLP, %d threads…%n", count,
        pages.size(), threads);
    out.flush();
    long start = System.nanoTime();
    try (Store s = Store.open(dir); var src = IngestBench.source(copies)) {
      Flow flow = new Flow(new Extractor(), Annotator.pipeline());
      IngestCounts c = new Ingest(s, flow, new Ingest.Options(threads, true, 200,
          Duration.ofSeconds(10)), null).run(src);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "ingested %,d (%d failed) in %.0f s, %.1f articles/s%n",
          c.stored(), c.failed(), seconds, c.stored() / seconds);
    }
    out.flush();
  }

  private void measure(Server server, long stored, PrintWriter out) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    // Every article counted, none sampled.
    JsonNode places = server.json(http, "/api/places");
    JsonNode overview = server.json(http, "/api/overview");
    boolean all = places.path("matching").asLong() == stored
        && overview.path("matching").asLong() == stored
        && !places.path("sampled").asBoolean(true);
    out.printf("coverage: /api/overview counts %,d articles, /api/places %,d (sampled: %s) of "
            + "%,d stored: %s%n", overview.path("matching").asLong(),
        places.path("matching").asLong(), places.path("sampled").asText(), stored,
        all ? "every article" : "NOT every article");
    out.printf("%-28s %10s %10s %9s%n", "route (warm, one client)", "median ms", "p95 ms",
        "x search");
    double baseline = 0;
    for (String route : routes()) {
      for (int i = 0; i < warmup; i++) {
        server.get(http, route);
      }
      List<Double> ms = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        long t = System.nanoTime();
        server.get(http, route);
        ms.add((System.nanoTime() - t) / 1e6);
      }
      ms.sort(null);
      double median = ms.get(ms.size() / 2);
      double p95 = ms.get(Math.min(ms.size() - 1, (int) Math.ceil(ms.size() * 0.95) - 1));
      if (baseline == 0) {
        baseline = median;
      }
      out.printf(Locale.ROOT, "%-28s %10.1f %10.1f %9.2f%n", route, median, p95,
          median / baseline);
      out.flush();
    }
    // Memory: every client asks the three routes, over and over; RSS sampled meanwhile.
    AtomicBoolean done = new AtomicBoolean();
    AtomicLong peak = new AtomicLong();
    AtomicLong peakAnon = new AtomicLong();
    AtomicLong peakFile = new AtomicLong();
    Runnable sample = () -> {
      Map<String, Long> now = server.status(); // one reading of /proc per sample
      peak.accumulateAndGet(now.getOrDefault("VmRSS", 0L), Math::max);
      peakAnon.accumulateAndGet(now.getOrDefault("RssAnon", 0L), Math::max);
      peakFile.accumulateAndGet(now.getOrDefault("RssFile", 0L), Math::max);
    };
    sample.run();
    Thread sampler = new Thread(() -> {
      while (!done.get()) {
        sample.run();
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        answers.add(pool.submit(() -> {
          int ok = 0;
          for (int r = 0; r < rounds; r++) {
            for (String route : routes()) {
              server.get(http, route);
              ok++;
            }
          }
          return ok;
        }));
      }
      int total = 0;
      for (Future<Integer> f : answers) {
        total += f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      done.set(true);
      sampler.join();
      sample.run();
      long highWater = server.status().getOrDefault("VmHWM", 0L);
      out.printf(Locale.ROOT, "%d clients × %d rounds of the 3 routes: %d answers in %.1f s; "
              + "server RSS peak %d MB (kernel's high-water mark %d MB), bar 1024 MB: %s; of it "
              + "the server's own memory (RssAnon) at most %d MB, the store's index files the "
              + "kernel maps into it (RssFile, page cache) at most %d MB%n",
          clients, rounds, total, seconds, peak.get() >> 20, highWater >> 20,
          highWater < (1L << 30) ? "under" : "OVER", peakAnon.get() >> 20,
          peakFile.get() >> 20);
    } finally {
      pool.shutdownNow();
    }
    out.flush();
  }

  /** {@code sitrep serve} in a child JVM on a free port of 127.0.0.1. */
  record Server(Process process, int port) implements AutoCloseable {
    static Server start(Path store) throws IOException {
      String jvm = ProcessHandle.current().info().command().orElse("java");
      ProcessBuilder pb = new ProcessBuilder(jvm, HEAP, "-cp",
          System.getProperty("java.class.path"), Main.class.getName(), "serve", "--store",
          store.toString(), "--port", "0", "--host", "127.0.0.1");
      pb.redirectErrorStream(true);
      Process p = pb.start();
      BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(),
          StandardCharsets.UTF_8));
      StringBuilder said = new StringBuilder();
      for (String line; (line = lines.readLine()) != null; ) {
        Matcher m = SERVING.matcher(line);
        if (m.find()) {
          Thread drain = new Thread(() -> {
            try {
              lines.transferTo(java.io.Writer.nullWriter());
            } catch (IOException ignored) {
              // the server ended
            }
          });
          drain.setDaemon(true);
          drain.start();
          return new Server(p, Integer.parseInt(m.group(1)));
        }
        said.append(line).append('\n');
      }
      p.destroy();
      throw new IOException("sitrep serve did not start: " + said);
    }

    String get(HttpClient http, String route) throws IOException, InterruptedException {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
          + port + route)).timeout(Duration.ofMinutes(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IOException(route + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    }

    JsonNode json(HttpClient http, String route) throws IOException, InterruptedException {
      return Json.mapper().readTree(get(http, route));
    }

    /**
     * The server's memory fields of /proc (VmRSS, VmHWM, RssAnon, RssFile, … in bytes), read
     * once; empty where there is no /proc or the process ended.
     */
    Map<String, Long> status() {
      Map<String, Long> out = new java.util.HashMap<>();
      try {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
          int colon = line.indexOf(':');
          if (colon > 0 && line.endsWith(" kB")) {
            out.put(line.substring(0, colon), Long.parseLong(line.substring(colon + 1)
                .replace("kB", "").strip()) * 1024);
          }
        }
      } catch (IOException | NumberFormatException e) {
        // no /proc here, or the process ended
      }
      return out;
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      process.waitFor();
    }
  }

}
