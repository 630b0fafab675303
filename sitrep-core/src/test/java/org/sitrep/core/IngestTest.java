package org.sitrep.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.source.Sources;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Layer;
import org.sitrep.model.Pipeline;
import org.sitrep.model.Stage;
import org.sitrep.store.Store;

/** Ingest's counts add up to its inputs, and "stored" is what the store grew by. */
class IngestTest {
  @TempDir
  Path tmp;

  static String page(String url, String sentence) {
    String canonical = url == null ? "" : "<link rel=canonical href=\"" + url + "\">";
    return "<html><head><title>T</title>" + canonical + "</head><body><article>"
        + ("<p>" + sentence + " The council met for three hours and heard from residents, "
        + "engineers and the mayor, who promised a decision before the end of the month.</p>")
        .repeat(3) + "</article></body></html>";
  }

  private IngestCounts ingest(Store s, Flow flow, boolean force, Path... inputs) throws Exception {
    List<String> collisions = new ArrayList<>();
    IngestCounts c;
    try (Sources src = Sources.ofPaths(List.of(inputs), 1 << 20)) {
      c = new Ingest(s, flow, new Ingest.Options(2, force, 200, Duration.ofSeconds(10)),
          new IngestListener() {
            @Override
            public void collided(String source, String other, boolean sameBody) {
              collisions.add((sameBody ? "dup " : "rep ") + Path.of(source).getFileName() + "<"
                  + Path.of(other).getFileName());
            }
          }).run(src);
    }
    this.collisions = collisions;
    return c;
  }

  private List<String> collisions;

