package org.sitrep.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.LengthedBody;
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
 * skipped and counted.
 *
 * <p>Each page's source is {@code file#OFFSET}, OFFSET being where the record starts in the file
 * (for a .gz, in the compressed file: where its gzip member starts), so a {@link WarcReader}
 * positioned there reads the same record. Records are framed by the WARC header's
 * Content-Length alone: the HTTP message inside is parsed from the record's block, its body
 * being the rest of the block whatever its own Content-Length says, and an HTTP message that
 * cannot be read is a failure of that record only. A truncated or corrupt file (its WARC
 * framing broken) gives every complete record before the damage, then one failure naming the
 * file and the offset.
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
      // jwarc moves position() to the next record's start only when next() is called: read
      // after it, it is the returned record's offset (and, if next() throws, the bad one's).
      Optional<WarcRecord> r;
      try {
        r = reader.next();
      } finally {
        offset = reader.position();
      }
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

  /**
   * The record as a page, a per-record failure or null (skipped). An IOException is the file's
   * (its framing is broken); what goes wrong once the record's block is read is the record's.
   */
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
    try {
      return page(r, source, block);
    } catch (IOException | RuntimeException e) {
      return Input.failed(source, "read", "unreadable " + r.type() + " record at offset "
          + offset + " (" + e.getMessage() + ")");
    }
  }

  private Input page(WarcRecord r, String source, byte[] block) throws IOException {
    String target = r instanceof WarcResponse resp ? resp.target()
        : ((WarcResource) r).target();
    Map<String, String> headers = new TreeMap<>();
    byte[] body;
    String contentType;
    if (r instanceof WarcResponse) {
      HttpResponse http = HttpResponse.parse(framed(block));
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

  /**
   * The block as a channel of known length: jwarc's HTTP parser then takes the body to be the
   * rest of the block (as it does for a record it reads itself), not what Content-Length says.
   */
  private static LengthedBody framed(byte[] block) {
    return LengthedBody.create(Channels.newChannel(InputStream.nullInputStream()),
        ByteBuffer.wrap(block), block.length);
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
