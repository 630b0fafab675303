package org.sitrep.nlp.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Pipeline;

/**
 * How often Sitrep's own claims are right, per cue word, on PolNeAR-style articles: a claim is
 * right when it belongs to a reported gold attribution (the one whose content it overlaps most)
 * and names its source, as {@code eval quotes} judges it. The table
 * ({@code attribution/claim-precision.tsv}, built by {@code sitrep train claims} on the
 * attribution bench's {@code train/}) lets {@code Claims} leave out claims of cue words that
 * are right too rarely to be worth a reader's time ("released a letter", "appears to").
 * Counts only: no text of the corpus.
 */
public final class ClaimPrecision {
  /** Per cue word (lower case): claims made, claims right. */
  public record Tally(Map<String, int[]> byCue, int articles) {}

  private final Pipeline pipeline;
  private final int threads;

  public ClaimPrecision(Pipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
  }

  public Tally run(Path dir, IntConsumer progress) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    Map<String, int[]> byCue = new TreeMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Map<String, int[]>>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> tally(f)));
      }
      for (int i = 0; i < futures.size(); i++) {
        futures.get(i).get().forEach((k, v) -> {
          int[] t = byCue.computeIfAbsent(k, z -> new int[2]);
          t[0] += v[0];
          t[1] += v[1];
        });
        progress.accept(i + 1);
      }
    } finally {
      pool.shutdown();
    }
    return new Tally(byCue, files.size());
  }

  private Map<String, int[]> tally(Path file) throws IOException {
    QuoteEval.Annotated an = QuoteEval.annotate(pipeline, file);
    Article annotated = an.article();
    String text = annotated.text();
    List<QuoteEval.Gold> reported = QuoteEval.gold(an.doc()).stream().filter(g -> !g.direct())
        .toList();
    Map<String, int[]> out = new TreeMap<>();
    for (Claim c : annotated.layers().claims()) {
      QuoteEval.Gold best = QuoteEval.owner(c.span(), reported);
      boolean right = best != null && !best.source().isEmpty() && QuoteEval.rightSpeaker(
          annotated, c.claimant(), c.claimantSpan(), c.attribution(), best);
      int[] t = out.computeIfAbsent(c.cue().of(text).toLowerCase(Locale.ROOT), k -> new int[2]);
      t[0]++;
      t[1] += right ? 1 : 0;
    }
    return out;
  }

  /** Writes the cue words seen at least {@code minClaims} times, with a header. */
  public static void write(Tally t, int minClaims, Path out, List<String> header)
      throws IOException {
    List<String> lines = new ArrayList<>();
    header.forEach(h -> lines.add("# " + h));
    lines.add("# cue\tclaims\tright\tprecision");
    t.byCue().forEach((cue, v) -> {
      if (v[0] >= minClaims && !cue.contains("\t") && !cue.contains("\n")) {
        lines.add(String.format(Locale.ROOT, "%s\t%d\t%d\t%.3f", cue, v[0], v[1],
            (double) v[1] / v[0]));
      }
    });
    Files.write(out, lines, StandardCharsets.UTF_8);
  }
}
