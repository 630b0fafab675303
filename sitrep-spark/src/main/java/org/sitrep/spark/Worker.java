package org.sitrep.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Flow;
import org.sitrep.core.table.Tables;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Result;
import org.sitrep.nlp.Annotator;
import org.sitrep.model.MinHash;

/**
 * The library flow on an executor: one {@link Flow} per JVM (CoreNLP's models and the
 * gazetteer load once per executor, on first use, not per record or per task), run over a
 * partition's pages.
 */
final class Worker {
  /** The flows of this JVM, with NLP (true) and extraction only (false), made on first use. */
  private static final java.util.concurrent.ConcurrentHashMap<Boolean, Flow> FLOWS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Worker() {}

  static Flow flow(boolean nlp) {
    return FLOWS.computeIfAbsent(nlp,
        k -> new Flow(new Extractor(), k ? Annotator.pipeline() : null));
  }

  /** The documents of a partition's pages, one by one (nothing held but the current page). */
  static Iterator<Doc> run(Iterator<Page> pages, boolean nlp) {
    Flow flow = flow(nlp);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pages.hasNext();
      }

      @Override
      public Doc next() {
        return doc(flow.run(pages.next().input()));
      }
    };
  }

  static Doc doc(Result r) {
    if (r instanceof Article a) {
      Map<String, List<Object[]>> rows = new HashMap<>();
      Tables.rows(a, null).forEach((t, list) -> rows.put(t.name(), new ArrayList<>(list)));
      return new Doc(a.id(), a.source(), rows, MinHash.signature(a.text()), false, false);
    }
    if (r instanceof Failure f) {
      Map<String, List<Object[]>> rows = new HashMap<>();
      rows.put(Tables.FAILURES.name(), List.<Object[]>of(Tables.failure(f)));
      return new Doc(f.id(), f.source(), rows, null, true, false);
    }
    return new Doc(null, null, Map.of(), null, false, true);
  }
}
