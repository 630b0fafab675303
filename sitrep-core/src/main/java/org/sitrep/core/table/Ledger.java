package org.sitrep.core.table;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Layers;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Urls;
import org.sitrep.store.Hit;
import org.sitrep.store.SearchRequest;
import org.sitrep.store.Store;

/**
 * The claims ledger of a story: every count, reported claim and direct quotation across the
 * story's articles (its near-copies), each with who says it and which outlets carry it. Counts
 * of the same thing ({@code figure_group}: the category, else the head of what is counted) stay
 * apart when their figures differ, side by side, never averaged; the same figure from the same
 * claimant in several outlets is one row listing them all. {@code sitrep claims} and the web's
 * story page both build it here.
 */
public final class Ledger {
  /** At most this many articles of one story are read. */
  public static final int STORY_ARTICLES = 500;

  /** The ledger's columns, as {@code sitrep claims --csv} writes them and JSON lines name them. */
  public static final Tables.Table LEDGER = new Tables.Table("claims",
      "one row per figure, claim or quotation of a story, per claimant",
      List.of(Tables.s("story", "the story"), Tables.s("kind", "count, claim or quote"),
          Tables.s("figure_group", "what a count counts (its category, else the head noun): rows of "
              + "one group with differing values disagree"),
          Tables.s("text", "the figure's words, the claim's content or the quotation"),
          Tables.d("value", "the count's value"), Tables.s("bound", "approx, more, less, … as the text says"),
          Tables.d("low", "the lowest the words allow"), Tables.d("high", "the highest the words allow"),
          Tables.s("counts", "what is counted, in the text's words"),
          Tables.s("category", "killed, wounded, troops, money, …"), Tables.s("unit", "USD, percent, …"),
          Tables.s("claimant", "who says it"), Tables.s("organization", "the organisation they speak for"),
          Tables.list("outlets", "the sites that carry it"),
          Tables.list("article_ids", "the articles that carry it"), Tables.list("urls", "their URLs"),
          Tables.s("title", "the first such article's headline"),
          Tables.s("sentence", "the sentence it stands in (of the first such article)"),
          Tables.d("confidence", "how often a claimant found this way is right (0-1)"),
          Tables.s("via", "how the claimant was found")));

