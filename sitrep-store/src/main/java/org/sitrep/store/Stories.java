package org.sitrep.store;

import org.sitrep.model.MinHash;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the story a page belongs to. Only a story's first page (its head) carries LSH band keys
 * in the index, so a page is compared with one page per candidate story, however many
 * syndicated copies the story has; the head's signature and story are read from doc values,
 * never from stored documents. The cost per page does not grow with the store.
 */
final class Stories {
  /** Heads compared per page: a band is 4 agreeing hashes, so true candidates are few. */
  private static final int CANDIDATES = 20;

  private Stories() {}

  /**
   * Story heads put since the searcher was last refreshed, by band: the current generation and
   * the one before (a worker's lookup may have used the searcher of just before a refresh).
   */
  static final class Recent {
    private record Page(String id, String story, int[] sig) {}

    private Map<String, List<Page>> current = new HashMap<>();
    private Map<String, List<Page>> previous = new HashMap<>();

    synchronized void add(String id, String story, int[] sig) {
      Page page = new Page(id, story, sig);
      for (String band : MinHash.bands(sig)) {
        current.computeIfAbsent(band, k -> new ArrayList<>()).add(page);
      }
    }

    /** At a refresh: what was current is now in the searcher too; keep it one more round. */
    synchronized void clear() {
      previous = current;
      current = new HashMap<>();
    }

    /** The better of {@code indexed} and the best recent match; its story id, or null. */
    synchronized String find(Store.StoryMatch indexed, String selfId, int[] sig,
                             double threshold) {
      Store.StoryMatch best = indexed;
      for (Map<String, List<Page>> gen : List.of(current, previous)) {
        for (String band : MinHash.bands(sig)) {
          for (Page p : gen.getOrDefault(band, List.of())) {
            if (p.id().equals(selfId)) {
              continue;
            }
            double sim = MinHash.similarity(sig, p.sig());
            if (sim >= threshold && (best == null || sim > best.similarity())) {
              best = new Store.StoryMatch(p.story(), sim);
            }
          }
        }
      }
      return best == null ? null : best.story();
    }
  }

  /** The most similar story head in {@code s} above {@code threshold}, or null. Thread-safe. */
  static Store.StoryMatch find(IndexSearcher s, String selfId, int[] sig, double threshold)
      throws IOException {
    BooleanQuery.Builder bands = new BooleanQuery.Builder();
    for (String band : MinHash.bands(sig)) {
      bands.add(new TermQuery(new Term(Fields.HEAD_BAND, band)), BooleanClause.Occur.SHOULD);
    }
    BooleanQuery q = new BooleanQuery.Builder()
        .add(bands.build(), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.ID, selfId)), BooleanClause.Occur.MUST_NOT)
        .build();
    TopDocs td = s.search(q, CANDIDATES); // scored by shared bands: the likeliest first
    Store.StoryMatch best = null;
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (ScoreDoc sd : td.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      int doc = sd.doc - leaf.docBase;
      BinaryDocValues sigs = leaf.reader().getBinaryDocValues(Fields.MINHASH);
      SortedDocValues stories = leaf.reader().getSortedDocValues(Fields.STORY);
      if (sigs == null || stories == null || !sigs.advanceExact(doc) || !stories.advanceExact(doc)) {
        continue;
      }
      BytesRef b = sigs.binaryValue();
      double sim = MinHash.similarity(sig, MinHash.fromBytes(
          java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length)));
      if (sim >= threshold && (best == null || sim > best.similarity())) {
        best = new Store.StoryMatch(stories.lookupOrd(stories.ordValue()).utf8ToString(), sim);
      }
    }
    return best;
  }
}
