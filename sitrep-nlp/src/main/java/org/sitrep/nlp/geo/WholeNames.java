package org.sitrep.nlp.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Aliases;
import org.sitrep.nlp.rules.WordList;

/**
 * Names of places that are no town, taken whole before their parts: a capitalised name ending
 * in a feature word ("Spanish Fort", "Mill Creek Road", "Bagram Air Base", "Napa Valley",
 * "Al-Shifa hospital"; {@code feature-heads.words}) or starting with one ("Fort Detrick", "Lake
 * Tahoe"; {@code feature-first.words}) is one toponym, never the part a gazetteer knows
 * ("Spanish", "Napa"). The gazetteer's entries for the whole name are its candidates; without
 * any, the feature word gives its feature class and {@link Facilities} places it: where the
 * text puts it, else at the place a tagged part of it names when the gazetteer knows it
 * ("Henry County Jail" in Henry County, "Ohio State University" in Ohio).
 */
final class WholeNames {
  private WholeNames() {}

  /** Last words of such names, lower case, with the feature class each gives. */
  private static final Map<String, String> HEADS =
      WordList.load("/org/sitrep/nlp/geo/feature-heads.words").values();
  /** First words of such names, as written, with the feature class each gives. */
  private static final Map<String, String> FIRST =
      WordList.load("/org/sitrep/nlp/geo/feature-first.words").values();
  /** Name words before a head, at most. */
  private static final int MAX_WORDS = 4;

  /**
   * The GeoNames feature class the feature word of {@code name} gives it (R roads, S spots, T
   * land forms, H water), or null when the name neither ends nor starts with one.
   */
  static String featureClass(String name) {
    String[] w = name.split("\\s+");
    if (w.length < 2) {
      return null;
    }
    String last = HEADS.get(w[w.length - 1].toLowerCase(Locale.ROOT));
    return last != null ? last : FIRST.get(w[0]);
  }

  /**
   * A name whose head word is water's ("Red Sea", "Neches River") keeps only its candidates that
   * are water, when it has any: the sea, not Egypt's Red Sea Governorate named after it.
   */
  static void waterOnly(Gazetteer g, List<Target> all) {
    for (Target t : all) {
      if (t.names.isEmpty() || !t.names.stream().allMatch(n -> "H".equals(featureClass(n)))) {
        continue;
      }
      int[] water = java.util.Arrays.stream(t.candidates)
          .filter(c -> "H".equals(g.featureClass(c))).toArray();
      if (water.length > 0 && water.length < t.candidates.length) {
        t.candidates = water;
        t.rules.add("named as water (\"Sea\", \"River\"): only its " + water.length
            + " water candidates kept");
      }
    }
  }

