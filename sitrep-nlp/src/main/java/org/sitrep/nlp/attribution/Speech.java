package org.sitrep.nlp.attribution;

import org.sitrep.nlp.doc.Cap;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Gender;
import org.sitrep.nlp.mention.Lexicon;
import org.sitrep.nlp.doc.Parse;
import org.sitrep.nlp.tokens.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Mention;
import org.sitrep.model.QuoteMarks;
import org.sitrep.model.Span;

/**
 * Who says what: quotation spans, verbs of saying outside them, and the subject of each such
 * verb, found by rules over tags instead of a parser:
 * {@code ,” Konashenkov said} (name before the verb), {@code said Konashenkov} (after it),
 * {@code ,” he said} (a pronoun: the last person named before), {@code the ministry said}
 * (a nominal the entity stage resolved).
 */
public final class Speech {
  /** Finite verb tags: a verb that can have a subject of its own. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "we");

  public final Doc doc;
  public final List<Mention> mentions;
  public final List<Span> quotes;
  private final boolean[] quoted;
  private final int[] quoteStarts;

  /** A speaker: the entity, how it was found, and the words that say it. */
  public record Speaker(int entity, String via, Span attribution, String name, Span mention) {
    public Speaker(int entity, String via, Span attribution) {
      this(entity, via, attribution, null, null);
    }

    /** True for a speaker the text describes but does not name ("a source", "the ad"). */
    public boolean described() {
      return entity < 0;
    }
  }

  /** Each entity's gender (M, F, ?), for "he" and "she". */
  private final char[] genders;
  private final List<org.sitrep.model.Entity> entities;

  public Speech(Article a) {
    this.doc = Doc.of(a);
    this.entities = a.layers().entities();
    this.genders = new char[entities.size()];
    for (int i = 0; i < genders.length; i++) {
      genders[i] = Gender.of(entities.get(i));
    }
    this.mentions = a.layers().mentions();
    this.quotes = quoteSpans(Cap.of(a.text()));
    this.quoteStarts = new int[quotes.size()];
    for (int i = 0; i < quotes.size(); i++) {
      quoteStarts[i] = quotes.get(i).start();
    }
    this.quoted = new boolean[doc.size()];
    for (int i = 0; i < doc.size(); i++) {
      quoted[i] = insideQuote(doc.start(i));
    }
  }

