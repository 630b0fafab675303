package org.sitrep.spark;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.sitrep.core.source.Sources;
import org.sitrep.model.Json;
import org.sitrep.model.RawPage;
import scala.Tuple2;

/**
 * The job's inputs as pages: WARC/WARC.gz archives (any Hadoop path: local, hdfs://, s3a://;
 * folders and globs too), read record by record with the same reader as {@code sitrep ingest},
 * or JSON Lines of raw pages ({@code {"url", "html"}} or {@code {"url", "text"}} for scraped
 * text; optional {@code "source"}, {@code "fetched"}). A line that is not such an object is a
 * failure of stage {@code read}.
 */
final class Inputs {
  private Inputs() {}

  enum Format { WARC, JSONL }

  static Format format(String path, String forced) {
    if (forced != null && !forced.equals("auto")) {
      return Format.valueOf(forced.toUpperCase(Locale.ROOT));
    }
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".jsonl") || p.endsWith(".jsonl.gz") || p.endsWith(".ndjson")
        || p.endsWith(".json") ? Format.JSONL : Format.WARC;
  }

  /** The pages of every input, unioned. */
  static JavaRDD<Page> pages(JavaSparkContext sc, List<String> inputs, String forced,
                             long maxBytes) {
    List<JavaRDD<Page>> parts = new ArrayList<>();
    for (String in : inputs) {
      parts.add(format(in, forced) == Format.WARC ? warc(sc, in, maxBytes) : jsonl(sc, in));
    }
    JavaRDD<Page> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.union(parts.get(i));
    }
    return all;
  }

  private static JavaRDD<Page> warc(JavaSparkContext sc, String path, long maxBytes) {
    return sc.binaryFiles(path).flatMap((Tuple2<String, PortableDataStream> f) -> {
      String name = f._1();
      InputStream in = f._2().open();
      Sources.CloseableIterator records = Sources.warc(name, in, maxBytes, new HashMap<>());
      return new Iterator<Page>() {
        @Override
        public boolean hasNext() {
          boolean more = records.hasNext();
          if (!more) {
            records.close();
          }
          return more;
        }

        @Override
        public Page next() {
          return Page.load(records.next());
        }
      };
    });
  }

  private static JavaRDD<Page> jsonl(JavaSparkContext sc, String path) {
    return sc.textFile(path).zipWithIndex().map(t -> line(path, t._2(), t._1()));
  }

  /** A raw page line as it is read: every field optional, any other field ignored. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Line(String url, String html, String text, String source, String fetched) {}

  /** One JSON line as a page; a line that is not a page object is a failure. */
  static Page line(String path, long index, String line) {
    String where = path + "#line" + (index + 1);
    try {
      // Parsed as a tree first only to tell "not an object" from a page with wrong fields.
      JsonNode tree = Json.mapper().readTree(line);
      if (tree == null || !tree.isObject()) {
        return Page.failed(where, "read", "not a JSON object");
      }
      Line n;
      try {
        n = Json.mapper().treeToValue(tree, Line.class);
      } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return Page.failed(where, "read", "a raw page's \"url\", \"html\", \"text\", "
            + "\"source\" and \"fetched\" are strings");
      }
      boolean html = n.html() != null;
      String body = html ? n.html() : n.text();
      if (body == null) {
        return Page.failed(where, "read", "a raw page needs \"html\" or \"text\"");
      }
      String source = n.source() != null ? n.source() : where;
      Instant fetched = null;
      if (n.fetched() != null) {
        try {
          fetched = Instant.parse(n.fetched());
        } catch (java.time.format.DateTimeParseException e) {
          fetched = null;
        }
      }
      RawPage raw = new RawPage(source, n.url(),
          body.getBytes(StandardCharsets.UTF_8),
          html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", fetched, null);
      return Page.of(raw, Integer.toHexString(line.hashCode()));
    } catch (java.io.IOException e) {
      return Page.failed(where, "read", "not JSON (" + e.getMessage().lines().findFirst()
          .orElse("") + ")");
    }
  }
}
