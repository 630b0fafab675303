package org.sitrep.core.fetch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How politely and how far a {@link Fetcher} goes.
 *
 * @param contact a URL or e-mail address put in the User-Agent, so a site owner can reach the
 *     person crawling (may be null)
 * @param delay the pause between two requests to one host
 * @param readTimeout the longest wait for a response's headers
 * @param maxBytes the largest body accepted
 * @param retries attempts after the first on 5xx, 429 and timeouts
 * @param allowPrivate whether private, loopback and link-local addresses may be fetched
 * @param warcOut a WARC file to record every response in (null: none)
 * @param responseTimeout the longest a whole response (headers and body) may take
 * @param minRate the slowest a body may arrive, in bytes per second over each {@code rateWindow}
 *     (0: no minimum)
 * @param rateWindow the span over which {@code minRate} is measured
 * @param rateGrace how long after the headers the body may be slow (a slow start) before the
 *     first {@code rateWindow} begins
 * @param maxSitemapDocuments the most documents one feed or sitemap tree (an index, the sitemaps
 *     it lists, and theirs) yields: the pages it lists and the sitemaps it points to; the rest is
 *     not read, and the tree reports that it was cut
 */
public record FetchOptions(String contact, Duration delay, Duration connectTimeout,
                           Duration readTimeout, long maxBytes, int maxRedirects, int retries,
                           Duration maxRetryWait, boolean allowPrivate, Path warcOut,
                           Duration responseTimeout, long minRate, Duration rateWindow,
                           Duration rateGrace, int maxSitemapDocuments) {
  public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(120);
  public static final long DEFAULT_MIN_RATE = 1024;
  public static final Duration DEFAULT_RATE_WINDOW = Duration.ofSeconds(30);
  public static final Duration DEFAULT_RATE_GRACE = Duration.ofSeconds(10);
  public static final int DEFAULT_MAX_SITEMAP_DOCUMENTS = 50_000;

  public static FetchOptions defaults() {
    return new FetchOptions(null, Duration.ofSeconds(1), Duration.ofSeconds(10),
        Duration.ofSeconds(30), 50L * 1024 * 1024, 5, 3, Duration.ofSeconds(60), false, null,
        DEFAULT_RESPONSE_TIMEOUT, DEFAULT_MIN_RATE, DEFAULT_RATE_WINDOW, DEFAULT_RATE_GRACE,
        DEFAULT_MAX_SITEMAP_DOCUMENTS);
  }

  public FetchOptions withAllowPrivate(boolean allow) {
    return new FetchOptions(contact, delay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        retries, maxRetryWait, allow, warcOut, responseTimeout, minRate, rateWindow,
        rateGrace, maxSitemapDocuments);
  }

  public FetchOptions withDelay(Duration d) {
    return new FetchOptions(contact, d, connectTimeout, readTimeout, maxBytes, maxRedirects,
        retries, maxRetryWait, allowPrivate, warcOut, responseTimeout, minRate, rateWindow,
        rateGrace, maxSitemapDocuments);
  }

  public FetchOptions withMaxBytes(long n) {
    return new FetchOptions(contact, delay, connectTimeout, readTimeout, n, maxRedirects,
        retries, maxRetryWait, allowPrivate, warcOut, responseTimeout, minRate, rateWindow,
        rateGrace, maxSitemapDocuments);
  }

  public FetchOptions withContact(String c) {
    return new FetchOptions(c, delay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        retries, maxRetryWait, allowPrivate, warcOut, responseTimeout, minRate, rateWindow,
        rateGrace, maxSitemapDocuments);
  }

  public FetchOptions withWarcOut(Path p) {
    return new FetchOptions(contact, delay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        retries, maxRetryWait, allowPrivate, p, responseTimeout, minRate, rateWindow,
        rateGrace, maxSitemapDocuments);
  }

  /** The longest a whole response, headers and body, may take. */
  public FetchOptions withResponseTimeout(Duration d) {
    return new FetchOptions(contact, delay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        retries, maxRetryWait, allowPrivate, warcOut, d, minRate, rateWindow, rateGrace,
        maxSitemapDocuments);
  }

  /**
   * A body slower than {@code bytesPerSecond} over any {@code window} after the grace period
   * fails (0: no minimum).
   */
  public FetchOptions withMinRate(long bytesPerSecond, Duration window) {
    return new FetchOptions(contact, delay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        retries, maxRetryWait, allowPrivate, warcOut, responseTimeout, bytesPerSecond, window,
        rateGrace, maxSitemapDocuments);
  }

  /** How long after the headers a body may be slow before {@code minRate} is applied. */
  public FetchOptions withRateGrace(Duration grace) {
    return new FetchOptions(contact, delay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        retries, maxRetryWait, allowPrivate, warcOut, responseTimeout, minRate, rateWindow, grace,
        maxSitemapDocuments);
  }

  /** The most documents (pages and child sitemaps) one feed or sitemap tree yields. */
  public FetchOptions withMaxSitemapDocuments(int n) {
    return new FetchOptions(contact, delay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        retries, maxRetryWait, allowPrivate, warcOut, responseTimeout, minRate, rateWindow,
        rateGrace, n);
  }

  /** "Sitrep/0.1 (+contact)": names the tool and, when given, who runs it. */
  public String userAgent() {
    return "Sitrep/0.1 (+" + (contact == null || contact.isBlank()
        ? "https://github.com/sitrep" : contact.strip()) + ")";
  }
}
