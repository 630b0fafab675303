package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.sitrep.model.Json;
import org.sitrep.store.Store;

/**
 * {@code sitrep serve}: one Javalin (Jetty) server with the JSON API under {@code /api} and the
 * pages of the browser UI. It reads a store opened read-only, so an ingest may write beside it
 * and new commits show up on the next request. GET only, but for {@code POST /api/annotate}
 * (see {@link Annotation}), which annotates a posted page and stores nothing; every answer carries a strict
 * Content-Security-Policy (scripts and styles from this server only, no inline script); errors
 * are a short message (JSON under /api, a page elsewhere), never a stack trace or a path.
 */
public final class WebServer implements AutoCloseable {
  /** Scripts, styles, images and data from this origin only; nothing inline, no frames. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
      + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * A GET route and its HEAD: the same handler answers both, so HEAD gives GET's status and
   * headers (Jetty sends no body). Javalin alone answers HEAD of a GET route with a 200 without
   * running it, so a missing article or a bad parameter looked found.
   */
  private static void get(Javalin app, String path, io.javalin.http.Handler handler) {
    app.get(path, handler);
    app.head(path, handler);
  }

  /** The headers every answer carries, the server's own error answers included. */
  static final java.util.Map<String, String> SECURITY_HEADERS = java.util.Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer");

  /** The API's paths, as the OpenAPI document lists them. */
  static final List<String> API_PATHS = List.of("/api/search", "/api/articles/{id}",
      "/api/stories/{id}", "/api/claims", "/api/entities/{name}", "/api/places", "/api/events",
      "/api/timeline", "/api/overview", "/api/events/download", "/api/openapi.json",
      "/api/annotate");

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /**
   * Writes the rows of a table as a file in a format the web module does not write itself:
   * {@code sitrep serve} hands the server its Parquet writer (DuckDB's, as
   * {@code sitrep export} uses).
   */
  @FunctionalInterface
  public interface TableWriter {
    void write(org.sitrep.core.table.Tables.Table table, List<Object[]> rows,
               java.io.OutputStream out) throws Exception;
  }

  /**
   * Starts serving {@code store} on {@code host:port} (port 0: any free port); {@code log}
   * gets one line per server fault (the client only sees that something went wrong). The
   * events download offers CSV and JSON Lines; no Parquet.
   */
  public static WebServer start(Store store, String host, int port, Params.PlaceLookup places,
                                PrintStream log) {
    return start(store, host, port, places, log, null, null);
  }

  /** {@link #start}, the events download also as Parquet, written by {@code parquet}. */
  public static WebServer start(Store store, String host, int port, Params.PlaceLookup places,
                                PrintStream log, TableWriter parquet) {
    return start(store, host, port, places, log, parquet, null);
  }

  /** {@link #start}, annotating posted pages with {@code annotation} (null: /api/annotate answers 404). */
  public static WebServer start(Store store, String host, int port, Params.PlaceLookup places,
                                PrintStream log, Annotation annotation) {
    return start(store, host, port, places, log, null, annotation);
  }

