package org.sitrep.core.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.extract.ExtractionException;
import org.sitrep.model.RawPage;

/**
 * Fetches pages politely: robots.txt obeyed, one request at a time per host with a pause between
 * them, connect and header timeouts, a deadline for a whole response (headers and body) and a
 * minimum transfer rate for the body, a size cap, at most a few redirects, retries with back-off on
 * 5xx and 429 (honouring Retry-After), conditional GET when a URL is fetched again, and a
 * User-Agent naming Sitrep. Private, loopback, link-local and multicast addresses are refused
 * (after DNS, and again at every redirect) unless allowed. Every problem is an
 * {@link ExtractionException} with stage {@code fetch} and a reason a person understands.
 * Thread-safe.
 */
public final class Fetcher implements AutoCloseable {
  private static final int MAX_HOSTS = 10_000;

  private final FetchOptions options;
  private final HttpClient client;
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> robots = bounded(MAX_HOSTS);
  private final Map<String, Validators> validators = bounded(100_000);
  private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
  private final Map<String, Long> nextRequest = new ConcurrentHashMap<>();
  private final WarcRecorder recorder;

  /** What a server said about a version of a URL, to ask "changed since?" next time. */
  private record Validators(String etag, String lastModified) {}

  /** A fetch's outcome: the page, or that it has not changed since the last fetch. */
  public record Fetched(RawPage page, boolean notModified) {}