  /** Paired double quotation marks, marks included; an unclosed one runs to its paragraph's end. */
  public static List<Span> quoteSpans(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        if (open >= 0) {
          out.add(new Span(open, i));
          open = -1;
        }
        continue;
      }
      int role = QuoteMarks.role(text, i, open >= 0 ? 1 : 0);
      if (role > 0 && open < 0) {
        open = i;
      } else if (role < 0 && open >= 0) {
        out.add(new Span(open, i + 1));
        open = -1;
      }
    }
    if (open >= 0) {
      out.add(new Span(open, text.length()));
    }
    return out;
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
      if (!quoted[i] && doc.pos(i).startsWith("VB") && Lexicon.SAY.contains(doc.lemma(i))) {
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
        return new Speaker(m.entity(), via(m), new Span(m.span().start(), doc.end(v)));
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

  /** The comma opening an apposition that ends at comma {@code i}, or -1. */
  private int previousComma(int i, int v) {
    for (int c = i - 1; c >= 0 && c > i - 30 && doc.sameSentence(c, v) && !quoted[c]; c--) {
      if (doc.word(c).equals(",")) {
        return c;
      }
      if (doc.pos(c).startsWith("VB") && Lexicon.SAY.contains(doc.lemma(c))) {
        return -1;
      }
    }
    return -1;
  }

  /** Possessive pronouns read as the pronoun they stand for ("his call" is what he calls for). */
  private static final java.util.Map<String, String> POSSESSIVE = java.util.Map.of("his", "he",
      "her", "she", "their", "they", "its", "it", "our", "we");

  private Speaker pronoun(int i, int v) {
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
  private static List<String> namesOf(org.sitrep.model.Entity e) {
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
    for (org.sitrep.model.Entity e : entities) {
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

  /**
   * The speaker of a short attribution that follows a quotation in a sentence of its own
   * ("” Vitter demanded."): the subject of that sentence's root verb.
   */
  public Speaker tail(int s, Span q) {
    Span sentence = doc.sentences.get(s);
    if (sentence.start() > q.end() + 3 || sentence.end() - sentence.start() > 200) {
      return null;
    }
    Parse p = parse(s);
    for (int t = p.first(); t < p.first() + p.size(); t++) {
      if (doc.pos(t).startsWith("VB") && !quoted[t] && Lexicon.SAY.contains(doc.lemma(t))) {
        Speaker sp = subjectOf(p, t, q, 0);
        if (sp != null) {
          return sp;
        }
      }
    }
    for (int t = p.first(); t < p.first() + p.size(); t++) {
      if (p.headOf(t) < 0 && doc.pos(t).startsWith("VB") && !quoted[t]) {
        return subjectOf(p, t, q, 0);
      }
    }
    return null;
  }

  /**
   * The speaker announced by a sentence that ends with a colon ("Caddell continued:", "The New
   * York Times reports:"): the subject of its verb of saying, else of its root.
   */
  public Speaker announced(int s, Span q) {
    Span sentence = doc.sentences.get(s);
    String text = doc.text.substring(sentence.start(), sentence.end()).strip();
    if (!text.endsWith(":") || q.start() - sentence.end() > 3 || text.length() > 400) {
      return null;
    }
    Parse p = parse(s);
    Speaker best = null;
    for (int t = p.first(); t < p.first() + p.size() && best == null; t++) {
      if (doc.pos(t).startsWith("VB") && saying(t) && !quoted[t]) {
        best = subjectOf(p, t, q, 0);
      }
    }
    for (int t = p.first(); t < p.first() + p.size() && best == null; t++) {
      if (p.headOf(t) < 0 && !quoted[t]) {
        best = subjectOf(p, t, q, 0);
      }
    }
    return best;
  }

  private static final java.util.regex.Pattern TRANSCRIPT =
      java.util.regex.Pattern.compile("^[\"“]?([A-Z][A-Z'’\\-]+(?: [A-Z][A-Z'’\\-]+)?):\\s");

  /** A transcript line quoted whole: "“WALLACE: But, Governor Pence, …”". */
  public Speaker transcript(Span q) {
    String head = doc.text.substring(q.start(), Math.min(q.end(), q.start() + 40));
    java.util.regex.Matcher m = TRANSCRIPT.matcher(head);
    if (!m.find()) {
      return null;
    }
    Span np = new Span(q.start() + m.start(1), q.start() + m.end(1));
    String name = m.group(1);
    String last = name.substring(name.lastIndexOf(' ') + 1);
    for (org.sitrep.model.Entity e : entities) {
      for (String alias : namesOf(e)) {
        if (e.type().equals("PERSON") && alias.substring(alias.lastIndexOf(' ') + 1)
            .equalsIgnoreCase(last)) {
          return new Speaker(e.id(), "transcript", np, null, np);
        }
      }
    }
    return new Speaker(-1, "transcript", np, name, np);
  }

  /**
   * "Said Ellis: “…”": a sentence that opens with the verb of saying and its speaker (the tagger
   * reads the capitalised verb as a name).
   */
  public Speaker inverted(Span q) {
    int open = doc.tokenAt(q.start());
    if (open >= doc.size()) {
      return null;
    }
    int first = doc.tokenAt(doc.sentences.get(doc.sentence(open)).start());
    if (first >= open - 1 || open - first > 8 || !Lexicon.INVERTED_SAY.contains(doc.lower(first))
        || !doc.capitalised(first)) {
      return null;
    }
    int end = open - 1;
    if (!doc.word(end).equals(":") && !doc.word(end).equals(",")) {
      return null;
    }
    Mention m = mentionAt(doc.start(first + 1));
    if (m != null && m.entity() != null) {
      return new Speaker(m.entity(), via(m), new Span(doc.start(first), m.span().end()), null,
          m.span());
    }
    Integer named = bySurname(end - 1);
    Span words = new Span(doc.start(first + 1), doc.end(end - 1));
    if (named != null) {
      return new Speaker(named, "name", new Span(doc.start(first), words.end()), null, words);
    }
    return doc.pos(first + 1).startsWith("NNP") ? new Speaker(-1, "description",
        new Span(doc.start(first), words.end()), doc.text.substring(words.start(), words.end()),
        words) : null;
  }

  /** "“…” ― Christina Lastra": a name right after a dash that follows the quotation. */
  public Speaker signed(Span q) {
    int t = doc.tokenAt(q.end());
    if (t >= doc.size() || !"―—–-".contains(doc.word(t)) || doc.start(t) - q.end() > 2) {
      return null;
    }
    if (t + 1 < doc.size()) {
      Mention m = mentionAt(doc.start(t + 1));
      if (m != null && m.entity() != null && !insideQuote(m.span().start())) {
        return new Speaker(m.entity(), via(m), new Span(doc.start(t), m.span().end()));
      }
      // A signature the recogniser missed: the run of capitalised words after the dash.
      int end = t + 1;
      while (end < doc.size() && doc.sameSentence(end, t + 1) && end < t + 6
          && doc.pos(end).startsWith("NNP")) {
        end++;
      }
      if (end > t + 2) {
        Span np = new Span(doc.start(t + 1), doc.end(end - 1));
        return new Speaker(-1, "description", new Span(doc.start(t), np.end()),
            doc.text.substring(np.start(), np.end()), np);
      }
    }
    return null;
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

  private static String via(Mention m) {
    if ("nominal".equals(m.source())) {
      return "nominal";
    }
    return m.type().equals("PERSON") ? "name" : "organization";
  }

  // ---- Syntax: the subject of the verb that governs a quotation --------------------------

  /** The dependency parse of sentence {@code s}, parsed once per article (kept by the Doc). */
  public Parse parse(int s) {
    return doc.parse(s, k -> {
      Span span = doc.sentences.get(k);
      return Syntax.get().parse(doc, doc.tokenAt(span.start()), doc.tokenAt(span.end()),
          this::quoteStartingAt);
    });
  }

  private static boolean inside(Span q, int start) {
    return start >= q.start() && start < q.end();
  }

  /**
   * The speaker of quotation {@code q} found by syntax in sentence {@code s}: the subject of the
   * verb the quotation hangs from ("X said “…”", "“…,” said X", "X called Y “…”"), the object of
   * "according to", climbing through clauses that have no subject of their own ("X went on to
   * call it “…”"). Null when the sentence says nothing about who speaks.
   */
  public Speaker syntactic(int s, Span q) {
    Span sentence = doc.sentences.get(s);
    if (sentence.end() - sentence.start() > 1500) {
      return null; // not a sentence a parser should see
    }
    Parse p = parse(s);
    List<Integer> roots = new ArrayList<>();
    for (int t = p.first(); t < p.first() + p.size(); t++) {
      if (!inside(q, doc.start(t)) || doc.pos(t).equals("``") || doc.pos(t).equals("''")) {
        continue;
      }
      int h = p.headOf(t);
      if (h < 0 || !inside(q, doc.start(h))) {
        roots.add(t);
      }
    }
    for (int r : roots) {
      Speaker sp = null;
      if (p.headOf(r) < 0) {
        // The quotation holds the sentence's root: a verb of saying hanging from it
        // ("“…,” he said" parsed as parataxis) or "according to X".
        sp = according(p, r, q);
        for (int c : p.children(r)) {
          if (sp == null && !inside(q, doc.start(c)) && doc.pos(c).startsWith("VB")
              && Lexicon.SAY.contains(doc.lemma(c))) {
            sp = subjectOf(p, c, q, 0);
            // "Protesters marching through the streets chanted “What curfew?”" parsed with
            // the verb as a loose dependent: the first subject before it.
            for (int t = p.first(); sp == null && t < c; t++) {
              if (p.relOf(t).startsWith("nsubj") && !quoted[t]) {
                sp = speakerAt(p, t, c);
              }
            }
          }
        }
      } else {
        sp = according(p, r, q);
        // The nearest verb of saying above the quotation speaks for it ("She says Trump is
        // “unfit”"), else the nearest clause with a subject ("Trump called her “disgusting”").
        // A speaker only described ("the advertisement suggests") gives way to a named one
        // higher up ("Brad Holm said in the letter that the advertisement “…” suggests").
        Speaker described = null;
        for (int g = p.headOf(r), k = 0; sp == null && g >= 0 && k < 8; g = p.headOf(g), k++) {
          if (!inside(q, doc.start(g)) && doc.pos(g).startsWith("VB") && saying(g)) {
            int finite = ownSubject(p, g, q) ? -1 : finiteSayingBefore(p, g, q);
            sp = subjectOf(p, finite >= 0 ? finite : g, q, 0);
            if (sp != null && sp.described() && described == null && !human(sp)) {
              described = sp;
              sp = null;
            }
          }
        }
        // "…, according to X" anywhere above it, or anywhere in its sentence.
        for (int g = p.headOf(r), k = 0; sp == null && g >= 0 && k < 8; g = p.headOf(g), k++) {
          sp = according(p, g, q);
        }
        for (int t = p.first(); sp == null && t + 1 < p.first() + p.size(); t++) {
          if (doc.lower(t).equals("according") && doc.lower(t + 1).equals("to") && !quoted[t]
              && p.relOf(t).equals("case") && p.headOf(t) >= 0) {
            sp = speakerAt(p, p.headOf(t), t);
          }
        }
        if (sp == null) {
          sp = described;
        }
        if (sp == null) {
          sp = subjectOf(p, p.headOf(r), q, 0);
        }
      }
      if (sp != null) {
        return sp;
      }
    }
    // A verb of saying after the quotation whose parse went astray ("…!" Scott's niece, state
    // Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.).
    for (int t = p.first(); t < p.first() + p.size(); t++) {
      if (doc.start(t) >= q.end() && !quoted[t] && doc.pos(t).startsWith("VB")
          && Lexicon.SAY.contains(doc.lemma(t))) {
        Speaker sp = subjectOf(p, t, q, 0);
        if (sp != null) {
          return sp;
        }
      }
    }
    return null;
  }

  /**
   * A quotation that is a sentence of its own after a sentence about a named person, in one
   * paragraph: "Lawrence B. Cummings called him a master at bolting together deals. “He showed
   * again and again …”" — the person the sentence before is about.
   */
  public Speaker previousSubject(int s, Span q) {
    Span sentence = doc.sentences.get(s);
    if (q.start() - sentence.end() > 3 || sentence.end() - sentence.start() > 600) {
      return null;
    }
    Parse p = parse(s);
    for (int t = p.first(); t < p.first() + p.size(); t++) {
      if (p.headOf(t) < 0 && doc.pos(t).startsWith("VB") && !quoted[t]) {
        Speaker sp = subjectOf(p, t, q, 0);
        if (sp != null && !sp.described() && "PERSON".equals(entities.get(sp.entity()).type())
            && !"pronoun".equals(sp.via())) {
          return sp;
        }
      }
    }
    return null;
  }

  /**
   * "He did not address the tweets in which he called her “disgusting”": the same person as
   * the subject of the clause around; cite the outermost pronoun that stands for them.
   */
  private Speaker outermost(Parse p, int g, Speaker sp) {
    Speaker best = sp;
    for (int a = p.headOf(g), k = 0; a >= 0 && k < 6; a = p.headOf(a), k++) {
      for (int c : p.children(a)) {
        if (p.relOf(c).equals("nsubj") && doc.pos(c).equals("PRP") && c < g) {
          Speaker outer = pronoun(c, a);
          if (outer != null && outer.entity() == sp.entity()) {
            best = outer;
          }
        }
      }
    }
    return best;
  }

  /** A description of a person ("the 34-year-old mother of three", "a source"). */
  private boolean human(Speaker sp) {
    if (sp.mention() == null) {
      return false;
    }
    for (int t = doc.tokenAt(sp.mention().start()); t < doc.size()
        && doc.end(t) <= sp.mention().end(); t++) {
      String w = doc.lemma(t);
      String lw = doc.lower(t);
      if (Gender.ofWord(lw) != Gender.UNKNOWN || Lexicon.ROLES.contains(w)
          || Lexicon.ROLES.contains(lw) || Lexicon.GROUP_NOUNS.contains(w)
          || lw.equals("people") || lw.equals("sources") || lw.equals("author")) {
        return true;
      }
    }
    return false;
  }

  private boolean ownSubject(Parse p, int verb, Span q) {
    for (int c : p.children(verb)) {
      if (p.relOf(c).startsWith("nsubj") && !inside(q, doc.start(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * For "…, saying “…”" or "going on to say “…”" (a verb of saying with no subject of its own):
   * the nearest finite verb of saying before it that has one ("Sanders said, going on to say").
   */
  private int finiteSayingBefore(Parse p, int verb, Span q) {
    if (FINITE.contains(doc.pos(verb))) {
      return -1;
    }
    for (int t = verb - 1; t >= p.first(); t--) {
      if (!quoted[t] && FINITE.contains(doc.pos(t))
          && Lexicon.SAY.contains(doc.lemma(t)) && ownSubject(p, t, q)) {
        return t;
      }
    }
    return -1;
  }

  private static final Set<String> NAMING = Set.of("call", "describe", "dub", "label", "term",
      "brand", "deride", "praise", "blast", "slam", "decry", "denounce", "criticize", "criticise");

  private boolean saying(int verb) {
    String l = doc.lemma(verb);
    return Lexicon.SAY.contains(l) || NAMING.contains(l);
  }

  private static final Set<String> CLIMB = Set.of("xcomp", "conj", "advcl", "ccomp", "parataxis",
      "dep", "acl", "acl:relcl", "obj", "obl", "nmod", "appos", "iobj");

  /**
   * The subject of verb (or predicate) {@code g}, climbing up to four clauses; a pronoun is
   * cited by the outermost pronoun for the same person (see {@link #outermost}), as quotes are.
   */
  private Speaker subjectOf(Parse p, int g, Span q, int depth) {
    return subjectOf(p, g, q, depth, null, true);
  }

  /**
   * {@code from}: the clause climbed from, whose subject {@code g}'s subject controls;
   * {@code outer}: a pronoun is cited by the outermost one for the same person (quotes), else
   * by itself ("He claimed …, although he refused to pledge …": a claim's own "he").
   */
  private Speaker subjectOf(Parse p, int g, Span q, int depth, Integer from,
                            boolean outer) {
    if (g < 0 || depth > 4 || inside(q, doc.start(g)) && depth > 0) {
      return null;
    }
    Speaker acc = according(p, g, q);
    if (acc != null) {
      return acc;
    }
    Integer subject = null;
    Integer agent = null;
    for (int c : p.children(g)) {
      String rel = p.relOf(c);
      if (inside(q, doc.start(c))) {
        continue;
      }
      if (rel.equals("nsubj") || rel.equals("nsubj:pass") && (doc.lemma(g).equals("quote")
          || depth > 0 && from != null && doc.pos(from).equals("VBG"))) {
        subject = c;
      } else if (rel.startsWith("obl") && hasCase(p, c, "by")
          && p.children(g).stream().anyMatch(k -> p.relOf(k).equals("aux:pass"))) {
        agent = c;
      }
    }
    if (subject == null && agent == null && FINITE.contains(doc.pos(g))
        && Lexicon.SAY.contains(doc.lemma(g))) {
      // Inverted "…,” said O'Neill." is often parsed with the speaker as the verb's object;
      // so is a described one ("…,” said a person close to the Clintons.) when the verb
      // follows the quotation.
      for (int c : p.children(g)) {
        String rel = p.relOf(c);
        if (c > g && c <= g + 6 && !inside(q, doc.start(c)) && (doc.pos(c).startsWith("NNP")
            || doc.pos(c).startsWith("NN") && doc.start(g) >= q.end() && c <= g + 4)
            && (rel.equals("obj") || rel.equals("xcomp") || rel.equals("dep")
            || rel.equals("iobj"))) {
          subject = c;
          break;
        }
      }
    }
    if (subject == null && agent == null && doc.pos(g).startsWith("VB")
        && Lexicon.SAY.contains(doc.lemma(g)) && doc.start(g) >= q.end()) {
      // "“…,” Rep. Elijah E. Cummings (D-Md.) said" parsed badly: the first name between the
      // quotation and its verb of saying.
      for (int t = doc.tokenAt(q.end()); t < g && t < doc.tokenAt(q.end()) + 25; t++) {
        Mention m = mentionAt(doc.start(t));
        if (m != null && m.entity() != null && !"GROUP".equals(m.type())) {
          return new Speaker(m.entity(), via(m), new Span(m.span().start(), doc.end(g)));
        }
      }
    }
    if (subject == null && agent == null && p.relOf(g).equals("acl")
        && doc.pos(g).startsWith("VB") && p.headOf(g) >= 0
        && Lexicon.SAY.contains(doc.lemma(g)) && doc.pos(p.headOf(g)).startsWith("NNP")
        && !inside(q, doc.start(p.headOf(g)))) {
      subject = p.headOf(g); // "footage of Trump saying “…”"
    }
    Integer who = agent != null ? agent : subject;
    if (who != null) {
      String rel = p.relOf(g);
      Span relative = null;
      if (doc.pos(who).startsWith("W") && rel.equals("acl:relcl")) {
        // "Smith, who said …": the relative pronoun stands for its head, and it is the word
        // that names the speaker in this clause, as "he" would be.
        relative = new Span(doc.start(who), doc.end(who));
        who = p.headOf(g);
        if (p.relOf(who).equals("appos") && p.headOf(who) >= 0) {
          who = p.headOf(who); // "Guerrero, a Republican who described …": Guerrero
        }
      }
      Speaker sp = speakerAt(p, who, g);
      if (sp != null && relative != null) {
        sp = new Speaker(sp.entity(), sp.via(), sp.attribution(), sp.name(), relative);
      }
      if (outer && sp != null && "pronoun".equals(sp.via())) {
        sp = outermost(p, g, sp);
      }
      if (sp != null || !doc.pos(who).startsWith("W")) {
        return sp;
      }
    }
    if (CLIMB.contains(p.relOf(g))) {
      return subjectOf(p, p.headOf(g), q, depth + 1, g, outer);
    }
    return null;
  }

  /**
   * Where the clause ends that a verb of saying with a subject introduces without "that", when
   * the parser took the clause's subject for the verb's object (the claim then runs from just
   * after the verb to there); null otherwise. Two misreadings: "Critics say resources could be
   * better spent elsewhere" with "say resources" (or "Some believe", with no object) a clausal
   * subject of "spent" (the clause is what it was made the subject of, without the final
   * period); and "Supporters say the
   * program, run by the department, has brought billions …" with the clause's verb hung on as
   * "dep" when no complement was found ({@code content} null).
   */
  private Integer misreadClauseEnd(Parse p, int v, Integer content) {
    if (!hasChild(p, v, "nsubj")) {
      return null;
    }
    Integer object = child(p, v, "obj");
    boolean after = object != null && object > v;
    int h = p.headOf(v);
    if (p.relOf(v).startsWith("csubj") && h > v + 1 && (after || content == null)) {
      int end = p.subtree(h)[1];
      while (end > v + 1 && doc.pos(end).equals(".")) {
        end--;
      }
      return end;
    }
    if (!after) {
      return null;
    }
    Integer verb = content == null ? laterVerb(p, v, object) : null;
    return verb == null ? null : p.subtree(verb)[1];
  }

  /** The last "dep" child of {@code v} after {@code after} that is a finite verb, or null. */
  private Integer laterVerb(Parse p, int v, int after) {
    Integer out = null;
    for (int c : p.children(v)) {
      if (c > after && p.relOf(c).equals("dep")
          && (doc.pos(c).matches("VB[DPZN]?") && hasChild(p, c, "aux") || doc.pos(c).matches("VB[DPZ]"))) {
        out = c;
      }
    }
    return out;
  }

  /** The first child of {@code t} with relation {@code rel}, or null. */
  private static Integer child(Parse p, int t, String rel) {
    for (int c : p.children(t)) {
      if (p.relOf(c).equals(rel)) {
        return c;
      }
    }
    return null;
  }

  /** Whether {@code t} has a child whose relation starts with {@code rel} ("nsubj", "aux"). */
  private static boolean hasChild(Parse p, int t, String rel) {
    for (int c : p.children(t)) {
      if (p.relOf(c).startsWith(rel)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasCase(Parse p, int t, String word) {
    for (int c : p.children(t)) {
      if (p.relOf(c).equals("case") && doc.lower(c).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** "according to X" hanging from {@code t}. */
  private Speaker according(Parse p, int t, Span q) {
    for (int c : p.children(t)) {
      if (!inside(q, doc.start(c)) && p.relOf(c).startsWith("obl") && hasCase(p, c, "according")) {
        return speakerAt(p, c, t);
      }
    }
    return null;
  }

  /**
   * The entity a subject token stands for: a pronoun resolved to the person or group before it;
   * the mention covering the token; else the first person, then any name, in its phrase
   * ("a spokesman for the ministry").
   */
  private Speaker speakerAt(Parse p, int who, int verb) {
    Speaker pr = pronoun(who, verb);
    if (pr != null) {
      return pr;
    }
    if (doc.pos(who).startsWith("PRP")) {
      return null;
    }
    int[] sub = p.subtree(who);
    Span words = new Span(Math.min(doc.start(sub[0]), doc.start(verb)),
        Math.max(doc.end(sub[1]), doc.end(verb)));
    Mention m = mentionAt(doc.start(who));
    if (m != null && m.entity() != null) {
      return new Speaker(m.entity(), via(m), words, null, m.span());
    }
    Integer named = bySurname(who);
    if (named != null) {
      return new Speaker(named, "name", words, null, new Span(doc.start(who), doc.end(who)));
    }
    if (doc.pos(who).startsWith("NNP") && !insideQuote(doc.start(who))) {
      // A name the recogniser missed: its own words ("said O'Neill"), not a name further
      // along its phrase.
      int from = who;
      for (int c : p.children(who)) {
        String rel = p.relOf(c);
        if (c < who && (rel.equals("compound") || rel.equals("flat") || rel.equals("nummod")
            || rel.equals("amod"))) {
          from = Math.min(from, c);
        }
      }
      int to = who;
      for (int c : p.children(who)) {
        if (c > who && p.relOf(c).equals("flat")) {
          to = Math.max(to, c);
        }
      }
      Span np = new Span(doc.start(from), doc.end(to));
      return new Speaker(-1, "description", words, doc.text.substring(np.start(), np.end()), np);
    }
    Mention best = null;
    for (Mention k : mentions) {
      // A place inside the phrase does not speak for it ("the situation in Palmyra shows").
      if (k.entity() == null || k.span().start() < doc.start(sub[0])
          || k.span().end() > doc.end(sub[1]) || insideQuote(k.span().start())
          || "LOCATION".equals(k.type())) {
        continue;
      }
      if (best == null || k.type().equals("PERSON") && !best.type().equals("PERSON")) {
        best = k;
      }
    }
    if (best != null) {
      return new Speaker(best.entity(), via(best), words, null, best.span());
    }
    // Described, not named: "sources said", "the ad's narrator says", "the poll found".
    if (doc.pos(who).startsWith("NN") && sub[1] - sub[0] < 12 && !insideQuote(doc.start(who))) {
      int from = sub[0];
      while (from < who && Set.of("case", "fixed", "punct", "cc", "mark").contains(p.relOf(from))) {
        from++; // "according to the poll": the poll
      }
      int to = sub[1];
      for (int t = from; t <= sub[1]; t++) {
        if (quoted[t] || doc.pos(t).equals("``")) {
          to = t - 1; // a description ends before any quotation inside its phrase
          break;
        }
      }
      if (to < who) {
        return null;
      }
      Span np = new Span(doc.start(from), doc.end(to));
      return new Speaker(-1, "description", words, doc.text.substring(np.start(), np.end()), np);
    }
    return null;
  }

  // ---- Claims: reported speech that is not a quotation ------------------------------------

  /** Verbs that report what someone says or holds, beyond the verbs of saying. */
  private static final Set<String> REPORTING = Set.of(
      "think", "believe", "argue", "contend", "maintain", "indicate", "show", "find", "reveal",
      "promise", "vow", "pledge", "urge", "hope", "fear", "worry", "expect", "doubt", "agree",
      "insist", "complain", "concede", "charge", "testify", "caution", "signal", "hint",
      "suspect", "feel", "point", "ask", "demand", "propose", "recommend", "speculate", "assure",
      "inform", "guarantee", "boast", "brag", "dispute", "question", "wonder", "call", "cite",
      "want", "plan", "decline", "refuse", "criticize", "criticise", "support",
      "mention", "respond", "release", "seem", "blame", "praise", "accuse", "oppose", "reject",
      "welcome", "condemn", "defend", "describe", "consider", "intend", "seek", "threaten",
      "know", "understand", "recognize", "realize", "assume", "imagine");
  /** Reporting verbs whose object (not only a clause) is the claim: "cited the polls". */
  private static final Set<String> OBJECT_CLAIMS = Set.of(
      "cite", "call", "criticize", "criticise", "support", "mention", "release",
      "blame", "praise", "accuse", "oppose", "reject", "welcome", "condemn", "defend",
      "describe", "question", "deny", "announce", "acknowledge", "admit", "propose", "recommend",
      "demand", "dispute", "seek", "threaten", "predict", "estimate", "urge", "promise",
      "pledge", "vow", "report", "reveal", "show", "find", "note", "emphasize", "emphasise",
      "stress", "tout");

  /**
   * Every claim of the article: the clause a reporting verb introduces ("X said [that] …",
   * "…, X said", "…, X said, …"), with the verb's subject as claimant, and the clause an
   * "according to X" attaches to; none that is mostly a quotation (the quotes layer holds it)
   * or has no claimant, named or described. Only sentences that hold such a cue are parsed.
   */
  public List<org.sitrep.model.Claim> claims() {
    List<org.sitrep.model.Claim> out = new ArrayList<>();
    for (int s = 0; s < doc.sentences.size(); s++) {
      Span sentence = doc.sentences.get(s);
      if (sentence.end() - sentence.start() > 1500) {
        continue;
      }
      org.sitrep.model.Claim headline = colonClaim(sentence, s == 0);
      if (headline == null && s == 0) {
        headline = saysHeadline(sentence);
      }
      if (headline != null) {
        out.add(headline);
        continue;
      }
      // Parse only where an attribution may be: a verb of saying, "according to", a verb form
      // that cued attributions in at least LEARNT_SHARE of its occurrences in PolNeAR's train
      // split ("endorsed", "vowed"), or a reporting verb ("believe", "urge"). Reading reporting
      // verbs also in sentences without a verb of saying added claims right half the time on
      // PolNeAR dev (end-to-end 0.596 -> 0.599), more than they cost in precision.
      List<Integer> cues = new ArrayList<>();
      for (int i = doc.tokenAt(sentence.start()); i < doc.size() && doc.start(i) < sentence.end();
           i++) {
        if (!quoted[i] && (speechCue(i) || learnt(i)
            || doc.pos(i).startsWith("VB") && REPORTING.contains(doc.lemma(i)))) {
          cues.add(i);
        }
      }
      if (cues.isEmpty()) {
        continue;
      }
      Parse p = parse(s);
      for (int v : cues) {
        org.sitrep.model.Claim c = doc.lower(v).equals("according") ? accordingClaim(p, v, sentence)
            : verbClaim(p, v);
        if (c != null) {
          out.add(c);
        }
      }
    }
    // Inside another's claim only someone's speech with its own claimant is a claim of its own
    // ("the ministry said the envoy told it …"); a belief or stance there ("Konashenkov said
    // that the terrorists knew …") or a claimant-less one ("the ministry said the setback
    // shows …") is part of the outer claim, and the events in it are the outer claimant's.
    // A claim whose claimant is neither found nor described ("it was reported that …" or a
    // subject the rules did not reach) says who-said-what without the who: left out.
    // A claim of a cue word that is rarely right is no claim, and holds none.
    out.removeIf(this::rarelyRight);
    List<org.sitrep.model.Claim> kept = new ArrayList<>();
    for (org.sitrep.model.Claim c : out) {
      boolean inside = out.stream().anyMatch(o -> o != c
          && o.span().start() <= c.cue().start() && c.cue().end() <= o.span().end());
      boolean nested = inside
          && (c.claimant() == null || !speechCue(doc.tokenAt(c.cue().start())));
      if (!nested && c.claimantName() != null) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * The share of right claims below which a cue word's claims are left out: a claim right with
   * probability p raises an F1 near 0.6 only when p is above half of it, ~0.3 (not tuned);
   * {@code -Dsitrep.claims.precision=0} keeps them all ({@code sitrep train claims} does).
   */
  public static double minClaimPrecision() {
    return Double.parseDouble(System.getProperty("sitrep.claims.precision", "0.3"));
  }

  /**
   * Whether claims cued by this word were rarely right on PolNeAR's train split ("released a
   * letter …", "appears to …"): see {@link Lexicon#CLAIM_PRECISION}.
   */
  private boolean rarelyRight(org.sitrep.model.Claim c) {
    Double p = Lexicon.CLAIM_PRECISION.get(doc.text.substring(c.cue().start(), c.cue().end())
        .toLowerCase(java.util.Locale.ROOT));
    return p != null && p < minClaimPrecision();
  }

  /**
   * "Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health": a sentence (most
   * often a headline) that opens with a named person or organisation and a colon claims what
   * follows for them, unless a quotation follows (the quotes layer reads that one).
   */
  private org.sitrep.model.Claim colonClaim(Span sentence, boolean headline) {
    int first = doc.tokenAt(sentence.start());
    if (first >= doc.size()) {
      return null;
    }
    Mention m = mentionAt(doc.start(first));
    Speaker who;
    int colon;
    if (m != null && m.entity() != null && m.span().start() == doc.start(first)
        && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))) {
      // The colon must follow the name in its sentence: a name that ends the sentence, or the
      // article ("… Facebook Twitter Linkedin Mail"), has no token after it to read.
      colon = doc.tokenAt(m.span().end());
      if (!colonOf(colon, sentence)) {
        return null;
      }
      who = new Speaker(m.entity(), via(m), new Span(m.span().start(), doc.end(colon)), null,
          m.span());
    } else if (headline && (colon = headlineColon(first, sentence)) > 0) {
      // "Sanders: Clinton needs to …", "Poll: Clinton and Trump in dead heat": a headline's
      // label of one to three capitalised words is its source — the person named in the
      // article whose surname it is, else the words themselves.
      Span label = new Span(doc.start(first), doc.end(colon - 1));
      Integer named = colon - first == 1 ? bySurname(first) : null;
      Span words = new Span(label.start(), doc.end(colon));
      who = named != null ? new Speaker(named, "name", words, null, label)
          : new Speaker(-1, "description", words, doc.text.substring(label.start(), label.end()),
              label);
    } else {
      return null;
    }
    int from = colon + 1;
    int to = doc.tokenAt(sentence.end()) - 1;
    if (to - from < 3 || doc.pos(from).equals("``")) {
      return null;
    }
    Span span = new Span(doc.start(from), doc.end(to));
    if (mostlyQuoted(span)) {
      return null;
    }
    return claim(span, who, new Span(doc.start(colon), doc.end(colon)));
  }

  /** Whether token {@code t} is a colon inside {@code sentence}. */
  private boolean colonOf(int t, Span sentence) {
    return t < doc.size() && doc.word(t).equals(":") && doc.start(t) < sentence.end();
  }

  /** Words that label a headline without being anyone's ("Watch:", "The Latest:"). */
  private static final Set<String> LABELS = Set.of("video", "videos", "breaking",
      "update", "updated", "exclusive", "analysis", "opinion", "live", "photos", "editorial",
      "review", "explainer", "timeline", "correction", "latest", "podcast", "transcript",
      "read", "listen", "op-ed", "commentary", "revealed", "bombshell", "wow", "look", "watch",
      "must");

  /**
   * The colon after a headline's opening label of one to three capitalised words that are not a
   * generic label ("Watch:", "The Latest:"), or -1 ("Poll: …" is the poll's claim).
   */
  private int headlineColon(int first, Span sentence) {
    for (int t = first; t < first + 4 && t < doc.size() && doc.start(t) < sentence.end(); t++) {
      if (doc.word(t).equals(":")) {
        if (t == first) {
          return -1;
        }
        for (int k = first; k < t; k++) {
          if (LABELS.contains(doc.lower(k)) || doc.pos(k).equals("DT")) {
            return -1;
          }
        }
        return t;
      }
      if (!Character.isUpperCase(doc.word(t).charAt(0)) || !doc.pos(t).startsWith("NNP")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Trump Could Address Clean Energy, Lindsey Graham Says": a headline that ends with a comma,
   * a name and a verb of saying claims what comes before the comma for the person named.
   */
  private org.sitrep.model.Claim saysHeadline(Span sentence) {
    int first = doc.tokenAt(sentence.start());
    int last = doc.tokenAt(sentence.end()) - 1;
    while (last > first && doc.pos(last).equals(".")) {
      last--;
    }
    if (last - first < 5 || !Lexicon.INVERTED_SAY.contains(doc.lower(last))) {
      return null;
    }
    int comma = -1;
    for (int t = last - 1; t > last - 6 && t > first; t--) {
      if (doc.word(t).equals(",")) {
        comma = t;
        break;
      }
    }
    if (comma < first + 3) {
      return null;
    }
    Integer who = null;
    Mention m = null;
    for (int t = comma + 1; t < last && who == null; t++) {
      m = mentionAt(doc.start(t));
      if (m != null && m.entity() != null && !"LOCATION".equals(m.type())) {
        who = m.entity();
      } else {
        m = null;
        who = bySurname(t);
      }
    }
    if (who == null) {
      return null;
    }
    Span words = new Span(doc.start(comma + 1), doc.end(last));
    Span own = m != null ? m.span() : new Span(doc.start(comma + 1), doc.end(last - 1));
    Span span = new Span(doc.start(first), doc.end(comma - 1));
    if (mostlyQuoted(span)) {
      return null;
    }
    return claim(span, new Speaker(who, m != null ? via(m) : "name", words, null, own),
        new Span(doc.start(last), doc.end(last)));
  }

  /** A verb of saying, or the "according" of "according to". */
  private boolean speechCue(int i) {
    return doc.pos(i).startsWith("VB") && Lexicon.SAY.contains(doc.lemma(i))
        || doc.lower(i).equals("according") && i + 1 < doc.size()
        && doc.lower(i + 1).equals("to");
  }

  /** A verb whose form cued an attribution in at least LEARNT_SHARE of its occurrences in train. */
  private boolean learnt(int i) {
    return doc.pos(i).startsWith("VB") && Lexicon.LEARNT_CUES.getOrDefault(doc.lower(i), 0.0)
        >= LEARNT_SHARE;
  }

  /**
   * The share of a learnt cue's occurrences that were attributions, from which it counts
   * (the table holds forms from 0.15, seen as a cue at least twice). Chosen on PolNeAR dev
   * (claims end-to-end F1) with forms seen five times or more: 0.1 0.493, 0.2 0.509, 0.3 0.499,
   * 0.5 0.478, 0.6 0.458; later, with forms seen twice or more: 0.1 0.551, 0.15 0.558,
   * 0.2 0.555, 0.3 0.540 (five times or more and 0.2: 0.545); quotes are unaffected.
   * {@code -Dsitrep.cues.share=X} to measure another.
   */
  public static final double LEARNT_SHARE = Double.parseDouble(System.getProperty("sitrep.cues.share",
      "0.15"));

  private org.sitrep.model.Claim verbClaim(Parse p, int v) {
    org.sitrep.model.Claim passive = passiveClaim(p, v);
    if (passive != null) {
      return passive;
    }
    Integer content = null;
    int rank = 9;
    // What the verb acts on is the claim for verbs of stance ("endorsed Clinton", "cited the
    // polls"), listed or learnt; verbs of saying claim their clause.
    boolean objects = OBJECT_CLAIMS.contains(doc.lemma(v))
        || (learnt(v) || REPORTING.contains(doc.lemma(v))) && !Lexicon.SAY.contains(doc.lemma(v));
    for (int c : p.children(v)) {
      String rel = p.relOf(c);
      int r = rel.equals("ccomp") ? 0 : rel.equals("parataxis") ? 1 : rel.equals("xcomp") ? 2
          : objects && rel.equals("obj") ? 3
          : objects && rel.equals("obl") && c > v && !circumstance(p, c) ? 4
          : 9;
      if (r < rank && !(r == 1 && mostlyQuoted(p, c))) {
        // A parenthetical quotation ("stressed her support: “…”") is the quotes layer's.
        content = c;
        rank = r;
      }
    }
    int[] sub;
    Integer misread = misreadClauseEnd(p, v, content);
    if (misread != null) {
      sub = new int[] {v + 1, misread};
    } else if (content != null && rank >= 3) {
      // What a verb of stance acts on, with what the predicate says of it: "derided the deal
      // as toothless", "cited it as an example of his disrespect".
      sub = predicate(p, v);
      if (sub == null) {
        return null;
      }
    } else if (content != null) {
      sub = p.subtree(content);
    } else if ((p.relOf(v).equals("parataxis") || p.relOf(v).equals("dep")
        && Lexicon.SAY.contains(doc.lemma(v)) && hasChild(p, v, "nsubj")) && p.headOf(v) >= 0) {
      // "…, the defense ministry said.": the clause the verb of saying trails.
      int[] whole = p.subtree(p.headOf(v));
      int[] tail = p.subtree(v);
      if (tail[0] <= whole[0]) {
        return null;
      }
      if (tail[1] < whole[1] - 1) {
        // "But to prevent problems, he said, local officials should be vigilant": a verb of
        // saying set off inside the clause it reports; the claim is the longer side of it.
        int before = tail[0] - whole[0];
        int after = whole[1] - tail[1];
        sub = before >= after ? new int[] {whole[0], tail[0] - 1}
            : new int[] {tail[1] + 1, whole[1]};
      } else {
        sub = new int[] {whole[0], tail[0] - 1};
      }
    } else if ((sub = trailed(p, v)) == null) {
      return null;
    }
    int from = sub[0];
    // "said that …": the claim starts after the complementiser.
    while (from < sub[1] && (doc.pos(from).equals("IN") && doc.lower(from).equals("that")
        || doc.word(from).equals(",") || doc.pos(from).equals("``"))) {
      from++;
    }
    int to = sub[1];
    while (to > from && (doc.word(to).equals(",") || doc.pos(to).equals("''"))) {
      to--;
    }
    Span span = new Span(doc.start(from), doc.end(to));
    if (to - from < 2 && !(rank >= 3 && named(from, to)) || mostlyQuoted(span)) {
      // Mostly a quotation, which the quotes layer holds. A paraphrase that ends in quoted
      // words ("Konashenkov said that the terrorists knew …, and “used that …”") stays a
      // claim: PolNeAR calls it direct, so refusing it scored better on dev (claims
      // end-to-end 0.543 against 0.535), but the paraphrase and the events it claims are
      // worth more to a reader than the score.
      return null;
    }
    Speaker sp = subjectOf(p, v, span, 0, null, false);
    Span cue = new Span(doc.start(v), doc.end(v));
    return claim(span, sp, cue);
  }

  /** Prepositions of time, place and occasion: "agreed on Friday", "spoke at the forum". */
  private static final Set<String> CIRCUMSTANCE = Set.of("in", "at", "during", "after",
      "before", "since", "until", "while", "from", "near", "inside", "outside", "throughout");

  /** Whether oblique {@code c} says when or where rather than what ("in a speech"). */
  private boolean circumstance(Parse p, int c) {
    for (int k : p.children(c)) {
      if (p.relOf(k).equals("case") && CIRCUMSTANCE.contains(doc.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code from..to} hold a name ("endorsed Clinton"), not only "it" or "that". */
  private boolean named(int from, int to) {
    for (int t = from; t <= to; t++) {
      if (doc.pos(t).startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** Whether most of token {@code t}'s phrase is inside quotation marks. */
  private boolean mostlyQuoted(Parse p, int t) {
    int[] sub = p.subtree(t);
    return mostlyQuoted(new Span(doc.start(sub[0]), doc.end(sub[1])));
  }

  /** Whether more than half of {@code span}'s characters are inside quotation marks. */
  private boolean mostlyQuoted(Span span) {
    return quotedShare(span) > 0.5;
  }

  /**
   * The predicate after verb {@code v}: from its first dependent after it to the end of its
   * last one, leaving out conjoined and parenthetical clauses, punctuation and quotations.
   */
  private int[] predicate(Parse p, int v) {
    int from = Integer.MAX_VALUE;
    int to = -1;
    for (int c : p.children(v)) {
      String rel = p.relOf(c);
      if (c < v || rel.equals("punct") || rel.equals("conj") || rel.equals("cc")
          || rel.equals("parataxis") || rel.equals("dep") || mostlyQuoted(p, c)) {
        continue;
      }
      int[] sub = p.subtree(c);
      from = Math.min(from, sub[0]);
      to = Math.max(to, sub[1]);
    }
    return to < 0 ? null : new int[] {from, to};
  }

  /**
   * "The registration issue was first reported by The Washington Post": a passive verb of
   * saying or stance with a "by" agent claims its subject for the agent.
   */
  private org.sitrep.model.Claim passiveClaim(Parse p, int v) {
    Integer subject = null;
    Integer agent = null;
    for (int c : p.children(v)) {
      if (p.relOf(c).equals("nsubj:pass")) {
        subject = c;
      } else if (p.relOf(c).equals("obl") && c > v && hasCase(p, c, "by")) {
        agent = c;
      }
    }
    boolean reduced = subject == null && doc.pos(v).equals("VBN") && p.relOf(v).equals("acl")
        && p.headOf(v) >= 0;
    if (reduced && agent != null) {
      // "a letter signed by 50 officials": the phrase the participle describes, without it.
      int h = p.headOf(v);
      int[] phrase = p.subtree(h);
      int end = Math.min(phrase[1], p.subtree(v)[0] - 1);
      while (end > phrase[0] && doc.word(end).equals(",")) {
        end--;
      }
      Span span = new Span(doc.start(phrase[0]), doc.end(end));
      return end <= phrase[0] || mostlyQuoted(span) ? null
          : claim(span, speakerAt(p, agent, v), new Span(doc.start(v), doc.end(v)));
    }
    if (subject == null || agent == null) {
      return null;
    }
    int[] sub = p.subtree(subject);
    if (sub[1] - sub[0] < 1 || doc.pos(subject).startsWith("PRP")) {
      return null; // "it was reported by …": nothing said in it
    }
    Span span = new Span(doc.start(sub[0]), doc.end(sub[1]));
    if (mostlyQuoted(span)) {
      return null;
    }
    return claim(span, speakerAt(p, agent, v), new Span(doc.start(v), doc.end(v)));
  }

  /**
   * "…, some 4,000 terrorists moved on Palmyra, the defense ministry said." when the parser
   * missed the clause: a verb of saying near the sentence's end whose subject follows a comma
   * claims everything before that comma.
   */
  private int[] trailed(Parse p, int v) {
    int first = p.first();
    int last = first + p.size() - 1;
    int after = 0;
    for (int t = v + 1; t <= last; t++) {
      if (!doc.pos(t).equals(".") && !doc.pos(t).equals(",")) {
        after++;
      }
    }
    if (after > 4) {
      return null;
    }
    for (int c : p.children(v)) {
      if (p.relOf(c).equals("nsubj") && c < v) {
        int s0 = p.subtree(c)[0];
        if (s0 - 1 > first + 2 && doc.word(s0 - 1).equals(",")) {
          return new int[] {first, s0 - 2};
        }
      }
    }
    return null;
  }

  private org.sitrep.model.Claim accordingClaim(Parse p, int according, Span sentence) {
    int x = p.headOf(according);
    if (x < 0 || !p.relOf(according).equals("case")) {
      return null;
    }
    int[] phrase = p.subtree(x);
    int phraseFrom = Math.min(according, phrase[0]);
    int first = doc.tokenAt(sentence.start());
    int last = first + p.size() - 1;
    Span span;
    if (phraseFrom - first > last - phrase[1]) {
      span = new Span(doc.start(first), doc.end(Math.max(first, phraseFrom - 1)));
    } else {
      span = new Span(doc.start(Math.min(last, phrase[1] + 1)), doc.end(last));
    }
    String text = doc.text.substring(span.start(), span.end()).strip();
    if (text.length() < 8 || mostlyQuoted(span)) {
      return null;
    }
    Speaker sp = speakerAt(p, x, according);
    Span cue = new Span(doc.start(according), doc.end(Math.min(doc.size() - 1, according + 1)));
    return claim(span, sp, cue);
  }

  private org.sitrep.model.Claim claim(Span span, Speaker sp, Span cue) {
    String content = doc.text.substring(span.start(), span.end()).strip();
    while (!content.isEmpty() && ",.;:".indexOf(content.charAt(content.length() - 1)) >= 0) {
      content = content.substring(0, content.length() - 1).strip();
    }
    Integer who = sp == null || sp.described() ? null : sp.entity();
    String name = sp == null ? null : sp.described() ? sp.name() : entities.get(who).name();
    return new org.sitrep.model.Claim(span, content, who, name,
        sp == null ? null : sp.mention(), cue,
        sp == null ? null : sp.attribution(), sp == null ? null : sp.via());
  }

  /** The share of a span's characters inside quotation marks. */
  private double quotedShare(Span span) {
    int in = 0;
    for (Span q : quotes) {
      in += Math.max(0, Math.min(q.end(), span.end()) - Math.max(q.start(), span.start()));
    }
    return span.length() == 0 ? 0 : (double) in / span.length();
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