  /** Both: Parquet downloads by {@code parquet}, posted pages annotated by {@code annotation}. */
  public static WebServer start(Store store, String host, int port, Params.PlaceLookup places,
                                PrintStream log, TableWriter parquet, Annotation annotation) {
    StoreView view = new StoreView(store);
    Downloads downloads = new Downloads(parquet);
    Pages pages = new Pages(view, places, downloads);
    byte[] openapi = resource("openapi.json");
    byte[] favicon = resource("static/favicon.svg");
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.prefer405over404 = true;
      c.jsonMapper(new JavalinJackson(Json.mapper(), false));
      c.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/org/sitrep/web/static";
        s.location = Location.CLASSPATH;
        s.headers = java.util.Map.of("Cache-Control", "max-age=300");
      });
      c.staticFiles.enableWebjars();
      // Jetty's own answers to a request it cannot read tell the error handler whether it was
      // for the API: then they are JSON like the API's other errors.
      c.jetty.addConnector((server, http) -> {
        org.eclipse.jetty.server.ServerConnector connector =
            new org.eclipse.jetty.server.ServerConnector(server, new SecureErrorHandler.ApiAwareHttp(http));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
      });
      c.jetty.modifyServer(server -> {
        // Faults Jetty answers itself (a malformed URI) say only the status.
        ErrorHandler quiet = new SecureErrorHandler();
        quiet.setShowStacks(false);
        quiet.setShowServlet(false);
        quiet.setShowMessageInTitle(false);
        server.setErrorHandler(quiet);
      });
    });
    app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
    DocumentedParams documented = new DocumentedParams(openapi);
    Pages.PAGE_PARAMS.forEach(documented::take);
    app.before(documented::check);

    get(app, "/api/search", ctx -> {
      org.sitrep.store.SearchRequest r = Params.search(ctx, places, 20);
      ctx.json(Api.search(view.search(r), r.offset()));
    });
    get(app, "/api/articles/{id}", ctx -> ctx.json(Api.article(found(view.article(
        ctx.pathParam("id")), "no article " + ctx.pathParam("id")))));
    get(app, "/api/stories/{id}", ctx -> ctx.json(found(view.story(ctx.pathParam("id")),
        "no story " + ctx.pathParam("id"))));
    get(app, "/api/claims", ctx -> {
      String story = Params.param(ctx, "story");
      ctx.json(found(view.claims(story, Params.param(ctx, "q"), Params.storyLimit(ctx)),
          "no story " + story));
    });
    get(app, "/api/entities/{name}", ctx -> ctx.json(found(view.entity(ctx.pathParam("name")),
        "no stored article names " + ctx.pathParam("name"))));
    // offset, limit and sort page the aggregate's list; the filters choose its articles.
    get(app, "/api/places", ctx -> {
      Params.Page page = Params.page(ctx, Api.PLACE_SORTS, 100);
      ctx.json(Api.places(view.places(Params.filters(ctx, places)), page));
    });
    get(app, "/api/events", ctx -> {
      Params.Page page = Params.page(ctx, Api.EVENT_SORTS, 100);
      ctx.json(Api.events(Pages.eventTable(view, ctx, places), page));
    });
    get(app, "/api/timeline", ctx -> {
      Params.Page page = Params.page(ctx, Api.DAY_SORTS, 1000);
      ctx.json(Api.timeline(view.timeline(Params.filters(ctx, places)), page));
    });
    get(app, "/api/overview", ctx -> {
      StoreView.OverviewView o = view.overview(Params.filters(ctx, places), 10);
      if (o == null) {
        throw new io.javalin.http.ConflictResponse("some matching articles were stored before "
            + "the store kept aggregates; ingest them again (into a new --store) to count them");
      }
      ctx.json(o);
    });
    get(app, "/api/events/download", pages::eventsDownload);
    get(app, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    app.post("/api/annotate", ctx -> found(annotation, "this server does not annotate pages (start it with sitrep serve --annotate)")
        .handle(ctx));

    get(app, "/", pages::home);
    get(app, "/section", pages::section);
    get(app, "/article/{id}", pages::article);
    get(app, "/entity", pages::entity);
    get(app, "/search", pages::search);
    get(app, "/map", pages::map);
    get(app, "/timeline", pages::timeline);
    get(app, "/overview", pages::overview);
    get(app, "/events", pages::events);
    get(app, "/favicon.ico", ctx -> ctx.contentType("image/svg+xml").result(favicon));

    app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(),
        e.getMessage(), pages, e instanceof Params.BadValue b ? b.allowed : List.of()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, e.getMessage(),
        pages));
    app.exception(Exception.class, (e, ctx) -> {
      log.println("sitrep serve: " + ctx.method() + " " + ctx.path() + ": " + e);
      fail(ctx, 500, "Sitrep could not answer this request; the server log says why.", pages);
    });
    app.error(404, ctx -> {
      if (ctx.attribute(HANDLED) == null) {
        fail(ctx, 404, "Nothing here: " + ctx.path(), pages);
      }
    });
    app.error(405, ctx -> {
      if (ctx.attribute(HANDLED) == null) {
        fail(ctx, 405, "Sitrep's server is read-only: GET requests only "
            + "(and POST to /api/annotate).", pages);
      }
    });
    app.start();
    return new WebServer(app);
  }

  private static final String HANDLED = "sitrep.handled";

  /**
   * Jetty's own error answers, written before any request reaches Javalin (a request line that
   * does not parse, a URI or headers too long) or outside it (an ambiguous URI), with the same
   * security headers as every other answer.
   */
  static final class SecureErrorHandler extends ErrorHandler {
    /** Whether the request Jetty is refusing on this thread is one of the API's (under /api/). */
    private static final ThreadLocal<Boolean> API = new ThreadLocal<>();

    /**
     * HTTP/1.1 whose channels tell the handler, on the refusing thread, whether the request
     * line Jetty could not read named a path under /api/ (Jetty has not parsed it, so its
     * request knows no path).
     */
    static final class ApiAwareHttp extends org.eclipse.jetty.server.HttpConnectionFactory {
      ApiAwareHttp(org.eclipse.jetty.server.HttpConfiguration config) {
        super(config);
      }

      @Override
      public org.eclipse.jetty.io.Connection newConnection(
          org.eclipse.jetty.server.Connector connector, org.eclipse.jetty.io.EndPoint endPoint) {
        return configure(new org.eclipse.jetty.server.HttpConnection(getHttpConfiguration(),
            connector, endPoint, isRecordHttpComplianceViolations()) {
          @Override
          protected org.eclipse.jetty.server.HttpChannelOverHttp newHttpChannel() {
            return new ApiAwareChannel(this);
          }
        }, connector, endPoint);
      }
    }

    private static final class ApiAwareChannel extends org.eclipse.jetty.server.HttpChannelOverHttp {
      private boolean api;

      ApiAwareChannel(org.eclipse.jetty.server.HttpConnection c) {
        super(c, c.getConnector(), c.getHttpConfiguration(), c.getEndPoint(), c);
      }

      @Override
      public void startRequest(String method, String uri, org.eclipse.jetty.http.HttpVersion v) {
        api = uri != null && uri.startsWith("/api/");
        super.startRequest(method, uri, v);
      }

      @Override
      public void badMessage(org.eclipse.jetty.http.BadMessageException failure) {
        API.set(api);
        try {
          super.badMessage(failure);
        } finally {
          API.remove();
          api = false;
        }
      }
    }

    @Override
    public java.nio.ByteBuffer badMessageError(int status, String reason,
                                               HttpFields.Mutable fields) {
      SECURITY_HEADERS.forEach(fields::put);
      if (Boolean.TRUE.equals(API.get())) {
        fields.put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "application/json");
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("status", status);
        body.put("error", "the request does not read as HTTP (a malformed path or "
            + "%-escape?)" + (reason == null ? "" : ": " + reason));
        return java.nio.ByteBuffer.wrap(Json.line(body).getBytes(
            java.nio.charset.StandardCharsets.UTF_8));
      }
      return super.badMessageError(status, reason, fields);
    }

    @Override
    public void handle(String target, org.eclipse.jetty.server.Request base,
                       jakarta.servlet.http.HttpServletRequest request,
                       jakarta.servlet.http.HttpServletResponse response)
        throws IOException, jakarta.servlet.ServletException {
      SECURITY_HEADERS.forEach(response::setHeader);
      super.handle(target, base, request, response);
    }
  }

  private static void fail(Context ctx, int status, String message, Pages pages) {
    fail(ctx, status, message, pages, List.of());
  }

  /**
   * A short error: JSON {@code {status, error}} under /api (with {@code allowed}, the values the
   * parameter takes, when it is a short list), a page elsewhere.
   */
  private static void fail(Context ctx, int status, String message, Pages pages,
                           List<String> allowed) {
    ctx.attribute(HANDLED, true);
    ctx.status(status);
    String m = message == null || message.isBlank() ? "Error " + status : message;
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json");
      java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
      body.put("status", status);
      body.put("error", m);
      if (!allowed.isEmpty()) {
        body.put("allowed", allowed);
      }
      ctx.result(Json.line(body));
    } else {
      pages.error(ctx, status, m);
    }
  }

  static <T> T found(T value, String message) {
    if (value == null) {
      throw new NotFoundResponse(message);
    }
    return value;
  }

  static byte[] resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The port it listens on (the one picked when started with 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
