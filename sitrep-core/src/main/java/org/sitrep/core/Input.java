package org.sitrep.core;

import java.time.Instant;
import java.util.List;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.NotAnArticleException;
import org.sitrep.model.RawPage;

/**
 * One document a {@link PageSource} offers: where it comes from, a stamp that changes when the
 * document does (file size and time, record digest, ETag), what a feed said about it, and how
 * to get its bytes. Loading is deferred so that it runs on a worker thread, and so that an
 * unchanged document is never read at all.
 */
public record Input(String source, String stamp, Hints hints, Loader loader) {
  /** Gets the page's bytes: reads a file, decodes a record, fetches a URL. */
  @FunctionalInterface
  public interface Loader {
    RawPage load() throws ExtractionException;
  }

  /**
   * What a feed or sitemap said about an item, used where the page itself is silent
   * (provenance {@code feed}).
   */
  public record Hints(String title, Instant published, List<String> authors) {
    public Hints {
      authors = authors == null ? List.of() : List.copyOf(authors);
    }
  }

  public Input {
    if (source == null || loader == null) {
      throw new IllegalArgumentException("source and loader are required");
    }
  }

  /** An input whose bytes are already here (an archive record read in order). */
  public static Input of(RawPage page, String stamp) {
    return new Input(page.source(), stamp, null, () -> page);
  }

  /** An input that could not even be offered: loading it reports the failure. */
  public static Input failed(String source, String stage, String reason) {
    return new Input(source, null, null, () -> {
      throw new ExtractionException(stage, reason);
    });
  }

  /** An input passed over on purpose (not an article); loading it says what it is. */
  public static Input skipped(String source, String kind) {
    return new Input(source, null, null, () -> {
      throw new NotAnArticleException(kind);
    });
  }

  public RawPage load() throws ExtractionException {
    return loader.load();
  }
}
