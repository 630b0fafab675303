package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.html.Dates;
import org.sitrep.extract.text.ScrapedTextExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Published;
import org.sitrep.model.RawPage;

/**
 * Fuzzing of the parsers with fixed seeds (so every run tries the same cases): mutated real
 * pages and random bytes through charset detection, sniffing, metadata and dates, the HTML and
 * scraped-text paths. Each case must end, quickly, in an article or an
 * {@link ExtractionException}: anything else is a bug. Inputs that ever broke a parser are kept
 * in {@code fuzz-regressions/} and replayed by {@link #regressionsStayFixed()}.
 */
class FuzzTest {
  private static final List<byte[]> SEEDS = Stream.of(
      "palmyra-scraped.txt",
      "pages/5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e.html",
      "pages/42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc.html",
      "pages/06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85.html")
      .map(Fixtures::bytes).toList();
  private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
  private static final Extractor EXTRACTOR = new Extractor(NOW);
  /**
   * One case may spend this much CPU time of its thread (work, not wall time: other processes
   * on the machine do not change it); a quadratic blow-up fails the property.
   */
  private static final long MAX_NANOS = 30_000_000_000L;
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  static void extractEndsWell(byte[] b, String contentType) {
    long t = CPU.getCurrentThreadCpuTime();
    try {
      Article a = EXTRACTOR.extract(new RawPage("fuzz", null, b, contentType, null));
      assertTrue(!a.text().isBlank());
      if (a.published() != null) {
        assertTrue(!a.published().day().isAfter(NOW.atOffset(java.time.ZoneOffset.UTC)
            .toLocalDate().plusDays(1)), "no date in the future: " + a.published());
      }
    } catch (ExtractionException e) {
      assertTrue(e.reason() != null && !e.reason().isBlank());
    }
    long took = CPU.getCurrentThreadCpuTime() - t;
    assertTrue(took < MAX_NANOS, "took " + took / 1e9 + " s of CPU");
  }

  @Property(tries = 1000, seed = "20261127")
  void mutatedPagesExtractOrFailCleanly(@ForAll("seedIndex") int page, @ForAll long seed) {
    extractEndsWell(Mutator.mutate(SEEDS.get(page), seed), null);
  }

  @Property(tries = 400, seed = "20261127")
  void mutatedPagesWithDeclaredCharsets(@ForAll("seedIndex") int page, @ForAll long seed,
                                        @ForAll("contentTypes") String type) {
    extractEndsWell(Mutator.mutate(SEEDS.get(page), seed), type);
  }

  @Property(tries = 300, seed = "20261127")
  void randomBytes(@ForAll("bytes") byte[] b) {
    extractEndsWell(b, null);
    ContentKind.of(b);
    WideCharsets.detect(b);
    Charsets.decode(b, "text/html; charset=utf-16", true);
    Charsets.detect(b);
  }

  @Property(tries = 300, seed = "20261127")
  void scrapedTextRulesEnd(@ForAll long seed) {
    String s = new String(Mutator.mutate(SEEDS.get(0), seed), StandardCharsets.UTF_8);
    long t = CPU.getCurrentThreadCpuTime();
    ScrapedTextExtractor.body(new ScrapedTextExtractor().extract(s));
    assertTrue(CPU.getCurrentThreadCpuTime() - t < MAX_NANOS);
  }

  @Property(tries = 500, seed = "20261127")
  void datesAreParsedOrRefused(@ForAll("dates") String raw) {
    String iso = Dates.parse(raw, NOW);
    if (iso != null) {
      Published p = Published.parse(iso);
      assertTrue(p != null, "Dates gave '" + iso + "' for '" + raw + "', which is not ISO");
    }
    Published.parse(raw);
  }

  @Provide
  Arbitrary<Integer> seedIndex() {
    return Arbitraries.integers().between(0, SEEDS.size() - 1);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of("text/html", "text/html; charset=utf-8", "text/html; charset=utf-16",
        "text/html;charset=\"iso-8859-1\"", "text/plain; charset=bogus", "charset=",
        "application/octet-stream", "text/html; charset=UTF-32BE");
  }

  @Provide
  Arbitrary<String> dates() {
    Arbitrary<String> shaped = Arbitraries.of("2019-11-19T23:30-05:00", "2019-11-19",
        "Tue, 19 Nov 2019 10:00:00 GMT", "1574150400", "1574150400000", "November 19, 2019",
        "19 Nov 2019", "2019/11/19 10:00:00", "20191119", "2019-11-19 10:00:00 +0100",
        "2099-01-01", "1970-01-01", "2019-02-30", "0000-00-00T00:00:00Z")
        .flatMap(d -> Arbitraries.integers().between(0, d.length()).flatMap(cut ->
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(4)
                .map(junk -> d.substring(0, cut) + junk + d.substring(cut))));
    return Arbitraries.oneOf(shaped, Arbitraries.strings().ofMaxLength(40));
  }

  /** Inputs that once crashed or hung a parser: each must now end in an article or a failure. */
  @Test
  void regressionsStayFixed() throws Exception {
    Path dir = Path.of(FuzzTest.class.getResource("/fuzz-regressions").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
        extractEndsWell(Files.readAllBytes(f), null);
      }
    }
  }
}
