package org.sitrep.core.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.core.Input;
import org.sitrep.extract.ContentKind;
import org.sitrep.model.RawPage;

/**
 * The pages in a WARC or WARC.gz file (read with jwarc): response records with an HTTP 200
 * HTML answer and resource records holding HTML, with the target URI as the page's URL, the
 * record date as its crawl time and the HTTP headers (charset) honoured. Other records are
 * skipped and counted. A truncated or corrupt file gives every complete record before the
 * damage, then one failure naming the file and the offset.
 */
final class WarcPages implements Iterator<Input>, AutoCloseable {
  /** Opens the archive: a file, or a stream from a distributed file system. */
  @FunctionalInterface
  interface Opener {
    WarcReader open() throws IOException;
  }

  private final String file;
  private final Opener opener;
  private final long maxBytes;
  private final Map<String, Long> skipped;
  private WarcReader reader;
  private Input next;
  private boolean done;

  WarcPages(Path file, long maxBytes, Map<String, Long> skipped) {
    this(file.toString(), () -> new WarcReader(file), maxBytes, skipped);
  }

  /** The pages of an archive named {@code file}, read from what {@code opener} opens. */
  WarcPages(String file, Opener opener, long maxBytes, Map<String, Long> skipped) {
    this.file = file;
    this.opener = opener;
    this.maxBytes = maxBytes;
    this.skipped = skipped;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Input i = next;
    next = null;
    return i;
  }

  private Input advance() {
    long offset = 0;
    try {
      if (reader == null) {
        reader = opener.open();
      }
      offset = reader.position();
      Optional<WarcRecord> r = reader.next();
      if (r.isEmpty()) {
        close();
        return null;
      }
      return page(r.get(), offset);
    } catch (IOException | RuntimeException e) {
      close();
      return Input.failed(file, "read", "truncated or corrupt WARC at offset "
          + offset + " (" + e.getMessage() + "); the records before it were read");
    }
  }

  private Input page(WarcRecord r, long offset) throws IOException {
    String source = file + "#" + offset;
    if (!(r instanceof WarcResponse) && !(r instanceof WarcResource)) {
      count("WARC " + r.type() + " records");
      r.body().consume();
      return null;
    }
    if (r.body().size() > maxBytes) {
      r.body().consume();
      return Input.failed(source, "read", "WARC record too large (" + r.body().size()
          + " bytes > limit " + maxBytes + "; raise it with --max-bytes)");
    }
    byte[] block = readBlock(r);
    String target = r instanceof WarcResponse resp ? resp.target()
        : ((WarcResource) r).target();
    Map<String, String> headers = new TreeMap<>();
    byte[] body;
    String contentType;
    if (r instanceof WarcResponse) {
      HttpResponse http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block)));
      if (http.status() != 200) {
        count("WARC responses with HTTP status other than 200");
        return null;
      }
      http.headers().map().forEach((k, v) -> {
        if (!v.isEmpty()) {
          headers.put(k.toLowerCase(Locale.ROOT), v.get(v.size() - 1));
        }
      });
      contentType = http.headers().first("Content-Type").orElse(null);
      try (InputStream in = http.bodyDecoded().stream()) {
        body = in.readAllBytes();
      }
    } else {
      contentType = r.contentType() == null ? null : r.contentType().toString();
      body = block;
    }
    if (!isPage(contentType, target, body)) {
      count("WARC records that are not pages (" + base(contentType) + ")");
      return null;
    }
    RawPage page = new RawPage(source, target, body, contentType, r.date(), headers);
    return Input.of(page, r.id().toString());
  }

  private byte[] readBlock(WarcRecord r) throws IOException {
    long declared = r.body().size();
    byte[] block;
    try (InputStream in = r.body().stream()) {
      block = in.readAllBytes();
    }
    if (block.length < declared) {
      throw new IOException("record ends after " + block.length + " of its " + declared
          + " bytes");
    }
    return block;
  }

  /**
   * HTML, and plain text (scraped pages are archived as text) except robots.txt; a record
   * without a usable type is a page when its bytes look like HTML.
   */
  static boolean isPage(String contentType, String target, byte[] body) {
    String t = base(contentType);
    if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
      return true;
    }
    if (t.equals("text/plain")) {
      return target == null || !target.toLowerCase(Locale.ROOT).endsWith("/robots.txt");
    }
    if (t.isEmpty() || t.equals("application/octet-stream") || t.equals("unknown")) {
      return ContentKind.of(body) == ContentKind.HTML;
    }
    return false;
  }

  private static String base(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return "";
    }
    return MediaType.parseLeniently(contentType).base().toString().toLowerCase(Locale.ROOT);
  }

  private void count(String what) {
    skipped.merge(what, 1L, Long::sum);
  }

  @Override
  public void close() {
    done = true;
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        // nothing more to read from it either way
      }
      reader = null;
    }
  }
}
