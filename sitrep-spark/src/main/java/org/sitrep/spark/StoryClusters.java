package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.sitrep.model.MinHash;
import scala.Tuple2;

/**
 * Stories at scale, with the embedded store's MinHash code and threshold: candidate pairs are
 * articles that agree on a whole LSH band (a band join), kept when their estimated similarity
 * reaches the threshold; a story is a connected component of those pairs, found by
 * propagating the smallest article id (so story ids are the same on every run). Pages shared
 * by a band with many others (hundreds of syndicated copies) are linked to the band's first
 * page only, which keeps the join linear.
 */
final class StoryClusters {
  /** A band shared by more pages than this links them to its first page only. */
  static final int STAR_ABOVE = 64;
  static final int MAX_ROUNDS = 64;

  private StoryClusters() {}

  /** The story of every article: the smallest id in its component. */
  static JavaPairRDD<String, String> stories(JavaPairRDD<String, int[]> sigs, double threshold) {
    JavaPairRDD<String, String> byBand = sigs.flatMapToPair(t -> {
      List<Tuple2<String, String>> out = new ArrayList<>();
      for (String b : MinHash.bands(t._2())) {
        out.add(new Tuple2<>(b, t._1()));
      }
      return out.iterator();
    });
    JavaPairRDD<String, String> candidates = byBand.groupByKey().flatMapToPair(g -> {
      TreeSet<String> ids = new TreeSet<>();
      g._2().forEach(ids::add);
      List<Tuple2<String, String>> pairs = new ArrayList<>();
      List<String> list = new ArrayList<>(ids);
      for (int i = 0; i < (list.size() > STAR_ABOVE ? 1 : list.size()); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          pairs.add(new Tuple2<>(list.get(i), list.get(j)));
        }
      }
      return pairs.iterator();
    }).distinct();
    JavaPairRDD<String, String> edges = candidates.join(sigs)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .join(sigs)
        .filter(t -> MinHash.similarity(t._2()._1()._2(), t._2()._2()) >= threshold)
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), t._1()));
    JavaPairRDD<String, String> both = edges.union(edges.mapToPair(Tuple2::swap)).cache();
    JavaPairRDD<String, String> labels = sigs.mapToPair(t -> new Tuple2<>(t._1(), t._1()));
    for (int round = 0; round < MAX_ROUNDS; round++) {
      JavaPairRDD<String, String> sent = both.join(labels)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
      JavaPairRDD<String, String> next = labels.union(sent)
          .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b).cache();
      long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    return labels;
  }
}
