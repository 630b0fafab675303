package org.sitrep.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.store.Hit;
import org.sitrep.store.Store;

/** The JSON shapes of the API that are not a {@link StoreView} record as it is. */
final class Api {
  private Api() {}

  /** A page of hits: how many match in all, where this page starts, the hits. */
  record SearchPage(long total, int offset, int count, List<Hit> hits) {}

  static SearchPage search(Store.Results r, int offset) {
    return new SearchPage(r.total(), offset, r.hits().size(), r.hits());
  }

  /** The stored article as {@code sitrep annotate} writes it, then its story. */
  record StoredArticle(@JsonUnwrapped Article article, Story story) {}

  /** An article's story: its id, its canonical (first published) page, the other copies. */
  record Story(String id, String canonical, List<Hit> copies) {}

  static StoredArticle article(StoreView.ArticleView v) {
    return new StoredArticle(v.article(), new Story(v.story(), v.canonical(), v.copies()));
  }
}
