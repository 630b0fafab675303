package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.model.Json;
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

  /** The stored article as {@code sitrep annotate} writes it, with its story. */
  static JsonNode article(StoreView.ArticleView v) {
    ObjectNode out = ((ObjectNode) v.article()).deepCopy();
    ObjectNode story = Json.mapper().createObjectNode();
    story.put("id", v.story());
    story.put("canonical", v.canonical());
    story.set("copies", Json.mapper().valueToTree(v.copies()));
    out.set("story", story);
    return out;
  }
}
