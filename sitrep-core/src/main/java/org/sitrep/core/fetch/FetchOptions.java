package org.sitrep.core.fetch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How politely and how far a {@link Fetcher} goes.
 *
 * @param contact a URL or e-mail address put in the User-Agent, so a site owner can reach the
 *     person crawling (may be null)
 * @param delay the pause between two requests to one host
 * @param maxBytes the largest body accepted
 * @param retries attempts after the first on 5xx, 429 and timeouts
 * @param allowPrivate whether private, loopback and link-local addresses may be fetched
 * @param warcOut a WARC file to record every response in (null: none)
 */
public record FetchOptions(String contact, Duration delay, Duration connectTimeout,
                           Duration readTimeout, long maxBytes, int maxRedirects, int retries,
                           Duration maxRetryWait, boolean allowPrivate, Path warcOut) {
  public static FetchOptions defaults() {
    return new FetchOptions(null, Duration.ofSeconds(1), Duration.ofSeconds(10),
        Duration.ofSeconds(30), 50L * 1024 * 1024, 5, 3, Duration.ofSeconds(60), false, null);
  }

  public FetchOptions withAllowPrivate(boolean allow) {
    return new FetchOptions(contact, delay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        retries, maxRetryWait, allow, warcOut);
  }

  public FetchOptions withDelay(Duration d) {
    return new FetchOptions(contact, d, connectTimeout, readTimeout, maxBytes, maxRedirects,
        retries, maxRetryWait, allowPrivate, warcOut);
  }

  public FetchOptions withMaxBytes(long n) {
    return new FetchOptions(contact, delay, connectTimeout, readTimeout, n, maxRedirects,
        retries, maxRetryWait, allowPrivate, warcOut);
  }

  public FetchOptions withContact(String c) {
    return new FetchOptions(c, delay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        retries, maxRetryWait, allowPrivate, warcOut);
  }

  public FetchOptions withWarcOut(Path p) {
    return new FetchOptions(contact, delay, connectTimeout, readTimeout, maxBytes, maxRedirects,
        retries, maxRetryWait, allowPrivate, p);
  }

  /** "Sitrep/0.1 (+contact)": names the tool and, when given, who runs it. */
  public String userAgent() {
    return "Sitrep/0.1 (+" + (contact == null || contact.isBlank()
        ? "https://github.com/sitrep" : contact.strip()) + ")";
  }
}
