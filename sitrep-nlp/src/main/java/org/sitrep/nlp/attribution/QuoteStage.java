package org.sitrep.nlp.attribution;

import org.sitrep.nlp.doc.Cap;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Gender;
import org.sitrep.nlp.tokens.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Layer;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Stage;

/**
 * Every quotation with its speaker, and every claim (reported speech that is not a quotation)
 * with its claimant. Speakers are found by syntax first (the subject of the verb a quotation
 * hangs from, on a dependency parse of that sentence only), then by the fallbacks listed in
 * ARCHITECTURE.md ("Who says so"); {@code via} on each quote says which found it.
 */
public final class QuoteStage implements Stage {
  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ENTITIES, Layer.SENTENCES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES, Layer.CLAIMS);
  }

  /** Loads the dependency parser (a few seconds) before the first article's budget starts. */
  @Override
  public void warm() {
    Syntax.get();
    Gender.table();
  }

  @Override
  public Article apply(Article a) {
    Speech speech = new Speech(a);
    Doc d = speech.doc;
    List<Entity> entities = a.layers().entities();
    List<Quote> out = new ArrayList<>();
    Paragraphs paragraphs = new Paragraphs(Cap.of(a.text()));
    Span previous = null;
    Speech.Speaker previousSpeaker = null;
    for (Span q : speech.quotes) {
      String inner = a.text().substring(q.start() + 1, Math.max(q.start() + 1,
          a.text().charAt(q.end() - 1) == '”' || a.text().charAt(q.end() - 1) == '"'
              ? q.end() - 1 : q.end())).strip();
      if (inner.isEmpty() || d.size() == 0 || notSpeech(inner)
          || nickname(a.text(), q, inner)) {
        continue;
      }
      Speech.Speaker speaker = null;
      int first = d.sentence(Math.min(d.size() - 1, d.tokenAt(q.start())));
      int last = d.sentence(Math.max(0, Math.min(d.size() - 1, d.tokenAt(q.end()) - 1)));
      // A transcript line names its speaker first ("WALLACE: …"); then syntax: the subject of
      // the verb the quotation hangs from, in its own sentences.
      speaker = speech.transcript(q);
      if (speaker == null) {
        speaker = speech.inverted(q);
      }
      for (int s = first; s <= last && speaker == null; s++) {
        speaker = speech.syntactic(s, q);
      }
      if (speaker == null) {
        speaker = speech.signed(q);
      }
      // Then the nearest verb of saying in the quotation's own sentences; a short attribution
      // after it ("” Vitter demanded."); a sentence ending in a colon just before it.
      for (int s : List.of(last, first)) {
        if (speaker == null) {
          speaker = nearest(speech, s, q);
        }
      }
      if (speaker == null && last + 1 < d.sentences.size()
          && paragraphs.same(q, d.sentences.get(last + 1))) {
        speaker = speech.tail(last + 1, q);
        if (speaker == null) {
          speaker = nearest(speech, last + 1, q);
        }
      }
      if (speaker == null && first > 0) {
        speaker = speech.announced(first - 1, q);
      }
      // A quotation that goes on from the last one, in its paragraph or the one before,
      // with no other person named between them, keeps its speaker.
      if (speaker == null && previous != null && previousSpeaker != null
          && paragraphs.within(previous, q, 1) && !speech.personBetween(previous.end(),
              q.start(), previousSpeaker.entity())) {
        speaker = new Speech.Speaker(previousSpeaker.entity(), "continued",
            previousSpeaker.attribution(), previousSpeaker.name(), previousSpeaker.mention());
      }
      if (speaker == null && first > 0 && paragraphs.same(q, d.sentences.get(first - 1))) {
        speaker = nearest(speech, first - 1, q);
        if (speaker == null && q.start() <= d.sentences.get(first).start() + 1) {
          speaker = speech.previousSubject(first - 1, q);
        }
      }
      previous = q;
      if (speaker != null) {
        previousSpeaker = speaker;
      }
      Integer id = speaker == null || speaker.described() ? null : speaker.entity();
      String name = speaker == null ? null
          : speaker.described() ? speaker.name() : entities.get(id).name();
      out.add(new Quote(q, inner, id, name,
          speaker == null ? null : speaker.attribution(), speaker == null ? null : speaker.via(),
          speaker == null ? null : speaker.mention()));
    }
    return a.withLayers(a.layers().withQuotes(out, speech.claims()));
  }

  private static final java.util.Set<String> WORDS_AS_WORDS = java.util.Set.of("he", "she",
      "they", "it", "him", "her", "his", "hers", "them", "we", "i", "you", "the", "a", "an");

  /** A nickname inside a name: Marcia “Cia” Price, Robert C. “Bobby” Scott. */
  static boolean nickname(String text, Span q, String inner) {
    if (inner.isEmpty() || inner.indexOf(' ') >= 0 || !Character.isUpperCase(inner.codePointAt(0))
        || !inner.chars().allMatch(Character::isLetter)) {
      return false;
    }
    String before = text.substring(Math.max(0, q.start() - 30), q.start()).stripTrailing();
    String after = text.substring(q.end(), Math.min(text.length(), q.end() + 30)).stripLeading();
    String last = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
    boolean nameBefore = !last.isEmpty() && Character.isUpperCase(last.codePointAt(0))
        && Character.isLetter(last.charAt(last.length() - 1)) || last.matches("[A-Z]\\.");
    return nameBefore && !after.isEmpty() && Character.isUpperCase(after.codePointAt(0));
  }

  private static final java.util.Set<String> TITLE_SMALL_WORDS = java.util.Set.of("a", "an",
      "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is");

  /**
   * Quotation marks that hold no one's words: the title of a work or a programme, as US news
   * style writes them (“Face the Nation,” “Morning Joe”: a few words, each capitalised but the
   * small ones), and fragments of embedded posts (ids, links).
   */
  static boolean notSpeech(String inner) {
    String t = inner.strip();
    while (!t.isEmpty() && ",.;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty()) {
      return true;
    }
    if (t.matches("\\(?[A-Z]{3,}\\)?\\.?\\)?")) {
      return true; // a transcript's stage direction: "(CROSSTALK.)"
    }
    if (WORDS_AS_WORDS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
      return true; // a word talked about: the pronoun “she”
    }
    if (t.indexOf(' ') < 0 && (t.chars().anyMatch(Character::isDigit) && t.chars()
        .filter(Character::isLetter).count() < 3 || t.contains("/") || t.contains(".com"))) {
      return true; // "783499116076687360", "pic.twitter.com/"
    }
    String[] words = t.split("\\s+");
    if (words.length > 6 || t.endsWith("!") || t.endsWith("?") || t.contains(". ")
        || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    boolean capitalised = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      int c = w.codePointAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        capitalised |= i > 0 || words.length == 1;
      } else if (!TITLE_SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return capitalised && words.length > 1;
  }

  private static Speech.Speaker nearest(Speech speech, int sentence, Span q) {
    Speech.Speaker best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int v : speech.sayVerbs(sentence)) {
      Speech.Speaker s = speech.subject(v);
      if (s == null) {
        continue;
      }
      int at = speech.doc.start(v);
      int distance = at >= q.end() ? at - q.end() : q.start() - at;
      if (distance >= 0 && distance < bestDistance) {
        best = s;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Where paragraphs break (a line break, or a run of them: some sources separate paragraphs
   * with one), to tell in O(log n) whether two spans share one.
   */
  static final class Paragraphs {
    private final int[] starts;
    private final int[] ends;

    Paragraphs(String text) {
      List<Integer> b = new ArrayList<>();
      List<Integer> e = new ArrayList<>();
      for (int i = text.indexOf('\n'); i >= 0; ) {
        int end = i;
        while (end < text.length() && text.charAt(end) == '\n') {
          end++;
        }
        b.add(i);
        e.add(end);
        i = text.indexOf('\n', end);
      }
      starts = b.stream().mapToInt(Integer::intValue).toArray();
      ends = e.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Index of the first break starting at or after {@code offset}. */
    private int firstFrom(int offset) {
      int i = java.util.Arrays.binarySearch(starts, offset);
      return i >= 0 ? i : -i - 1;
    }

    /** True when at most {@code n} paragraph breaks lie between the end of a and the start of b. */
    boolean within(Span a, Span b, int n) {
      int count = 0;
      for (int k = firstFrom(a.end()); k < starts.length && ends[k] <= b.start(); k++) {
        if (++count > n) {
          return false;
        }
      }
      return true;
    }

    /** True when no paragraph break lies between the start of one span and the end of the other. */
    boolean same(Span q, Span sentence) {
      int from = Math.min(q.start(), sentence.start());
      int to = Math.max(q.end(), sentence.end());
      int first = firstFrom(from);
      return first >= starts.length || ends[first] > to;
    }
  }
}
