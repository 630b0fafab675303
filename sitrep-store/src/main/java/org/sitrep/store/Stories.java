package org.sitrep.store;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the story a page belongs to: pages sharing an LSH band with it are candidates, their
 * stored signatures give the estimated similarity, and the most similar one above the threshold
 * lends its story. Candidates are few (a band is 4 agreeing hashes), so this is a handful of
 * term look-ups per page, not a scan.
 */
final class Stories {
  private static final int CANDIDATES = 50;

  private Stories() {}

  /** A story id and how similar the page that lends it is. */
  record Match(String story, double similarity) {}

  /**
   * Pages put since the searcher was last refreshed, by band; cleared at every refresh, so it
   * never holds more than one commit interval of signatures.
   */
  static final class Recent {
    private record Page(String id, String story, int[] sig) {}

    private final java.util.Map<String, java.util.List<Page>> byBand = new java.util.HashMap<>();

    void add(String id, String story, int[] sig) {
      Page page = new Page(id, story, sig);
      for (String band : MinHash.bands(sig)) {
        byBand.computeIfAbsent(band, k -> new java.util.ArrayList<>()).add(page);
      }
    }

    void clear() {
      byBand.clear();
    }

    /** The better of {@code indexed} and the best recent match; its story id, or null. */
    String find(Match indexed, String selfId, int[] sig, double threshold) {
      Match best = indexed;
      for (String band : MinHash.bands(sig)) {
        for (Page p : byBand.getOrDefault(band, java.util.List.of())) {
          if (p.id().equals(selfId)) {
            continue;
          }
          double sim = MinHash.similarity(sig, p.sig());
          if (sim >= threshold && (best == null || sim > best.similarity())) {
            best = new Match(p.story(), sim);
          }
        }
      }
      return best == null ? null : best.story();
    }
  }

  static Match find(IndexSearcher s, String selfId, int[] sig, double threshold)
      throws IOException {
    BooleanQuery.Builder bands = new BooleanQuery.Builder();
    for (String band : MinHash.bands(sig)) {
      bands.add(new TermQuery(new Term(Fields.BAND, band)), BooleanClause.Occur.SHOULD);
    }
    BooleanQuery q = new BooleanQuery.Builder()
        .add(bands.build(), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.ID, selfId)), BooleanClause.Occur.MUST_NOT)
        .build();
    TopDocs td = s.search(q, CANDIDATES);
    Match best = null;
    for (ScoreDoc sd : td.scoreDocs) {
      Document d = s.storedFields().document(sd.doc);
      double sim = MinHash.similarity(sig, MinHash.fromBytes(d.getBinaryValue(Fields.MINHASH).bytes));
      if (sim >= threshold && (best == null || sim > best.similarity())) {
        best = new Match(d.get(Fields.STORY), sim);
      }
    }
    return best;
  }
}
