package org.sitrep.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.core.Input;
import org.sitrep.extract.ExtractionException;
import org.sitrep.model.RawPage;

/**
 * A raw page as it travels between Spark tasks (a {@link RawPage} is not serialisable), or a
 * document that could not be read ({@code stage} and {@code reason} set).
 */
final class Page implements Serializable {
  private static final long serialVersionUID = 1L;

  final String source;
  final String stamp;
  final String url;
  final byte[] content;
  final String contentType;
  final long fetched;
  final HashMap<String, String> headers;
  final String stage;
  final String reason;

  private Page(String source, String stamp, String url, byte[] content, String contentType,
               long fetched, Map<String, String> headers, String stage, String reason) {
    this.source = source;
    this.stamp = stamp;
    this.url = url;
    this.content = content;
    this.contentType = contentType;
    this.fetched = fetched;
    this.headers = headers == null ? new HashMap<>() : new HashMap<>(headers);
    this.stage = stage;
    this.reason = reason;
  }

  static Page of(RawPage p, String stamp) {
    return new Page(p.source(), stamp, p.url(), p.content(), p.contentType(),
        p.fetched() == null ? Long.MIN_VALUE : p.fetched().toEpochMilli(), p.headers(), null,
        null);
  }

  static Page failed(String source, String stage, String reason) {
    return new Page(source, null, null, null, null, Long.MIN_VALUE, null, stage, reason);
  }

  /** Loads an input where it is read (a WARC record in order), keeping a failure as one. */
  static Page load(Input in) {
    try {
      return of(in.load(), in.stamp());
    } catch (ExtractionException e) {
      return failed(in.source(), e.stage(), e.reason());
    }
  }

  /** Back to the input the flow runs. */
  Input input() {
    if (stage != null) {
      return Input.failed(source, stage, reason);
    }
    RawPage raw = new RawPage(source, url, content, contentType,
        fetched == Long.MIN_VALUE ? null : Instant.ofEpochMilli(fetched), headers);
    return Input.of(raw, stamp);
  }
}
