package org.sitrep.core.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Records fetched responses as WARC response records (gzip per record), so a crawl can be replayed. */
final class WarcRecorder implements AutoCloseable {
  private final WarcWriter writer;

  WarcRecorder(Path file) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    boolean gzip = file.getFileName().toString().endsWith(".gz");
    this.writer = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  synchronized void record(URI uri, Fetcher.Answer a) {
    try {
      HttpResponse.Builder http = new HttpResponse.Builder(a.status(), "OK");
      a.headers().forEach((k, v) -> {
        // The body is stored decoded and whole; these headers would describe another body.
        if (!k.equals("content-encoding") && !k.equals("transfer-encoding")
            && !k.equals("content-length")) {
          http.addHeader(k, v);
        }
      });
      String type = a.headers().get("content-type");
      http.body(type == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(type), a.body());
      writer.write(new WarcResponse.Builder(uri).date(a.fetched()).body(http.build()).build());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write to the WARC file", e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    writer.close();
  }
}
