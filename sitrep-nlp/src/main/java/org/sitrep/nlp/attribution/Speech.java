package org.sitrep.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Cap;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.doc.Parse;
import org.sitrep.nlp.mention.Gender;
import org.sitrep.nlp.rules.WordList;
import org.sitrep.nlp.tokens.Syntax;

/**
 * Who says what in one article: its quotations, its verbs of saying outside them, and the
 * subject of each such verb, found by rules over tags instead of a parser:
 * {@code ,” Konashenkov said} (name before the verb), {@code said Konashenkov} (after it),
 * {@code ,” he said} (a pronoun: the last person named before), {@code the ministry said}
 * (a nominal the entity stage resolved). The sieves ({@link Sieve}) and the claims
 * ({@link Claims}) read the article through it; {@link Subjects} reads the parse.
 */
public final class Speech {
  private static final Set<String> PERSON_PRONOUNS =
      WordList.load("/org/sitrep/nlp/attribution/person-pronouns.words").words();
  private static final Set<String> GROUP_PRONOUNS =
      WordList.load("/org/sitrep/nlp/attribution/group-pronouns.words").words();
  /** Possessive pronouns read as the pronoun they stand for ("his call" is what he calls for). */
  private static final Map<String, String> POSSESSIVE =
      WordList.load("/org/sitrep/nlp/attribution/possessives.words").values();

  public final Doc doc;
  public final List<Mention> mentions;
  public final List<Span> quotes;
  /** Whether each token is inside a quotation. */
  final boolean[] quoted;
  private final int[] quoteStarts;
  /** Each entity's gender (M, F, ?), for "he" and "she". */
  private final char[] genders;
  final List<Entity> entities;
  /** Speakers read from the dependency parse. */
  final Subjects syntax;

  /**
   * The article's Speech, shared through its Doc by the stages that read the same entities and
   * mentions (quotes, then quantities).
   */
  public static Speech of(Article a) {
    // The Doc is the article's text and tokens already; the entities and mentions are the rest.
    return Doc.of(a).view(Speech.class,
        java.util.Arrays.asList(a.layers().entities(), a.layers().mentions()),
        () -> new Speech(a));
  }

  public Speech(Article a) {
    this.doc = Doc.of(a);
    this.entities = a.layers().entities();
    this.genders = new char[entities.size()];
    for (int i = 0; i < genders.length; i++) {
      genders[i] = Gender.of(entities.get(i));
    }
    this.mentions = a.layers().mentions();
    this.quotes = QuoteSpans.of(Cap.of(a.text()));
    this.quoteStarts = new int[quotes.size()];
    for (int i = 0; i < quotes.size(); i++) {
      quoteStarts[i] = quotes.get(i).start();
    }
    this.quoted = new boolean[doc.size()];
    for (int i = 0; i < doc.size(); i++) {
      quoted[i] = insideQuote(doc.start(i));
    }
    this.syntax = new Subjects(this);
  }

  /** The quotation whose opening mark is at {@code offset}, or null. */
  public Span quoteStartingAt(int offset) {
    int i = java.util.Arrays.binarySearch(quoteStarts, offset);
    return i >= 0 ? quotes.get(i) : null;
  }

  public boolean insideQuote(int offset) {
    // Quotations are sorted and do not overlap: only the last one starting before can hold it.
    int i = java.util.Arrays.binarySearch(quoteStarts, offset);
    int last = i >= 0 ? i - 1 : -i - 2;
    if (last < 0) {
      return false;
    }
    Span q = quotes.get(last);
    return offset > q.start() && offset < q.end() - 1;
  }

  /** Verbs of saying outside quotations in sentence {@code s}, as token indices. */
  public List<Integer> sayVerbs(int sentence) {
    List<Integer> out = new ArrayList<>();
    Span s = doc.sentences.get(sentence);
    for (int i = doc.tokenAt(s.start()); i < doc.size() && doc.start(i) < s.end(); i++) {
      if (!quoted[i] && Cues.says(doc, i)) {
        out.add(i);
      }
    }
    return out;
  }

