package org.sitrep.nlp.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Json;
import org.sitrep.model.Mention;
import org.sitrep.model.Pipeline;
import org.sitrep.model.Published;
import org.sitrep.model.Quote;
import org.sitrep.model.Result;
import org.sitrep.model.Span;

/**
 * PolNeAR's metric for direct quotes, as its README in the attribution benchmark defines it:
 * detection (a predicted quote overlapping gold content; a gold direct attribution with a
 * predicted quote), speaker accuracy (the predicted speaker's mention overlaps the gold source,
 * or its last name occurs there; for a bare pronoun source, the attribution words overlapping
 * it), and end-to-end precision, recall and F1 (right speaker over all predicted quotes / over
 * gold direct attributions with a source).
 */
public final class QuoteEval {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i",
      "you", "his", "her", "their");

  private final Pipeline pipeline;
  private final int threads;

  public QuoteEval(Pipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
  }

  /** One gold attribution: content spans, source spans and text (in UTF-16 offsets). */
  public record Gold(List<Span> content, List<Span> source, String sourceText, boolean direct) {}

  /** Counts of one article (and, summed, of the corpus). */
  public record Counts(int predicted, int predictedInGold, int gold, int goldFound,
                       int attributable, int speakerRight, int goldWithSource,
                       int goldRightSpeaker) {
    Counts plus(Counts o) {
      return new Counts(predicted + o.predicted, predictedInGold + o.predictedInGold,
          gold + o.gold, goldFound + o.goldFound, attributable + o.attributable,
          speakerRight + o.speakerRight, goldWithSource + o.goldWithSource,
          goldRightSpeaker + o.goldRightSpeaker);
    }

    public double detectionP() {
      return ratio(predictedInGold, predicted);
    }

    public double detectionR() {
      return ratio(goldFound, gold);
    }

    public double detectionF1() {
      return f1(detectionP(), detectionR());
    }

    public double speakerAccuracy() {
      return ratio(speakerRight, attributable);
    }

    public double endToEndP() {
      return ratio(speakerRight, predicted);
    }

    public double endToEndR() {
      return ratio(goldRightSpeaker, goldWithSource);
    }

    public double endToEndF1() {
      return f1(endToEndP(), endToEndR());
    }
  }

  /** The corpus figures and each article's, worst end-to-end first. */
  public record Summary(int articles, Counts total, List<Map.Entry<String, Counts>> worst,
                        List<String> mistakes, Counts claims) {}

  /** One article's counts (quotes, claims) and its wrongly attributed quotes, one line each. */
  record Scored(Counts counts, List<String> mistakes, Counts claims, Map<String, int[]> byVia) {}

  public Summary run(Path dir) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Scored>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> score(f)));
      }
      Counts total = new Counts(0, 0, 0, 0, 0, 0, 0, 0);
      Counts claims = total;
      List<Map.Entry<String, Counts>> per = new ArrayList<>();
      List<String> mistakes = new ArrayList<>();
      Map<String, int[]> byVia = new java.util.TreeMap<>();
      for (int i = 0; i < files.size(); i++) {
        Scored sc = futures.get(i).get();
        Counts c = sc.counts();
        claims = claims.plus(sc.claims());
        sc.byVia().forEach((k, v) -> tally(byVia, k, v[0], v[1]));
        for (String m : sc.mistakes()) {
          mistakes.add(files.get(i).getFileName() + "\t" + m);
        }
        total = total.plus(c);
        per.add(Map.entry(files.get(i).getFileName().toString(), c));
      }
      byVia.forEach((k, v) -> mistakes.add(String.format(Locale.ROOT,
          "#\t%s\t%d of %d right (%.3f)", k, v[0], v[1], ratio(v[0], v[1]))));
      per.sort(Comparator.comparingDouble((Map.Entry<String, Counts> e) ->
          e.getValue().endToEndF1()).thenComparing(e -> -e.getValue().gold()));
      return new Summary(files.size(), total, per.stream().filter(e -> e.getValue().gold() > 0)
          .limit(10).toList(), mistakes, claims);
    } finally {
      pool.shutdown();
    }
  }

  /** One PolNeAR-style article read and annotated as published on its date. */
  record Annotated(JsonNode doc, Article article) {}

  static Annotated annotate(Pipeline pipeline, Path file) throws IOException {
    JsonNode doc = Json.mapper().readTree(file.toFile());
    Article a = Article.ofText(doc.path("id").asText(), file.toString(),
        doc.path("text").asText(), "en");
    a = a.withPage(null, null, doc.path("title").asText(null),
        Published.parse(doc.path("published").asText(null)));
    Result r = pipeline.run(a);
    if (!(r instanceof Article annotated)) {
      throw new IOException(file + ": annotation failed: " + r);
    }
    return new Annotated(doc, annotated);
  }

  Scored score(Path file) throws IOException {
    Annotated an = annotate(pipeline, file);
    JsonNode doc = an.doc();
    Article annotated = an.article();
    List<Gold> gold = gold(doc);
    List<String> mistakes = new ArrayList<>();
    Map<String, int[]> byVia = new HashMap<>();
    Counts c = score(annotated, gold.stream().filter(Gold::direct).toList(), mistakes, byVia);
    Counts claims = scoreClaims(annotated, gold.stream().filter(g -> !g.direct()).toList(),
        mistakes, byVia);
    return new Scored(c, mistakes, claims, byVia);
  }

  /** An article's gold attributions. */
  static List<Gold> gold(JsonNode doc) {
    String text = doc.path("text").asText();
    List<Gold> gold = new ArrayList<>();
    for (JsonNode at : doc.path("attributions")) {
      gold.add(new Gold(spans(text, at.path("content")), spans(text, at.path("source")),
          joined(at.path("source")), at.path("direct").asBoolean()));
    }
    return gold;
  }

  /** The gold attribution whose content a predicted span overlaps most, or null. */
  static Gold owner(Span span, List<Gold> gold) {
    Gold best = null;
    int bestOverlap = 0;
    for (Gold g : gold) {
      int o = overlap(span, g.content());
      if (o > bestOverlap) {
        best = g;
        bestOverlap = o;
      }
    }
    return best;
  }

  public static Counts score(Article a, List<Gold> direct) {
    return score(a, direct, new ArrayList<>());
  }

  /** Scores one article, adding a line per wrongly attributed quote to {@code mistakes}. */
  public static Counts score(Article a, List<Gold> direct, List<String> mistakes) {
    return score(a, direct, mistakes, new HashMap<>());
  }

  /** Adds one right-or-wrong speaker read {@code key}'s way to a tally of right and all. */
  private static void tally(Map<String, int[]> byVia, String key, int right, int all) {
    int[] t = byVia.computeIfAbsent(key, k -> new int[2]);
    t[0] += right;
    t[1] += all;
  }

  /**
   * As above, also counting in {@code byVia} ("quote.name": right, attributable) how often a
   * speaker read each way is right, the figures {@code confidence.words} holds.
   */
  static Counts score(Article a, List<Gold> direct, List<String> mistakes,
                      Map<String, int[]> byVia) {
    List<Quote> quotes = a.layers().quotes();
    Map<Integer, Gold> owner = new HashMap<>();
    int inGold = 0;
    for (int q = 0; q < quotes.size(); q++) {
      Gold best = owner(quotes.get(q).span(), direct);
      if (best != null) {
        owner.put(q, best);
        inGold++;
      } else {
        Quote x = quotes.get(q);
        String said = x.text().length() > 60 ? x.text().substring(0, 60) + "…" : x.text();
        mistakes.add(x.span().start() + "\t" + (x.speakerName() == null ? "-" : x.speakerName())
            + " (not a gold quote)\tgold: -\t" + said.replace('\n', ' '));
      }
    }
    Set<Gold> found = new HashSet<>(owner.values());
    String text = a.text();
    for (Span t : a.layers().terms()) {
      Gold g = owner(t, direct);
      if (g != null) {
        // A quotation read as the writer's term that gold counts as someone's quote.
        mistakes.add(t.start() + "\t- (term" + (found.contains(g) ? "" : ", gold missed")
            + ")\tgold: " + (g.sourceText().isEmpty() ? "-" : g.sourceText()) + "\t"
            + text.substring(t.start(), t.end()).replace('\n', ' '));
      }
    }
    int attributable = 0;
    int right = 0;
    Set<Gold> goldRight = new HashSet<>();
    for (Map.Entry<Integer, Gold> e : owner.entrySet()) {
      Gold g = e.getValue();
      if (g.source().isEmpty()) {
        continue;
      }
      attributable++;
      Quote q = quotes.get(e.getKey());
      boolean ok = rightSpeaker(a, q, g);
      tally(byVia, "quote." + q.via(), ok ? 1 : 0, 1);
      if (ok) {
        right++;
        goldRight.add(g);
      } else {
        String said = q.text().length() > 60 ? q.text().substring(0, 60) + "…" : q.text();
        mistakes.add(q.span().start() + "\t" + (q.speakerName() == null ? "-" : q.speakerName())
            + " (" + q.via() + ")\tgold: " + g.sourceText() + "\t" + said.replace('\n', ' '));
      }
    }
    int withSource = (int) direct.stream().filter(g -> !g.source().isEmpty()).count();
    return new Counts(quotes.size(), inGold, direct.size(), found.size(), attributable, right,
        withSource, goldRight.size());
  }

  /**
   * Reported speech, the same way: each predicted claim belongs to the non-direct gold
   * attribution whose content it overlaps most; the claimant is right as a speaker is.
   */
  public static Counts scoreClaims(Article a, List<Gold> reported) {
    return scoreClaims(a, reported, new ArrayList<>());
  }

  /** Scores claims, adding a line per wrong claimant to {@code mistakes}. */
  public static Counts scoreClaims(Article a, List<Gold> reported, List<String> mistakes) {
    return scoreClaims(a, reported, mistakes, new HashMap<>());
  }

  static Counts scoreClaims(Article a, List<Gold> reported, List<String> mistakes,
                            Map<String, int[]> byVia) {
    List<org.sitrep.model.Claim> claims = a.layers().claims();
    Set<Gold> found = new HashSet<>();
    Set<Gold> goldRight = new HashSet<>();
    int inGold = 0;
    int attributable = 0;
    int right = 0;
    for (org.sitrep.model.Claim c : claims) {
      Gold best = owner(c.span(), reported);
      if (best == null) {
        continue;
      }
      inGold++;
      found.add(best);
      if (best.source().isEmpty()) {
        continue;
      }
      attributable++;
      boolean ok = rightSpeaker(a, c.claimant(), c.claimantSpan(), c.attribution(), best);
      tally(byVia, "claim." + c.via(), ok ? 1 : 0, 1);
      if (ok) {
        right++;
        goldRight.add(best);
      } else {
        String said = c.content().length() > 60 ? c.content().substring(0, 60) + "…" : c.content();
        mistakes.add(c.span().start() + "\t" + (c.claimantName() == null ? "-" : c.claimantName())
            + " (claim " + c.via() + ")\tgold: " + best.sourceText() + "\t" + said.replace('\n', ' '));
      }
    }
    int withSource = (int) reported.stream().filter(g -> !g.source().isEmpty()).count();
    return new Counts(claims.size(), inGold, reported.size(), found.size(), attributable, right,
        withSource, goldRight.size());
  }

  static boolean rightSpeaker(Article a, Quote q, Gold g) {
    return rightSpeaker(a, q.speaker(), q.speakerSpan(), q.attribution(), g);
  }

  /**
   * A named speaker is right as the README says; a described one ("the announcer", no entity)
   * is right when its own words overlap the gold source.
   */
  static boolean rightSpeaker(Article a, Integer speaker, Span own, Span attribution, Gold g) {
    // The words that name the speaker here (a description, or a pronoun resolved to it) are
    // a mention of it.
    if (own != null && overlap(own, g.source()) > 0) {
      return true;
    }
    if (speaker == null) {
      return false;
    }
    Entity e = a.layers().entities().get(speaker);
    Map<Integer, Mention> byId = new HashMap<>();
    for (Mention m : a.layers().mentions()) {
      byId.put(m.id(), m);
    }
    for (int id : e.mentions()) {
      Mention m = byId.get(id);
      if (m != null && overlap(m.span(), g.source()) > 0) {
        return true;
      }
    }
    String[] words = e.name().split("\\s+");
    // One apostrophe for both: "O’Neill" in the text is "O'Neill" in the gold.
    String last = words[words.length - 1].toLowerCase(Locale.ROOT).replace('’', '\'');
    String source = g.sourceText().toLowerCase(Locale.ROOT).replace('’', '\'');
    if (last.length() > 1 && java.util.regex.Pattern.compile("\\b"
        + java.util.regex.Pattern.quote(last) + "\\b").matcher(source).find()) {
      return true;
    }
    return PRONOUNS.contains(source.strip()) && attribution != null
        && overlap(attribution, g.source()) > 0;
  }

  private static int overlap(Span s, List<Span> spans) {
    int best = 0;
    for (Span t : spans) {
      best += Math.max(0, Math.min(s.end(), t.end()) - Math.max(s.start(), t.start()));
    }
    return best;
  }

  /** Gold spans count code points; Java strings count UTF-16 units. */
  private static List<Span> spans(String text, JsonNode arr) {
    List<Span> out = new ArrayList<>();
    int cps = text.codePointCount(0, text.length());
    for (JsonNode s : arr) {
      int start = Math.min(cps, s.path("start").asInt());
      int end = Math.min(cps, s.path("end").asInt());
      if (end > start) {
        out.add(new Span(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
      }
    }
    return out;
  }

  private static String joined(JsonNode arr) {
    StringBuilder b = new StringBuilder();
    arr.forEach(s -> b.append(b.length() == 0 ? "" : " ").append(s.path("text").asText()));
    return b.toString();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
