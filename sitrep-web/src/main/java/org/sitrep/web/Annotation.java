package org.sitrep.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.sitrep.core.Flow;
import org.sitrep.core.Input;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.source.PageReader;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Json;
import org.sitrep.model.RawPage;
import org.sitrep.model.Result;
import org.sitrep.model.Skipped;

/**
 * {@code POST /api/annotate}: one page's bytes in, its annotated article out, the same JSON
 * {@code sitrep annotate} prints for it (without the token layer). The flow (extractor and
 * models) is built by the first request that needs it and kept, so a script pays the loading
 * once. At most {@code workers} pages are annotated at once; up to {@code waiting} more wait for
 * a worker, and a request past those answers 503 with Retry-After. A body over the byte limit
 * answers 413; a page that is no article (empty, binary, …) answers 422 with its failure kind,
 * as the CLI counts it.
 *
 * <p>Cross-site requests: a browser sends {@code Origin} (and {@code Sec-Fetch-Site}) with every
 * POST, so a request that carries either must come from this server's own loopback origin
 * (Origin's host a loopback name and equal to Host, which also defeats DNS rebinding); anything
 * else answers 403. Scripts and curl send neither and are served.
 */
public final class Annotation {
  /** The documents' name when no {@code url} is given. */
  static final String SOURCE = "request";
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final Supplier<Flow> build;
  private final long maxBytes;
  private final Semaphore workers;
  private final int admitted;
  private final AtomicInteger inside = new AtomicInteger();
  private volatile Flow flow;

  /**
   * @param build makes the flow (extractor and annotation pipeline); called once, on the first
   *     request
   * @param maxBytes the largest page accepted (the CLI's --max-bytes)
   * @param workers pages annotated at once
   * @param waiting requests that may wait for a worker beyond those
   */
  public Annotation(Supplier<Flow> build, long maxBytes, int workers, int waiting) {
    if (maxBytes < 1 || workers < 1 || waiting < 0) {
      throw new IllegalArgumentException("maxBytes and workers must be positive, waiting >= 0");
    }
    this.build = build;
    this.maxBytes = maxBytes;
    this.workers = new Semaphore(workers, true);
    this.admitted = workers + waiting;
  }

  /** The usual settings: {@code workers} at once, as many again waiting. */
  public static Annotation of(Supplier<Flow> build, long maxBytes, int workers) {
    return new Annotation(build, maxBytes, workers, workers);
  }

  void handle(Context ctx) throws InterruptedException {
    String origin = ctx.header("Origin");
    String site = ctx.header("Sec-Fetch-Site");
    if ((origin != null && !sameLoopbackOrigin(origin, ctx.header("Host")))
        || (site != null && !site.equals("same-origin") && !site.equals("none"))) {
      answer(ctx, 403, "cross-site requests may not annotate; post from a script or curl", null);
      return;
    }
    String format = ctx.queryParam("format");
    if (format != null && !format.equals("json")) {
      answer(ctx, 400, "format must be json (was " + format + ")", null);
      return;
    }
    String url = ctx.queryParam("url");
    if (url != null && !isHttpUrl(url)) {
      answer(ctx, 400, "url must be an http(s) URL (was " + url + ")", null);
      return;
    }
    long length = ctx.req().getContentLengthLong();
    if (length > maxBytes) {
      answer(ctx, 413, "read: file too large (over the limit of " + maxBytes + " bytes; "
          + "raise it with --max-bytes)", "read: file too large");
      return;
    }
    if (inside.incrementAndGet() > admitted) {
      inside.decrementAndGet();
      ctx.header("Retry-After", "5");
      answer(ctx, 503, "every annotation worker is busy; try again shortly", null);
      return;
    }
    try {
      workers.acquire();
      try {
        annotate(ctx, url);
      } finally {
        workers.release();
      }
    } finally {
      inside.decrementAndGet();
    }
  }

  private void annotate(Context ctx, String url) {
    String source = url == null ? SOURCE : url;
    RawPage page;
    try (InputStream body = ctx.req().getInputStream()) {
      page = new PageReader(maxBytes).read(source, body);
    } catch (ExtractionException e) {
      Failure f = Flow.failure(source, e.stage(), e.reason());
      answer(ctx, f.kind().startsWith("read: file too large") ? 413 : 400,
          e.stage() + ": " + e.reason(), f.kind());
      return;
    } catch (IOException e) {
      answer(ctx, 400, "read: cannot read the request body", "read: cannot read");
      return;
    }
    RawPage posted = new RawPage(source, url, page.content(), pageType(ctx.contentType()), null);
    Result r = flow().run(Input.of(posted, null));
    if (r instanceof Article a) {
      ctx.contentType("application/json");
      ctx.result(Json.line(a.withLayers(a.layers().withoutTokens())));
    } else if (r instanceof Failure f) {
      answer(ctx, 422, f.error().stage() + ": " + f.error().reason(), f.kind());
    } else if (r instanceof Skipped s) {
      answer(ctx, 422, "not an article: " + s.skipped(), "skipped: " + s.skipped());
    }
  }

  /** Requests admitted now (annotating or waiting for a worker). */
  int inside() {
    return inside.get();
  }

  private Flow flow() {
    Flow f = flow;
    if (f == null) {
      synchronized (this) {
        f = flow;
        if (f == null) {
          f = build.get();
          flow = f;
        }
      }
    }
    return f;
  }

  /**
   * The declared type when it says something of the page (text, HTML, XML, with a charset);
   * curl's default form type is no statement about the bytes.
   */
  static String pageType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String t = contentType.toLowerCase(Locale.ROOT);
    return t.startsWith("text/") || t.contains("html") || t.contains("xml") ? contentType : null;
  }

  static boolean sameLoopbackOrigin(String origin, String host) {
    try {
      URI o = URI.create(origin);
      String authority = o.getRawAuthority();
      return host != null && authority != null && ("http".equals(o.getScheme())
          || "https".equals(o.getScheme())) && authority.equalsIgnoreCase(host)
          && LOOPBACK.contains(hostName(host).toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false; // "null" (a sandboxed frame) and anything unparsable
    }
  }

  private static String hostName(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI u = URI.create(url);
      return ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
          && u.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** An error answer: the usual {@code {status, error}}, with the document's failure kind. */
  private static void answer(Context ctx, int status, String message, String kind) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", message);
    if (kind != null) {
      body.put("kind", kind);
    }
    ctx.status(status);
    ctx.contentType("application/json");
    ctx.result(Json.line(body));
  }
}