  /**
   * The article's whole names: each mention inside one (a demonym, a part CoreNLP tagged) gives
   * way to it, and each not yet a place name becomes a target of its own in {@code extra}.
   * Returns the demonyms left.
   */
  static List<Place> apply(Doc d, Gazetteer g, List<Mention> mentions, List<Target> targets,
                           Map<String, Target> extra, List<Place> demonyms) {
    List<Place> keptDemonyms = new ArrayList<>(demonyms);
    List<Span> wholes = new ArrayList<>(find(d));
    List<Span> joined = withParticles(d, g);
    wholes.addAll(joined);
    for (Span found : wholes) {
      Span w = afterPossessor(d, found, targets);
      if (w == null) {
        continue;
      }
      int head = d.lastToken(w);
      if ( mentions.stream().anyMatch(m -> named(m) && Facilities.overlaps(m.span(), w)
          && (m.span().start() < w.start() || m.span().end() > w.end()
          || m.type().equals("PERSON") && m.span().end() >= d.end(head)))) {
        continue; // inside a longer name ("Harvard Medical School of Boston"), or a person's
      }
      if (!d.capitalised(head) && namesPlace(d, new Span(w.start(), d.end(head - 1)), targets,
          extra, demonyms)) {
        continue; // "the Amsterdam airport", "Hamilton County jail", "European drive"
      }
      keptDemonyms.removeIf(p -> within(p.span(), w));
      boolean already = false;
      Target part = null;
      List<Target> all = new ArrayList<>(targets);
      all.addAll(extra.values());
      for (Target t : all) {
        already |= t.mentions.stream().anyMatch(m -> m.span().equals(w));
        boolean inside = t.mentions.stream().anyMatch(m -> within(m.span(), w)
            && !m.span().equals(w));
        boolean compass = t.names.stream().allMatch(n -> PlaceNames.COMPASS.contains(
            n.toLowerCase(Locale.ROOT))); // "Northeast Georgia Medical Center": in Georgia
        if (inside && part == null && !t.fromPart && t.candidates.length > 0 && !compass) {
          part = t; // "Henry County Jail", "Ohio State University": in the place it names
        }
        t.mentions.removeIf(m -> within(m.span(), w) && !m.span().equals(w));
      }
      if (already) {
        continue;
      }
      String text = d.text(d.tokenAt(w.start()), d.lastToken(w));
      Mention m = new Mention(-1, w, text, "LOCATION", "toponym", null);
      boolean particle = joined.contains(found);
      Target t = extra.computeIfAbsent(Aliases.key(text) + "/whole", k -> {
        // a name joined by a particle is the entry whose main name it is, not a town that
        // has it as another name (Rio Grande, a town of Rio Grande do Sul)
        int[] cands = particle ? java.util.Arrays.stream(PlaceNames.lookup(g, text))
            .filter(c -> g.isPrimaryAsWritten(c, text)).toArray() : PlaceNames.lookup(g, text);
        Target n = Target.named(g, text, "toponym", cands);
        n.fromPart = cands.length == 0;
        return n;
      });
      t.part = t.part != null ? t.part : part;
      t.mentions.add(m);
    }
    return keptDemonyms;
  }

  /**
   * The name after a place's possessive ("Seoul's Jamsil Stadium": "Jamsil Stadium", Seoul
   * being a place CoreNLP tagged that the gazetteer knows), the name itself when it has none,
   * or null when only the feature word is left ("Seoul's Stadium").
   */
  private static Span afterPossessor(Doc d, Span w, List<Target> targets) {
    int from = d.tokenAt(w.start());
    int last = d.lastToken(w);
    for (int k = from + 1; k < last; k++) {
      if (!d.pos(k).equals("POS")) {
        continue;
      }
      Span owner = new Span(w.start(), d.end(k - 1));
      boolean place = targets.stream().anyMatch(t -> !t.fromPart && t.candidates.length > 0
          && t.mentions.stream().anyMatch(m -> m.span().equals(owner)));
      if (place) {
        return k + 2 <= last ? new Span(d.start(k + 1), w.end()) : null;
      }
    }
    return w;
  }

  /**
   * The words are a place already, the gazetteer's or a demonym, or end in a possessive: a
   * feature word in lower case after them is no part of a name ("Russia's embassy").
   */
  private static boolean namesPlace(Doc d, Span words, List<Target> targets,
                                    Map<String, Target> extra, List<Place> demonyms) {
    if (d.pos(d.lastToken(words)).equals("POS")
        || demonyms.stream().anyMatch(p -> p.span().equals(words))) {
      return true;
    }
    List<Target> all = new ArrayList<>(targets);
    all.addAll(extra.values());
    return all.stream().anyMatch(t -> t.candidates.length > 0 && !t.fromPart
        && t.mentions.stream().anyMatch(m -> m.span().equals(words)));
  }

