package org.sitrep.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.ContentKind;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.source.FileSource;
import org.sitrep.extract.source.PageReader;
import org.sitrep.model.RawPage;

/**
 * Sitrep's extractor against boilerpipe's ArticleExtractor, the fastest published JVM baseline,
 * on the same pages in the same JVM, one thread each. Pages are read into memory first so that
 * disk does not count.
 */
public final class ExtractBench {
  private ExtractBench() {}

  public static List<RawPage> load(List<Path> inputs) throws IOException {
    PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);
    List<RawPage> pages = new ArrayList<>();
    for (FileSource.Entry e : new FileSource(inputs)) {
      if (e.failure() != null || e.skip() != null) {
        continue;
      }
      try {
        RawPage page = reader.read(e.path());
        if (ContentKind.of(page.content()) == ContentKind.HTML) {
          pages.add(page);
        }
      } catch (ExtractionException ex) {
        // not a page: the benchmark measures pages only
      }
    }
    return pages;
  }

  public static List<Throughput.Result> run(List<RawPage> pages, int warmup, int rounds) {
    Extractor sitrep = new Extractor();
    Throughput.Task<RawPage> ours = new Throughput.Task<>("sitrep", sitrep::extract);
    Throughput.Task<RawPage> boilerpipe = new Throughput.Task<>("boilerpipe", page ->
        ArticleExtractor.INSTANCE.getText(new String(page.content(), StandardCharsets.UTF_8)));
    return Throughput.measure(pages, List.of(boilerpipe, ours), warmup, rounds);
  }
}