  /** The speaker of verb {@code v}, or null when no subject can be found. */
  public Speaker subject(int v) {
    // Left: "Konashenkov said", "the ministry spokesman … said", "he said".
    for (int i = v - 1; i >= 0 && doc.sameSentence(i, v) && !quoted[i]; i--) {
      String pos = doc.pos(i);
      Mention m = mentionAt(doc.start(i));
      if (m != null && m.entity() != null) {
        Speaker owner = ownedBy(m, v);
        return owner != null ? owner
            : new Speaker(m.entity(), via(m), new Span(m.span().start(), doc.end(v)));
      }
      Speaker p = pronoun(i, v);
      if (p != null) {
        return p;
      }
      if (pos.equals("RB") || pos.startsWith("MD") || pos.startsWith("VB") && i == v - 1
          || pos.equals("HYPH") || doc.word(i).equals("also")) {
        continue; // "has also said", "would later say"
      }
      if (doc.word(i).equals(",")) {
        // "Steve Clarke, deputy administrator at NASA, said": step over the apposition.
        int c = previousComma(i, v);
        if (c > 0 && doc.sameSentence(c - 1, v) && !quoted[c - 1]) {
          Mention m2 = mentionAt(doc.start(c - 1));
          if (m2 != null && m2.entity() != null && !m2.type().equals("GROUP")) {
            return new Speaker(m2.entity(), via(m2), new Span(m2.span().start(), doc.end(v)));
          }
        }
      }
      break;
    }
    // Right: "said Konashenkov", "said the ministry".
    for (int i = v + 1; i < doc.size() && doc.sameSentence(i, v) && !quoted[i] && i <= v + 4; i++) {
      Mention m = mentionAt(doc.start(i));
      if (m != null && m.entity() != null) {
        return new Speaker(m.entity(), via(m), new Span(doc.start(v), m.span().end()));
      }
      Speaker p = pronoun(i, v);
      if (p != null) {
        return p;
      }
      if (!doc.pos(i).equals("DT") && !doc.pos(i).startsWith("JJ")
          && !doc.pos(i).startsWith("NN")) {
        break;
      }
    }
    return null;
  }

  private static final Set<String> OWNED_BY = Set.of("for", "of", "at", "from");

  /**
   * "a spokeswoman for the ministry said", "a statement from the ministry said", "John Smith of
   * the ministry said": the words before "for" speak, the organisation named after it is theirs.
   */
  private Speaker ownedBy(Mention org, int v) {
    int link = doc.tokenAt(org.span().start()) - 1;
    if (!"ORGANIZATION".equals(org.type()) && !"GROUP".equals(org.type()) || link < 1
        || !OWNED_BY.contains(doc.lower(link)) || quoted[link - 1]
        || !doc.sameSentence(link - 1, v)) {
      return null;
    }
    Mention h = mentionAt(doc.start(link - 1));
    if (h != null && h.entity() != null && "PERSON".equals(h.type())) {
      return new Speaker(h.entity(), via(h), new Span(h.span().start(), doc.end(v)), null,
          h.span(), org.entity());
    }
    if (!Described.describing(doc, link - 1)) {
      return null;
    }
    int from = link - 1;
    while (from > 0 && doc.sameSentence(from - 1, v) && !quoted[from - 1]
        && (doc.pos(from - 1).equals("DT") || doc.pos(from - 1).startsWith("JJ")
        || doc.pos(from - 1).startsWith("NN") && !doc.pos(from - 1).startsWith("NNP"))) {
      from--;
    }
    Span np = new Span(doc.start(from), org.span().end());
    String via = Described.DOCUMENTS.contains(doc.lemma(link - 1)) ? "document" : "description";
    return new Speaker(-1, via, new Span(np.start(), doc.end(v)),
        doc.text.substring(np.start(), np.end()), np, org.entity());
  }

  /** The comma opening an apposition that ends at comma {@code i}, or -1. */
  private int previousComma(int i, int v) {
    for (int c = i - 1; c >= 0 && c > i - 30 && doc.sameSentence(c, v) && !quoted[c]; c--) {
      if (doc.word(c).equals(",")) {
        return c;
      }
      if (Cues.says(doc, c)) {
        return -1;
      }
    }
    return -1;
  }