  /**
   * Spans of capitalised names that end or start with a feature word: a run of name words whose
   * last capitalised head ends it ("Mill Creek Road"), or followed by a head in lower case
   * ("Al-Shifa hospital"; not after a demonym, "Syrian hospital", nor a lone word opening a
   * sentence), or that starts with a first word ("Fort Detrick").
   */
  static List<Span> find(Doc d) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < d.size(); i++) {
      if (!nameWord(d, i) || d.isHyphen(i) || d.pos(i).equals("POS")) {
        continue;
      }
      int j = i;
      while (j + 1 < d.size() && d.sameSentence(i, j + 1) && nameWord(d, j + 1)
          && j + 1 - i <= MAX_WORDS) {
        j++;
      }
      int end = -1;
      for (int k = j; k > i && end < 0; k--) {
        end = HEADS.containsKey(d.lower(k)) ? k : -1;
      }
      boolean initial = i == 0 || !d.sameSentence(i - 1, i);
      if (end < 0 && j + 1 < d.size() && d.sameSentence(i, j + 1) && !d.capitalised(j + 1)
          && HEADS.containsKey(d.lower(j + 1)) && !d.ner(j).equals("NATIONALITY")
          && !(initial && i == j)) {
        end = j + 1;
      }
      if (end < 0 && j > i && FIRST.containsKey(d.word(i))) {
        end = j;
      }
      if (end > i) {
        out.add(new Span(d.start(i), d.end(end)));
        i = end;
      }
    }
    return out;
  }

  /** Lower-case words inside names of places: "Rio Grande do Sul", "Mato Grosso do Sul". */
  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of("do", "da", "dos", "das", "de", "del", "di", "du");

  /**
   * Names joined by a particle that the gazetteer knows whole as the main name of a town,
   * region or country, where CoreNLP tags only the first part ("Rio Grande" of "Rio Grande do
   * Sul", which is no town of that state).
   */
  static List<Span> withParticles(Doc d, Gazetteer g) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i + 2 < d.size(); i++) {
      if (!d.capitalised(i) || !d.pos(i).startsWith("NNP")) {
        continue;
      }
      int j = i;
      while (j + 1 < d.size() && d.sameSentence(i, j + 1) && d.capitalised(j + 1)
          && d.pos(j + 1).startsWith("NNP")) {
        j++;
      }
      int p = j + 1;
      if (p + 1 >= d.size() || !d.sameSentence(i, p + 1) || !PARTICLES.contains(d.word(p))) {
        i = j;
        continue;
      }
      for (int k = Math.min(d.size() - 1, p + MAX_WORDS); k > p; k--) {
        String text = d.text(i, k);
        boolean known = d.sameSentence(i, k) && d.capitalised(k)
            && java.util.Arrays.stream(g.lookup(text)).anyMatch(c -> g.kind(c) != Gazetteer.FEATURE
                && g.kind(c) != Gazetteer.DISTRICT && g.isPrimaryAsWritten(c, text));
        if (known) {
          out.add(new Span(d.start(i), d.end(k)));
          j = k;
          break;
        }
      }
      i = j;
    }
    return out;
  }

  /**
   * A word of a name: capitalised and a proper noun or adjective ("Spanish Fort", "Third
   * Street"), a
   * possessive inside it ("Alder Hey Children's Hospital") or a hyphen ("Al-Shifa").
   */
  private static boolean nameWord(Doc d, int i) {
    if (d.isHyphen(i) || d.pos(i).equals("POS") && i > 0 && d.capitalised(i - 1)) {
      return true;
    }
    boolean initial = i == 0 || !d.sameSentence(i - 1, i);
    return d.capitalised(i) && (d.pos(i).startsWith("NNP") || d.pos(i).equals("JJ") && !initial
        || d.ner(i).equals("ORDINAL") || HEADS.containsKey(d.lower(i)));
  }

  private static boolean named(Mention m) {
    return !"nominal".equals(m.source()) && (m.type().equals("LOCATION")
        || m.type().equals("ORGANIZATION") || m.type().equals("PERSON"));
  }

  private static boolean within(Span inner, Span outer) {
    return inner.start() >= outer.start() && inner.end() <= outer.end();
  }
}
