package org.sitrep.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.source.PageReader;
import org.sitrep.model.Article;

/**
 * Scores the extractor on a folder laid out like the public article-extraction benchmark
 * ({@code <id>.html[.gz]} plus {@code ground-truth.json} mapping ids to {@code articleBody}).
 * Every page weighs the same: precision is averaged over pages that produced text, recall over
 * pages whose truth has text, and F1 is the harmonic mean of the two averages.
 */
public final class ExtractionEval {
  /** One page's outcome: its score, or the reason it produced nothing. */
  public record Page(String id, ShingleScore score, String error) {}

  /** The whole folder's figures. */
  public record Summary(int pages, double precision, double recall, double f1, double emptyRate,
                        List<Page> worst) {}

  private final Extractor extractor;
  private final PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);

  public ExtractionEval(Extractor extractor) {
    this.extractor = extractor;
  }

  public Summary run(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String expected = e.getValue().path("articleBody").asText("");
      Path html = dir.resolve(e.getKey() + ".html");
      if (!Files.exists(html)) {
        html = dir.resolve(e.getKey() + ".html.gz");
      }
      String predicted = "";
      String error = null;
      try {
        Article a = extractor.extract(reader.read(html));
        predicted = a.text();
      } catch (ExtractionException ex) {
        error = ex.stage() + ": " + ex.reason();
      }
      pages.add(new Page(e.getKey(), ShingleScore.of(expected, predicted), error));
    }
    return summarise(pages);
  }

  static Summary summarise(List<Page> pages) {
    double p = 0;
    double r = 0;
    int np = 0;
    int nr = 0;
    int empty = 0;
    for (Page page : pages) {
      ShingleScore s = page.score();
      if (s.tp() + s.fp() > 0) {
        p += s.precision();
        np++;
      } else {
        empty++;
      }
      if (s.tp() + s.fn() > 0) {
        r += s.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    List<Page> worst = pages.stream()
        .sorted(Comparator.comparingDouble((Page x) -> x.score().f1())).limit(10).toList();
    return new Summary(pages.size(), precision, recall, f1,
        pages.isEmpty() ? 0 : (double) empty / pages.size(), worst);
  }
}
