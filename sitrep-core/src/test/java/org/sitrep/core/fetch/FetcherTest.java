package org.sitrep.core.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitrep.core.LocalServer;
import org.sitrep.extract.ExtractionException;
import org.sitrep.model.RawPage;

class FetcherTest {
  private static final String PAGE = "<html><head><title>T</title></head><body><p>Hello.</p></body></html>";

  private static FetchOptions local() {
    return FetchOptions.defaults().withAllowPrivate(true).withDelay(Duration.ZERO);
  }

  @Test
  void robotsTxtIsObeyed() throws Exception {
    try (LocalServer s = new LocalServer()
        .page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
        .page("/private/a.html", "text/html", PAGE)
        .page("/open.html", "text/html", PAGE);
         Fetcher f = new Fetcher(local())) {
      ExtractionException e = assertThrows(ExtractionException.class,
          () -> f.fetch(s.url("/private/a.html")));
      assertEquals("fetch", e.stage());
      assertTrue(e.reason().contains("robots.txt"), e.reason());
      assertEquals(0, s.count("/private/a.html"), "never requested");
      assertNotNull(f.fetch(s.url("/open.html")));
      assertEquals(1, s.count("/robots.txt"), "robots.txt is fetched once per host");
    }
  }

  @Test
  void a429WithRetryAfterIsRetried() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (LocalServer s = new LocalServer().route("/busy.html", ex -> {
      if (calls.incrementAndGet() == 1) {
        ex.getResponseHeaders().set("Retry-After", "1");
        LocalServer.reply(ex, 429, "text/plain", "slow down");
      } else {
        LocalServer.reply(ex, 200, "text/html; charset=utf-8", PAGE);
      }
    }); Fetcher f = new Fetcher(local())) {
      long start = System.nanoTime();
      RawPage p = f.fetch(s.url("/busy.html"));
      assertEquals(2, calls.get());
      assertTrue(System.nanoTime() - start >= 900_000_000L, "waited for Retry-After");
      assertEquals("text/html; charset=utf-8", p.contentType());
      assertEquals(s.url("/busy.html"), p.url());
      assertNotNull(p.fetched());
    }
  }

  @Test
  void serverErrorsAreRetriedThenReported() throws Exception {
    try (LocalServer s = new LocalServer().route("/down", ex ->
        LocalServer.reply(ex, 503, "text/plain", "down"));
         Fetcher f = new Fetcher(local())) {
      ExtractionException e = assertThrows(ExtractionException.class, () -> f.fetch(s.url("/down")));
      assertTrue(e.reason().startsWith("HTTP 503"), e.reason());
      assertEquals(4, s.count("/down"), "the first attempt and three retries");
    }
  }

  @Test
  void a60MegabytePageFailsWithASizeReason() throws Exception {
    try (LocalServer s = new LocalServer().route("/huge.html", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 60L * 1024 * 1024);
      byte[] chunk = new byte[1 << 20];
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 60; i++) {
          out.write(chunk);
        }
      }
    }).route("/chunked.html", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked: no length announced
      byte[] chunk = new byte[1 << 16];
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 64; i++) {
          out.write(chunk);
        }
      }
    }); Fetcher f = new Fetcher(local());
         Fetcher small = new Fetcher(local().withMaxBytes(1 << 20))) {
      ExtractionException e = assertThrows(ExtractionException.class,
          () -> f.fetch(s.url("/huge.html")));
      assertTrue(e.reason().startsWith("too large: 60.0 MB > limit 50.0 MB"), e.reason());
      ExtractionException c = assertThrows(ExtractionException.class,
          () -> small.fetch(s.url("/chunked.html")));
      assertTrue(c.reason().startsWith("too large"), c.reason());
    }
  }

  /** Headers at once, a first few bytes, then nothing until {@code release} (for ever). */
  private static LocalServer.Handler stallAfterHeaders(CountDownLatch release) {
    return ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      out.write("<html><head>".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      try {
        release.await(5, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  /** Headers at once, then one byte every 200 ms until {@code release} or the client leaves. */
  private static LocalServer.Handler trickle(CountDownLatch release) {
    return ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      try {
        while (!release.await(200, TimeUnit.MILLISECONDS)) {
          out.write('x'); // an IOException once the client has given up ends the handler
          out.flush();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  @Test
  void aServerThatStallsAfterTheHeadersFailsAtTheResponseDeadline() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (LocalServer s = new LocalServer().route("/stall.html", stallAfterHeaders(release));
         Fetcher f = new Fetcher(local().withResponseTimeout(Duration.ofSeconds(1))
             .withMinRate(0, Duration.ofSeconds(1)))) {
      ExtractionException e = assertThrows(ExtractionException.class,
          () -> f.fetch(s.url("/stall.html")));
      assertEquals("fetch", e.stage());
      assertEquals("deadline of 1 s for the whole response passed", e.reason());
    } finally {
      release.countDown();
    }
  }

  @Test
  void aServerThatTricklesTheBodyFailsBelowTheMinimumRate() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (LocalServer s = new LocalServer().route("/trickle.html", trickle(release));
         Fetcher f = new Fetcher(local().withResponseTimeout(Duration.ofMinutes(10))
             .withMinRate(100, Duration.ofSeconds(1)).withRateGrace(Duration.ofMillis(200)))) {
      ExtractionException e = assertThrows(ExtractionException.class,
          () -> f.fetch(s.url("/trickle.html")));
      assertEquals("fetch", e.stage());
      assertTrue(e.reason().startsWith("body slower than 100 bytes/s ("), e.reason());
    } finally {
      release.countDown();
    }
  }

  @Test
  void aSlowStartWithinTheGracePeriodIsNotFailedBelowTheMinimumRate() throws Exception {
    // Nothing for 500 ms after the headers, then the page: without the grace period the first
    // 50 ms window (0 bytes) would fail the rate.
    try (LocalServer s = new LocalServer().route("/slow-start.html", ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          try {
            Thread.sleep(500);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          try (OutputStream out = ex.getResponseBody()) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
          }
        });
         Fetcher f = new Fetcher(local().withResponseTimeout(Duration.ofMinutes(10))
             .withMinRate(1, Duration.ofMillis(50)).withRateGrace(Duration.ofMinutes(10)))) {
      assertEquals(PAGE,
          new String(f.fetch(s.url("/slow-start.html")).content(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aWholeResponseWithinItsLimitsIsRead() throws Exception {
    try (LocalServer s = new LocalServer().page("/a.html", "text/html", PAGE);
         Fetcher f = new Fetcher(local().withResponseTimeout(Duration.ofMinutes(10))
             .withMinRate(1, Duration.ofMinutes(10)))) {
      assertEquals(PAGE, new String(f.fetch(s.url("/a.html")).content(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void privateAddressesAreRefusedBeforeAnyRequest() throws Exception {
    try (LocalServer s = new LocalServer().page("/a.html", "text/html", PAGE);
         Fetcher f = new Fetcher(FetchOptions.defaults())) {
      ExtractionException e = assertThrows(ExtractionException.class,
          () -> f.fetch(s.url("/a.html")));
      assertEquals("fetch", e.stage());
      assertTrue(e.reason().startsWith("private address"), e.reason());
      assertTrue(s.requests.isEmpty(), "no request reached the server: " + s.requests);
    }
  }

  @Test
  void redirectsAreFollowedAndCheckedAtEveryHop() throws Exception {
    try (LocalServer s = new LocalServer()) {
      s.route("/old", ex -> {
        ex.getResponseHeaders().set("Location", "/new");
        LocalServer.reply(ex, 301, "text/plain", "");
      }).page("/new", "text/html", PAGE).route("/loop", ex -> {
        ex.getResponseHeaders().set("Location", "/loop");
        LocalServer.reply(ex, 302, "text/plain", "");
      });
      try (Fetcher f = new Fetcher(local())) {
        RawPage p = f.fetch(s.url("/old"));
        assertEquals(s.url("/new"), p.url());
        assertEquals(s.url("/old"), p.source());
        ExtractionException e = assertThrows(ExtractionException.class, () -> f.fetch(s.url("/loop")));
        assertEquals("more than 5 redirects", e.reason());
        assertEquals(6, s.count("/loop"));
      }
    }
  }

  @Test
  void conditionalGetAsksWhetherThePageChanged() throws Exception {
    try (LocalServer s = new LocalServer().route("/feed", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        LocalServer.reply(ex, 200, "text/html", PAGE);
      }
    }); Fetcher f = new Fetcher(local())) {
      assertTrue(!f.fetch(s.url("/feed"), true).notModified());
      assertTrue(f.fetch(s.url("/feed"), true).notModified());
    }
  }

  @Test
  void failuresSayWhatHappened() throws Exception {
    try (LocalServer s = new LocalServer(); Fetcher f = new Fetcher(local())) {
      assertEquals("HTTP 404 (not found)", assertThrows(ExtractionException.class,
          () -> f.fetch(s.url("/missing"))).reason());
      assertTrue(assertThrows(ExtractionException.class,
          () -> f.fetch("http://no-such-host.invalid/")).reason().startsWith("DNS"));
      assertTrue(assertThrows(ExtractionException.class,
          () -> f.fetch("ftp://example.org/x")).reason().startsWith("not an http(s) URL"));
    }
    try (Fetcher f = new Fetcher(local())) {
      // A port nothing listens on.
      java.net.ServerSocket ss = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress());
      int port = ss.getLocalPort();
      ss.close();
      String reason = assertThrows(ExtractionException.class,
          () -> f.fetch("http://127.0.0.1:" + port + "/")).reason();
      assertTrue(reason.startsWith("connection refused"), reason);
    }
  }

  @Test
  void retryAfterReadsSecondsAndDates() {
    assertEquals(Duration.ofSeconds(1), Fetcher.retryAfter("1"));
    assertEquals(Duration.ZERO, Fetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
    assertEquals(null, Fetcher.retryAfter("soon"));
  }

  @Test
  void privateAddressRanges() throws Exception {
    for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fd00::1", "fe80::1"}) {
      assertTrue(Addresses.isPrivate(InetAddress.getByName(a)), a);
    }
    for (String a : new String[] {"8.8.8.8", "93.184.216.34", "2606:4700::1111"}) {
      assertTrue(!Addresses.isPrivate(InetAddress.getByName(a)), a);
    }
  }
}