  public Fetcher(FetchOptions options) throws IOException {
    this.options = options;
    this.client = HttpClient.newBuilder()
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER) // each hop is checked here
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.recorder = options.warcOut() == null ? null : new WarcRecorder(options.warcOut());
  }

  public FetchOptions options() {
    return options;
  }

  /** The page at {@code url}, or an exception with stage {@code fetch}. */
  public RawPage fetch(String url) throws ExtractionException {
    Fetched f = fetch(url, false);
    return f.page();
  }

  /**
   * Fetches {@code url}; with {@code conditional}, asks the server whether it changed since the
   * last fetch of this URL (ETag / Last-Modified) and reports {@code notModified} when not.
   */
  public Fetched fetch(String url, boolean conditional) throws ExtractionException {
    URI uri = parse(url);
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      checkAddress(uri);
      checkRobots(uri);
      Validators v = conditional ? validators.get(uri.toString()) : null;
      Answer a = send(uri, v);
      if (a.status() >= 300 && a.status() < 400 && a.status() != 304) {
        String location = a.headers().get("location");
        if (location == null) {
          throw fail("HTTP " + a.status() + " redirect without a Location");
        }
        try {
          uri = uri.resolve(location.strip());
        } catch (IllegalArgumentException e) {
          throw fail("redirect to a malformed URL (" + location + ")");
        }
        parse(uri.toString()); // http(s) only
        continue;
      }
      if (a.status() == 304) {
        return new Fetched(null, true);
      }
      if (a.status() >= 400) {
        throw fail("HTTP " + a.status() + reason(a.status()));
      }
      String etag = a.headers().get("etag");
      String lastModified = a.headers().get("last-modified");
      if (etag != null || lastModified != null) {
        validators.put(uri.toString(), new Validators(etag, lastModified));
      }
      if (recorder != null) {
        recorder.record(uri, a);
      }
      return new Fetched(new RawPage(url, uri.toString(), a.body(), a.headers().get("content-type"),
          a.fetched(), a.headers()), false);
    }
    throw fail("more than " + options.maxRedirects() + " redirects");
  }

  /** One HTTP exchange, body read in full (up to the cap). */
  record Answer(int status, Map<String, String> headers, byte[] body, Instant fetched) {}

  private Answer send(URI uri, Validators v) throws ExtractionException {
    for (int attempt = 0; ; attempt++) {
      Answer a;
      try {
        a = polite(uri, () -> exchange(uri, v));
      } catch (HttpConnectTimeoutException e) {
        if (attempt < options.retries()) {
          sleep(backoff(attempt));
          continue;
        }
        throw fail("timeout: no connection within " + options.connectTimeout().toSeconds() + " s");
      } catch (HttpTimeoutException e) {
        if (attempt < options.retries()) {
          sleep(backoff(attempt));
          continue;
        }
        throw fail(options.responseTimeout().compareTo(options.readTimeout()) <= 0
            ? Body.deadlinePassed(options.responseTimeout())
            : "timeout: no answer within " + Body.seconds(options.readTimeout()));
      }
      boolean retryable = a.status() == 429 || a.status() >= 500;
      if (!retryable || attempt >= options.retries()) {
        return a;
      }
      Duration wait = retryAfter(a.headers().get("retry-after"));
      sleep(wait == null ? backoff(attempt) : min(wait, options.maxRetryWait()));
    }
  }

  private interface Exchange {
    Answer run() throws ExtractionException, HttpTimeoutException;
  }

  /** One request per host at a time, and a pause of {@code delay} after each. */
  private Answer polite(URI uri, Exchange e) throws ExtractionException, HttpTimeoutException {
    String host = hostKey(uri);
    Object lock = hostLocks.computeIfAbsent(host, k -> new Object());
    synchronized (lock) {
      long wait = nextRequest.getOrDefault(host, 0L) - System.nanoTime();
      if (wait > 0) {
        sleep(Duration.ofNanos(wait));
      }
      try {
        return e.run();
      } finally {
        nextRequest.put(host, System.nanoTime() + options.delay().toNanos());
      }
    }
  }

  private Answer exchange(URI uri, Validators v) throws ExtractionException, HttpTimeoutException {
    long deadline = System.nanoTime() + options.responseTimeout().toNanos();
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
        .timeout(headerTimeout())
        .header("User-Agent", options.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    if (v != null && v.etag() != null) {
      b.header("If-None-Match", v.etag());
    }
    if (v != null && v.lastModified() != null) {
      b.header("If-Modified-Since", v.lastModified());
    }
    HttpResponse<Body> r;
    try {
      r = client.send(b.build(), info -> new Body());
    } catch (HttpTimeoutException e) {
      throw e;
    } catch (ConnectException e) {
      throw fail("connection refused by " + uri.getHost()
          + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
    } catch (IOException e) {
      throw fail("network error (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail("interrupted");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    r.headers().map().forEach((k, vals) -> {
      if (!vals.isEmpty()) {
        headers.put(k.toLowerCase(Locale.ROOT), vals.get(vals.size() - 1));
      }
    });
    Instant fetched = Instant.now();
    Body body = r.body();
    if (r.statusCode() >= 300 || r.statusCode() < 200) {
      body.cancel();
      return new Answer(r.statusCode(), headers, new byte[0], fetched);
    }
    long declared = r.headers().firstValueAsLong("content-length").orElse(-1);
    if (declared > options.maxBytes()) {
      body.cancel();
      throw fail(tooLarge(declared, options.maxBytes()));
    }
    try {
      return new Answer(r.statusCode(), headers, body.read(new Body.Limits(options.maxBytes(),
          deadline, options.responseTimeout(), options.minRate(), options.rateWindow(),
          options.rateGrace())),
          fetched);
    } catch (IOException e) {
      throw fail("connection broken while reading (" + e.getMessage() + ")");
    }
  }

  /** The wait for headers: the read timeout, within the whole response's. */
  private Duration headerTimeout() {
    return min(options.readTimeout(), options.responseTimeout());
  }

  static String tooLarge(long bytes, long limit) {
    return String.format(Locale.ROOT, "too large: %.1f MB > limit %.1f MB", bytes / 1048576.0,
        limit / 1048576.0);
  }

  private void checkAddress(URI uri) throws ExtractionException {
    InetAddress[] all;
    try {
      all = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw fail("DNS: no such host " + uri.getHost());
    } catch (SecurityException e) {
      throw fail("DNS lookup not allowed for " + uri.getHost());
    }
    if (options.allowPrivate()) {
      return;
    }
    for (InetAddress a : all) {
      if (Addresses.isPrivate(a)) {
        throw fail("private address: " + uri.getHost() + " is " + a.getHostAddress()
            + " (pass --allow-private to fetch from local or private networks)");
      }
    }
  }

  private void checkRobots(URI uri) throws ExtractionException {
    String key = hostKey(uri);
    BaseRobotRules rules = robots.get(key);
    if (rules == null) {
      URI robotsUri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
      try {
        Answer a = polite(robotsUri, () -> exchange(robotsUri, null));
        rules = a.status() == 200
            ? robotsParser.parseContent(robotsUri.toString(), a.body(),
                a.headers().getOrDefault("content-type", "text/plain"), List.of("sitrep"))
            : robotsParser.failedFetch(a.status());
      } catch (ExtractionException | HttpTimeoutException e) {
        // No robots.txt to be had: crawlers proceed (the page fetch reports its own problem).
        rules = robotsParser.failedFetch(404);
      }
      robots.put(key, rules);
    }
    if (!rules.isAllowed(uri.toString())) {
      throw fail("disallowed by robots.txt of " + uri.getHost());
    }
  }

  private static URI parse(String url) throws ExtractionException {
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        throw new ExtractionException("fetch", "not an http(s) URL: " + url);
      }
      return u;
    } catch (URISyntaxException e) {
      throw new ExtractionException("fetch", "malformed URL: " + url);
    }
  }

  private static String hostKey(URI u) {
    return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT)
        + ":" + u.getPort();
  }

  static Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.matches("\\d{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      Duration d = Duration.between(Instant.now(),
          ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      return d.isNegative() ? Duration.ZERO : d;
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static Duration backoff(int attempt) {
    return Duration.ofMillis(500L << Math.min(attempt, 6));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void sleep(Duration d) throws ExtractionException {
    try {
      Thread.sleep(Math.max(0, d.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException("fetch", "interrupted");
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 401, 403 -> " (access denied)";
      case 404, 410 -> " (not found)";
      case 429 -> " (too many requests, still after retries)";
      default -> status >= 500 ? " (server error, still after retries)" : "";
    };
  }

  private static ExtractionException fail(String reason) {
    return new ExtractionException("fetch", reason);
  }

  private static <K, V> Map<K, V> bounded(int max) {
    return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
      }
    });
  }

  @Override
  public void close() throws IOException {
    if (recorder != null) {
      recorder.close();
    }
  }
}
