package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.model.Pipeline;
import org.sitrep.nlp.mention.EntityStage;
import org.sitrep.nlp.mention.MentionStage;
import org.sitrep.nlp.geo.PlaceStage;
import org.sitrep.nlp.tokens.TokenStage;
import org.sitrep.nlp.geo.Gazetteer;

/**
 * The place stage's own cost: gazetteer load time and heap, and toponyms resolved per second on
 * articles whose tokens, mentions and entities were computed beforehand (so CoreNLP is not timed).
 */
public final class GeoBench {
  /** The figures. */
  public record Result(double loadSeconds, long heapBytes, int articles, long toponyms,
                       double toponymsPerSecond) {}

  private GeoBench() {}

  public static Result run(Path dir, int rounds) throws IOException {
    System.gc();
    long before = used();
    long start = System.nanoTime();
    Gazetteer g = Gazetteer.loadFresh();
    double load = (System.nanoTime() - start) / 1e9;
    System.gc();
    long heap = used() - before;
    if (g.size() == 0) {
      throw new IllegalStateException("empty gazetteer");
    }
    Pipeline upstream = new Pipeline(List.of(new TokenStage(), new MentionStage(),
        new EntityStage()));
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode d = Json.mapper().readTree(f.toFile());
        if (!d.has("text")) {
          continue;
        }
        Object a = upstream.run(
            Article.ofText(f.toString(), f.toString(), d.path("text").asText(), "en"));
        if (a instanceof Article art) {
          articles.add(art);
        }
      }
    }
    PlaceStage places = new PlaceStage();
    long toponyms = 0;
    double best = 0;
    for (int r = 0; r < rounds + 1; r++) {
      long n = 0;
      long t0 = System.nanoTime();
      for (Article a : articles) {
        n += places.apply(a).layers().places().size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      toponyms = n;
      if (r > 0) {
        best = Math.max(best, n / s); // round 0 warms up
      }
    }
    return new Result(load, heap, articles.size(), toponyms, best);
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