  Speaker pronoun(int i, int v) {
    String w = doc.pos(i).equals("PRP$") ? POSSESSIVE.getOrDefault(doc.lower(i), doc.lower(i))
        : doc.lower(i);
    if (w.equals("i") && !quoted[i]) {
      // "I" outside quotation marks is the writer of the piece.
      Span me = new Span(doc.start(i), doc.end(i));
      return new Speaker(-1, "author", new Span(Math.min(doc.start(i), doc.start(v)),
          Math.max(doc.end(i), doc.end(v))), "the author", me);
    }
    boolean person = PERSON_PRONOUNS.contains(w);
    if (!person && !GROUP_PRONOUNS.contains(w)) {
      return null;
    }
    // The subject-like antecedent: the first fitting mention of the pronoun's own sentence
    // before it, else of the nearest earlier sentence that has one (outside quotations).
    Mention found = null;
    int foundSentence = -1;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.span().end() > doc.start(i) || m.entity() == null || insideQuote(m.span().start())) {
        continue;
      }
      int sentence = doc.sentence(Math.min(doc.size() - 1, doc.tokenAt(m.span().start())));
      if (found != null && sentence != foundSentence) {
        break;
      }
      boolean fits = person ? m.type().equals("PERSON") && compatible(w, m.entity())
          : m.type().equals("ORGANIZATION") || m.type().equals("GROUP");
      if (fits) {
        found = m;
        foundSentence = sentence;
      }
    }
    if (found == null) {
      return null;
    }
    Span attribution = new Span(Math.min(doc.start(i), doc.start(v)),
        Math.max(doc.end(i), doc.end(v)));
    // The pronoun is this speaker's mention here: its words are the speaker's words.
    return new Speaker(found.entity(), "pronoun", attribution, null,
        new Span(doc.start(i), doc.end(i)));
  }

  /** The names an entity goes by: its aliases, or its name when it has none. */
  static List<String> namesOf(Entity e) {
    return e.aliases().isEmpty() ? List.of(e.name()) : e.aliases();
  }

  /**
   * A proper noun the recogniser missed ("Tester said" after "Sen. Jon Tester") read as the
   * person or organisation named before whose name ends with that word.
   */
  public Integer bySurname(int token) {
    if (!doc.pos(token).startsWith("NNP") || doc.word(token).length() < 2) {
      return null;
    }
    String w = doc.word(token).replace('’', '\'');
    Integer best = null;
    for (Entity e : entities) {
      if (!e.type().equals("PERSON") && !e.type().equals("ORGANIZATION")) {
        continue;
      }
      for (String alias : namesOf(e)) {
        int sp = alias.lastIndexOf(' ');
        if (sp > 0 && alias.substring(sp + 1).replace('’', '\'').equalsIgnoreCase(w)) {
          if (best != null && best != e.id()) {
            return null; // two people share the name: do not guess
          }
          best = e.id();
        }
      }
    }
    return best;
  }

  /** True when a person other than {@code entity} is named outside quotations in [from, to). */
  public boolean personBetween(int from, int to, int entity) {
    for (Mention m : mentions) {
      // Descriptions ("the assistant leader") mostly stand beside the speaker they describe.
      if (m.span().start() >= from && m.span().end() <= to && "PERSON".equals(m.type())
          && !"nominal".equals(m.source())
          && m.entity() != null && m.entity() != entity && !insideQuote(m.span().start())) {
        return true;
      }
    }
    return false;
  }

  private boolean compatible(String pronoun, int entity) {
    char g = entity < genders.length ? genders[entity] : Gender.UNKNOWN;
    return g == Gender.UNKNOWN || g == Gender.ofWord(pronoun);
  }

  /** The widest name-like mention covering an offset (groups last: they hold names). */
  public Mention mentionAt(int offset) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.span().start() <= offset && offset < m.span().end()) {
        if (best == null || rank(m) < rank(best)
            || rank(m) == rank(best) && m.span().length() > best.span().length()) {
          best = m;
        }
      }
    }
    return best;
  }

  private static int rank(Mention m) {
    return m.type().equals("GROUP") ? 1 : 0;
  }

  static String via(Mention m) {
    if ("nominal".equals(m.source())) {
      return "nominal";
    }
    return m.type().equals("PERSON") ? "name" : "organization";
  }

  /** The dependency parse of sentence {@code s}, parsed once per article (kept by the Doc). */
  public Parse parse(int s) {
    return doc.parse(s, k -> {
      Span span = doc.sentences.get(k);
      return Syntax.get().parse(doc, doc.tokenAt(span.start()), doc.tokenAt(span.end()),
          this::quoteStartingAt);
    });
  }

  /** The speaker of the verb of saying in sentence {@code sentence} nearest quotation {@code q}. */
  Speaker nearest(int sentence, Span q) {
    Speaker best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int v : sayVerbs(sentence)) {
      Speaker s = subject(v);
      if (s == null) {
        continue;
      }
      int at = doc.start(v);
      int distance = at >= q.end() ? at - q.end() : q.start() - at;
      if (distance >= 0 && distance < bestDistance) {
        best = s;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Every claim of the article: see {@link Claims}. */
  public List<org.sitrep.model.Claim> claims() {
    return new Claims(this).claims();
  }

  /** The speaker of a sentence's reported speech: its nearest verb of saying with a subject. */
  public Speaker claimant(int sentence, int offset) {
    Speaker best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int v : sayVerbs(sentence)) {
      Speaker s = subject(v);
      int distance = Math.abs(doc.start(v) - offset);
      if (s != null && distance < bestDistance) {
        best = s;
        bestDistance = distance;
      }
    }
    return best;
  }
}
