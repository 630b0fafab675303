package org.sitrep.core;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An HTTP server on 127.0.0.1 for fetch tests: routes by path, logs every request path. */
public final class LocalServer implements AutoCloseable {
  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange ex) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  public final List<String> requests = new CopyOnWriteArrayList<>();

  public LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      requests.add(path);
      Handler h = routes.get(path);
      try {
        if (h == null) {
          reply(ex, 404, "text/plain", "not here");
        } else {
          h.handle(ex);
        }
      } catch (IOException e) {
        // the client went away (a size cap): nothing to do
      } finally {
        ex.close();
      }
    });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  public LocalServer route(String path, Handler h) {
    routes.put(path, h);
    return this;
  }

  public LocalServer page(String path, String contentType, String body) {
    return route(path, ex -> reply(ex, 200, contentType, body));
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public long count(String path) {
    return requests.stream().filter(path::equals).count();
  }

  public static void reply(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    if (b.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(b);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
