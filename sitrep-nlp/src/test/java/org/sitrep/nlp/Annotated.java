package org.sitrep.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Failure;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.RawPage;

/** Fixtures run through extraction and the full annotation pipeline once per test JVM. */
final class Annotated {
  private static final Map<String, Article> CACHE = new ConcurrentHashMap<>();

  private Annotated() {}

  static Article of(String resource) {
    return CACHE.computeIfAbsent(resource, r -> {
      try (InputStream in = Annotated.class.getResourceAsStream("/" + r)) {
        Article a = new Extractor(Instant.parse("2026-01-01T00:00:00Z"))
            .extract(RawPage.ofBytes(r, in.readAllBytes()));
        Object out = Annotator.pipeline().run(a);
        if (out instanceof Failure f) {
          throw new AssertionError("annotation failed: " + f);
        }
        return (Article) out;
      } catch (IOException | org.sitrep.extract.ExtractionException e) {
        throw new AssertionError(e);
      }
    });
  }

  static Entity entity(Article a, String alias) {
    for (Entity e : a.layers().entities()) {
      if (e.aliases().contains(alias) || e.name().equals(alias)) {
        return e;
      }
    }
    throw new AssertionError("no entity with alias " + alias + " in " + a.layers().entities());
  }

  static Quote quote(Article a, String startsWith) {
    for (Quote q : a.layers().quotes()) {
      if (q.text().startsWith(startsWith)) {
        return q;
      }
    }
    throw new AssertionError("no quote starting " + startsWith);
  }

  static List<Mention> mentions(Article a, String type) {
    return a.layers().mentions().stream().filter(m -> m.type().equals(type)).toList();
  }
}