  @Test
  void countsAddUpAndNameTheOtherSource() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(dir.resolve("a.html"), page(null, "The bridge closed on Monday."));
    Files.writeString(dir.resolve("b.html"), page(null, "The bridge closed on Monday.")); // = a
    Files.writeString(dir.resolve("c.html"), page("https://x.example/1", "The school reopened."));
    Files.writeString(dir.resolve("d.html"), page("https://x.example/1", "A budget passed."));
    Files.writeString(dir.resolve("e.json"), "{\"not\": \"a page\"}");
    Files.writeString(dir.resolve("f.html"), "");
    Flow flow = new Flow(new Extractor(), null);
    try (Store s = Store.open(tmp.resolve("store"))) {
      IngestCounts c = ingest(s, flow, false, dir);
      assertEquals(6, c.done());
      assertEquals(2, c.stored(), "a and c");
      assertEquals(1, c.duplicate(), "b is a's page");
      assertEquals(1, c.replaced(), "d has c's canonical URL");
      assertEquals(1, c.skipped(), "e is JSON");
      assertEquals(1, c.failed(), "f is empty");
      assertEquals(List.of("dup b.html<a.html", "rep d.html<c.html"), collisions);
      assertEquals(c.stored(), s.count(), "stored is the growth of the store");

      // Again: every file is unchanged, nothing is read.
      IngestCounts again = ingest(s, flow, false, dir);
      assertEquals(0, again.stored());
      assertEquals(s.count(), 2);
    }
  }

  @Test
  void aChangedFileReplacesItsOwnEarlierVersion() throws Exception {
    Path f = tmp.resolve("p.html");
    Files.writeString(f, page(null, "The bridge closed on Monday."));
    Flow flow = new Flow(new Extractor(), null);
    try (Store s = Store.open(tmp.resolve("store"))) {
      assertEquals(1, ingest(s, flow, false, f).stored());
      Files.writeString(f, page(null, "The bridge reopened on Friday."));
      IngestCounts c = ingest(s, flow, true, f);
      assertEquals(1, c.updated());
      assertEquals(0, c.stored());
      s.commit();
      assertEquals(1, s.count(), "the old version is gone, not kept beside the new one");
    }
  }

  /** Stands for annotation: adds the entities layer (empty). */
  static final Stage FAKE_NLP = flaky(new boolean[] {false});

  @Test
  void pagesStoredWithoutAnnotationsAreUpgradedWhenNlpIsOn() throws Exception {
    Path f = tmp.resolve("p.html");
    Files.writeString(f, page(null, "The bridge closed on Monday."));
    Path store = tmp.resolve("store");
    try (Store s = Store.open(store)) {
      assertEquals(1, ingest(s, new Flow(new Extractor(), null), false, f).stored());
    }
    Flow nlp = new Flow(new Extractor(), new Pipeline(List.of(FAKE_NLP)));
    try (Store s = Store.open(store)) {
      IngestCounts c = ingest(s, nlp, false, f);
      assertEquals(0, c.unchanged(), "stored without layers: not unchanged for an NLP ingest");
      assertEquals(1, c.updated());
    }
    try (Store s = Store.open(store)) {
      assertEquals(1, ingest(s, nlp, false, f).unchanged(), "now it has them");
      assertTrue(s.get(s.search(org.sitrep.store.SearchRequest.of("bridge")).get(0).id())
          .layers().has(org.sitrep.model.Layer.ENTITIES));
    }
  }

  /** Entities that fail while {@code broken} is set, as a stage with a bug or a bad model. */
  static Stage flaky(boolean[] broken) {
    return new Stage() {
      @Override
      public String name() {
        return "entities";
      }

      @Override
      public Set<Layer> requires() {
        return Set.of();
      }

      @Override
      public Set<Layer> produces() {
        return Set.of(Layer.ENTITIES);
      }

      @Override
      public Article apply(Article a) {
        if (broken[0]) {
          throw new ArrayIndexOutOfBoundsException("Index 3 out of bounds for length 3");
        }
        return a.withLayers(a.layers().withEntities(List.of(), List.of()));
      }
    };
  }

  @Test
  void aFailedStageKeepsTheArticleAndIsRetriedByTheNextRun() throws Exception {
    Path f = tmp.resolve("p.html");
    Files.writeString(f, page(null, "The bridge closed on Monday."));
    boolean[] broken = {true};
    Flow nlp = new Flow(new Extractor(), new Pipeline(List.of(flaky(broken))));
    Path store = tmp.resolve("store");
    try (Store s = Store.open(store)) {
      broken[0] = true;
      IngestCounts c = ingest(s, nlp, false, f);
      assertEquals(1, c.stored(), "the article is stored without the failed layer");
      assertEquals(0, c.retried());
    }
    try (Store s = Store.open(store)) {
      var stored = s.get(s.search(org.sitrep.store.SearchRequest.of("bridge")).get(0).id());
      assertTrue(stored.warnings().stream().anyMatch(w -> w.code().equals(Pipeline.STAGE_FAILED)),
          stored.warnings().toString());
      broken[0] = false;
      IngestCounts c = ingest(s, nlp, false, f);
      assertEquals(0, c.unchanged(), "a document a stage of which failed is never unchanged");
      assertEquals(1, c.retried());
      assertEquals(1, c.updated());
    }
    try (Store s = Store.open(store)) {
      assertEquals(1, ingest(s, nlp, false, f).unchanged(), "now complete: not retried again");
      var stored = s.get(s.search(org.sitrep.store.SearchRequest.of("bridge")).get(0).id());
      assertTrue(stored.layers().has(org.sitrep.model.Layer.ENTITIES));
      assertTrue(stored.warnings().stream().noneMatch(w -> w.code().equals(Pipeline.STAGE_FAILED)));
    }
  }

  @Test
  void aFailedDocumentIsRetriedAndStoredOnceItsCauseIsGone() throws Exception {
    Path f = tmp.resolve("p.html");
    Files.writeString(f, page(null, "The bridge closed on Monday."));
    Flow flow = new Flow(new Extractor(), null);
    Path store = tmp.resolve("store");
    try (Store s = Store.open(store); Sources small = Sources.ofPaths(List.of(f), 100)) {
      IngestCounts c = new Ingest(s, flow, new Ingest.Options(2, false, 200,
          Duration.ofSeconds(10)), null).run(small);
      assertEquals(1, c.failed(), "over the size limit");
      s.commit();
      assertEquals(1, s.failureCount());
    }
    try (Store s = Store.open(store)) {
      IngestCounts c = ingest(s, flow, false, f); // a limit it fits in: the cause is gone
      assertEquals(1, c.retried(), "the same file, unchanged, is read again");
      assertEquals(1, c.stored());
      s.commit();
      assertEquals(0, s.failureCount(), "its failure is resolved");
      assertEquals(1, s.count());
    }
  }

  /** Defect: a page not in English was stored unannotated and ingest said nothing of it. */
  @Test
  void aStoredPageLeftUnannotatedIsNamedAsItIsStored() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(dir.resolve("fr.html"), page(null, "Le conseil a voté lundi."));
    Files.writeString(dir.resolve("en.html"), page(null, "The council voted on Monday."));
    Stage englishOnly = new Stage() {
      @Override
      public String name() {
        return "tokens";
      }

      @Override
      public Set<Layer> requires() {
        return Set.of();
      }

      @Override
      public Set<Layer> produces() {
        return Set.of(Layer.TOKENS);
      }

      @Override
      public Article apply(Article a) {
        return a.text().contains("conseil") ? a.withWarning(new org.sitrep.model.Warning(
            "english-only-skipped", "language 'fr': annotation is English-only")) : a;
      }
    };
    List<String> heard = new ArrayList<>();
    try (Store s = Store.open(tmp.resolve("store"));
         Sources src = Sources.ofPaths(List.of(dir), 1 << 20)) {
      new Ingest(s, new Flow(new Extractor(), new Pipeline(List.of(englishOnly))),
          new Ingest.Options(1, false, 200, Duration.ofSeconds(10)), new IngestListener() {
            @Override
            public void notAnnotated(String source, org.sitrep.model.Warning why) {
              heard.add(Path.of(source).getFileName() + " " + why.code());
            }
          }).run(src);
      assertEquals(2, s.count(), "both are stored");
    }
    assertEquals(List.of("fr.html english-only-skipped"), heard);
  }
}