  /** One row of the ledger; JSON names are the CSV's column names. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"story", "kind", "figure_group", "text", "value", "bound", "low", "high",
      "counts", "category", "unit", "claimant", "organization", "outlets", "article_ids", "urls",
      "title", "sentence", "confidence", "via"})
  public record Row(String story, String kind,
                    @JsonProperty("figure_group") String figureGroup, String text, Double value,
                    String bound, Double low, Double high, String counts, String category,
                    String unit, String claimant, String organization, List<String> outlets,
                    @JsonProperty("article_ids") List<String> articleIds, List<String> urls,
                    String title, String sentence, Double confidence, String via) {
    /** The row's cells in {@link #LEDGER}'s order. */
    public Object[] cells() {
      return new Object[] {story, kind, figureGroup, text, value, bound, low, high, counts,
          category, unit, claimant, organization, outlets, articleIds, urls, title, sentence,
          confidence, via};
    }
  }

  private Ledger() {}

  /** The kinds of rows, in the order the ledger lists them. */
  private static final List<String> KINDS = List.of("count", "claim", "quote");

  /** A row being built: its fields, and the outlets, articles and URLs gathered so far. */
  private static final class Building {
    final Row first;
    final Set<String> outlets = new LinkedHashSet<>();
    final Set<String> ids = new LinkedHashSet<>();
    final Set<String> urls = new LinkedHashSet<>();

    Building(Row first) {
      this.first = first;
    }

    void add(String outlet, String id, String url) {
      if (outlet != null) {
        outlets.add(outlet);
      }
      ids.add(id);
      if (url != null) {
        urls.add(url);
      }
    }

    Row row() {
      Row f = first;
      return new Row(f.story(), f.kind(), f.figureGroup(), f.text(), f.value(), f.bound(),
          f.low(), f.high(), f.counts(), f.category(), f.unit(), f.claimant(), f.organization(),
          listed(outlets), listed(ids), listed(urls), f.title(), f.sentence(), f.confidence(),
          f.via());
    }

    /** The values, or null when there are none (a page's text has no URL). */
    private static List<String> listed(Set<String> values) {
      return values.isEmpty() ? null : List.copyOf(values);
    }
  }

  /**
   * The ledger of story {@code story} from its articles (with their bodies, for the sentences):
   * counts first, by figure group then value, then claims and quotations in the order met.
   */
  public static List<Row> rows(String story, List<Article> articles) {
    Map<String, Building> byKey = new LinkedHashMap<>();
    for (Article a : articles) {
      String outlet = outlet(a);
      Layers l = a.layers();
      for (Quantity q : l.quantities()) {
        Row r = count(story, a, q);
        String key = String.join("\u0000", "count", r.figureGroup(), String.valueOf(r.value()),
            String.valueOf(r.bound()), String.valueOf(r.low()), String.valueOf(r.high()),
            fold(r.unit()), fold(r.claimant()));
        byKey.computeIfAbsent(key, k -> new Building(r)).add(outlet, a.id(), a.url());
      }
      for (Claim c : l.claims()) {
        if (blank(c.content())) {
          continue;
        }
        Row r = new Row(story, "claim", null, c.content().strip(), null, null, null, null, null,
            null, null, c.claimantName(), orElse(c.organizationName(),
                organization(l, c.claimant())), null, null, null, a.title(),
            sentence(a, c.span()), c.confidence(), c.via());
        byKey.computeIfAbsent("claim\u0000" + fold(r.text()) + "\u0000" + fold(r.claimant()),
            k -> new Building(r)).add(outlet, a.id(), a.url());
      }
      for (Quote q : l.quotes()) {
        if (blank(q.text()) || blank(q.speakerName()) && q.speaker() == null) {
          continue; // a quotation without a speaker is no one's claim
        }
        String speaker = orElse(q.speakerName(), entityName(l, q.speaker()));
        Row r = new Row(story, "quote", null, q.text().strip(), null, null, null, null, null,
            null, null, speaker, orElse(q.organizationName(), organization(l, q.speaker())),
            null, null, null, a.title(), sentence(a, q.span()), q.confidence(), q.via());
        byKey.computeIfAbsent("quote\u0000" + fold(r.text()) + "\u0000" + fold(r.claimant()),
            k -> new Building(r)).add(outlet, a.id(), a.url());
      }
    }
    List<Row> out = new ArrayList<>();
    for (Building b : byKey.values()) {
      out.add(b.row());
    }
    // Stable: claims and quotations keep the order they were met in.
    out.sort(Comparator.comparingInt((Row r) -> KINDS.indexOf(r.kind()))
        .thenComparing(r -> r.figureGroup() == null ? "" : r.figureGroup())
        .thenComparing(r -> r.value() == null ? 0 : r.value()));
    return out;
  }

  private static Row count(String story, Article a, Quantity q) {
    Layers l = a.layers();
    // A count inside reported speech or a quotation is that speech's claimant's, when the
    // count itself does not say whose it is.
    Claim inClaim = null;
    for (Claim c : l.claims()) {
      if (within(q.span(), c.span())) {
        inClaim = c;
        break;
      }
    }
    Quote inQuote = null;
    for (Quote qu : l.quotes()) {
      if (within(q.span(), qu.span())) {
        inQuote = qu;
        break;
      }
    }
    String claimant = q.claimedByName();
    String org = organization(l, q.claimedBy());
    Double confidence = null;
    String via = null;
    if (inClaim != null) {
      claimant = orElse(claimant, inClaim.claimantName());
      org = orElse(org, orElse(inClaim.organizationName(), organization(l, inClaim.claimant())));
      confidence = inClaim.confidence();
      via = inClaim.via();
    } else if (inQuote != null) {
      claimant = orElse(claimant, orElse(inQuote.speakerName(), entityName(l, inQuote.speaker())));
      org = orElse(org, orElse(inQuote.organizationName(), organization(l, inQuote.speaker())));
      confidence = inQuote.confidence();
      via = inQuote.via();
    }
    return new Row(story, "count", figureGroup(q), q.text() == null ? null : q.text().strip(),
        q.value(), q.bound(), q.low(), q.high(), q.counts(), q.category(), q.unit(), claimant,
        org, null, null, null, a.title(), sentence(a, q.span()), confidence, via);
  }

  /** Words that end the head of a counted phrase ("terrorists armed with …"). */
  private static final Set<String> AFTER_HEAD = Set.of("of", "with", "in", "on", "at", "from",
      "to", "who", "that", "which", "armed", "near", "for", "by", "were", "was", "are", "is");

  /**
   * What a count counts, for comparing counts: its category when the text says it ("killed",
   * "troops"), else the head noun of what is counted, lower case and singular ("terrorists
   * armed with heavy weapons": terrorist); "count" when neither is known. Money and percentages
   * carry their unit.
   */
  public static String figureGroup(Quantity q) {
    String unit = blank(q.unit()) ? "" : ":" + q.unit().strip();
    String head = null;
    for (String w : (q.counts() == null ? "" : q.counts()).toLowerCase(Locale.ROOT)
        .split("[^\\p{L}\\p{N}-]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (AFTER_HEAD.contains(w)) {
        break;
      }
      head = w;
    }
    if (!blank(q.category())) {
      String category = q.category().strip().toLowerCase(Locale.ROOT);
      boolean measure = category.equals("money") || category.equals("percentage");
      // a share or a sum is a figure about what it measures: 14 percent of hills and 65 percent
      // of plains are no conflict
      return category + unit + (measure && head != null ? ":" + singular(head) : "");
    }
    return head == null ? "count" + unit : singular(head) + unit;
  }

  /** An English plural's singular: "militias" → "militia", "launches" → "launch". */
  static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses")
        || w.endsWith("xes") || w.endsWith("zzes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Where an article was published: its site, else its URL's host, else its source's name. */
  public static String outlet(Article a) {
    if (!blank(a.site())) {
      return a.site().strip();
    }
    for (String u : new String[] {a.url(), a.fetchedUrl()}) {
      String host = u == null ? null : Urls.host(u);
      if (!blank(host)) {
        return host;
      }
    }
    if (blank(a.source())) {
      return null;
    }
    String s = a.source().strip();
    String host = s.contains("://") ? Urls.host(s) : null;
    if (!blank(host)) {
      return host;
    }
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    return s.substring(slash + 1);
  }

  /** The sentence holding {@code span}, else the span's own words; null without a body. */
  static String sentence(Article a, Span span) {
    String text = a.text();
    if (text == null || span == null) {
      return null;
    }
    for (Span s : a.layers().sentences()) {
      if (s.start() <= span.start() && span.start() < s.end()) {
        return cut(text, s.start(), s.end());
      }
    }
    return cut(text, span.start(), span.end());
  }

  private static String cut(String text, int start, int end) {
    int s = Math.max(0, start);
    int e = Math.min(text.length(), end);
    return s < e ? text.substring(s, e).strip() : null;
  }

  private static boolean within(Span inner, Span outer) {
    return inner != null && outer != null && outer.start() <= inner.start()
        && inner.end() <= outer.end();
  }

  private static Entity entity(Layers l, Integer id) {
    if (id == null) {
      return null;
    }
    for (Entity e : l.entities()) {
      if (e.id() == id) {
        return e;
      }
    }
    return null;
  }

  private static String entityName(Layers l, Integer id) {
    Entity e = entity(l, id);
    return e == null ? null : e.name();
  }

  private static String organization(Layers l, Integer id) {
    Entity e = entity(l, id);
    return e == null || blank(e.organization()) ? null : e.organization();
  }

  /** Lower case, accents and punctuation gone, spaces collapsed: for telling rows apart. */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String orElse(String s, String other) {
    return blank(s) ? other : s;
  }

  // ---- from the store ----

  /**
   * The ledger of a stored story, by the story's id or the id of any of its articles (a story's
   * id is its first-stored copy's, which depends on the order of ingest); null when the store
   * holds neither.
   */
  public static List<Row> ofStory(Store store, String story) throws IOException {
    List<Hit> members = store.search(SearchRequest.of(null).withStory(story)
        .withDedup(false, 0, STORY_ARTICLES));
    if (members.isEmpty()) {
      Store.Stored article = store.stored(story);
      if (article == null || article.story() == null || article.story().equals(story)) {
        return null;
      }
      story = article.story();
      members = store.search(SearchRequest.of(null).withStory(story)
          .withDedup(false, 0, STORY_ARTICLES));
      if (members.isEmpty()) {
        return null;
      }
    }
    List<Article> articles = new ArrayList<>();
    for (Hit h : members) {
      Article a = store.get(h.id());
      if (a != null) {
        articles.add(a);
      }
    }
    return rows(story, articles);
  }

  /**
   * The stories of the articles {@code query} matches (a query as {@code sitrep search} takes
   * it; null: every article), at most {@code limit}, best match first. An unparseable query is
   * an {@link IllegalArgumentException} saying where.
   */
  public static List<String> stories(Store store, String query, int limit) throws IOException {
    List<String> out = new ArrayList<>();
    for (Hit h : store.search(SearchRequest.of(query).withDedup(true, 0, limit))) {
      String story = h.story() == null ? h.id() : h.story();
      if (!out.contains(story)) {
        out.add(story);
      }
    }
    return out;
  }
}
