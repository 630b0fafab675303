package org.sitrep.nlp.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.mention.Lexicon;
import org.sitrep.nlp.rules.WordList;

/**
 * Speakers as an analyst reads them, once a sieve or a claim has found one:
 * <ul>
 * <li>one person is one speaker under a title, a surname or a full name ("Sen. Jones", "Jones",
 * "Mary Jones"): a name with only a title and a surname that one other person's full name ends
 * with is that person ({@link #sameName});
 * <li>a speaker introduced only by a description ("a senior official said", "a spokeswoman for
 * the ministry told reporters") is the description, read via "description", with the
 * organisation it speaks for when written, and the person it is when the article names them
 * beside the same description elsewhere ("Maria Zakharova, the ministry's spokeswoman");
 * <li>a document ("the statement said", "according to a statement from X") is read via
 * "document", with its issuer: a name in its phrase, else the one the article ties such a
 * document to ("the ministry said in a statement").
 * </ul>
 */
final class Described {
  static final Set<String> DOCUMENTS =
      WordList.load("/org/sitrep/nlp/attribution/documents.words").words();
  private static final Set<String> LINKS = Set.of("for", "of", "at", "from", "with", "by", "in",
      "to", "'s", "’s");

  private final Speech speech;
  /** Words tying a job to its organisation after it: "a spokeswoman for the ministry". */
  private static final Set<String> OWNERS = Set.of("for", "of", "at");

  private final Doc doc;
  private final List<Entity> entities;

  Described(Speech speech) {
    this.speech = speech;
    this.doc = speech.doc;
    this.entities = speech.entities;
  }

  /** Whether token {@code t} is a noun for a document or for a person by their office. */
  static boolean describing(Doc doc, int t) {
    return doc.pos(t).startsWith("NN") && !doc.pos(t).startsWith("NNP")
        && (DOCUMENTS.contains(doc.lemma(t)) || Lexicon.ROLES.contains(doc.lemma(t)));
  }

  /** The speaker {@code s} as described above; null stays null. */
  Speaker refine(Speaker s) {
    if (s == null) {
      return null;
    }
    if (!s.described()) {
      int e = sameName(s.entity());
      Span own = s.mention() != null ? s.mention() : mentionOf(e, s.attribution());
      if (nominalOnly(e) && own != null && !"pronoun".equals(s.via())) {
        return description(s, widen(own));
      }
      if (nominalOnly(e)) {
        int person = named(widen(firstMention(e)));
        return person < 0 ? s : with(s, person, s.via());
      }
      return e == s.entity() ? s : with(s, e, s.via());
    }
    if (s.mention() == null || !("description".equals(s.via()) || "document".equals(s.via()))) {
      return s;
    }
    Integer byName = titledName(s.mention());
    if (byName != null) {
      return new Speaker(byName, "name", s.attribution(), null, s.mention(), -1);
    }
    return description(s, s.mention());
  }

  private static Speaker with(Speaker s, int entity, String via) {
    return new Speaker(entity, via, s.attribution(), s.name(), s.mention(), s.organization());
  }

  /** A described speaker: its head says whether it is a document or a person by office. */
  private Speaker description(Speaker s, Span np) {
    int head = head(np);
    if (head < 0) {
      return s;
    }
    String name = doc.text.substring(np.start(), np.end());
    if (DOCUMENTS.contains(doc.lemma(head))) {
      int issuer = s.organization() >= 0 ? s.organization() : inside(np, true);
      if (issuer < 0) {
        issuer = issuer(np, doc.lemma(head));
      }
      return new Speaker(-1, "document", s.attribution(), name, np, issuer);
    }
    int org = s.organization() >= 0 ? s.organization() : inside(np, false);
    if (!"nominal".equals(s.via()) && !"description".equals(s.via())) {
      return s;
    }
    int person = Lexicon.ROLES.contains(doc.lemma(head)) ? named(np) : -1;
    return new Speaker(person, "description", s.attribution(), name, np, org);
  }

  /**
   * The entity a person is the same speaker as: a name of a title and a surname ("Sen. Jones",
   * "Jones") that exactly one other person's longer name ends with.
   */
  int sameName(int entity) {
    Entity e = entities.get(entity);
    if (!"PERSON".equals(e.type())) {
      return entity;
    }
    String[] words = untitled(e.name());
    if (words.length != 1) {
      return entity;
    }
    int found = -1;
    for (Entity o : entities) {
      if (o.id() == entity || !"PERSON".equals(o.type()) || nominalOnly(o.id())) {
        continue;
      }
      String[] full = untitled(o.name());
      if (full.length > 1 && full[full.length - 1].equalsIgnoreCase(words[0])) {
        if (found >= 0 && found != o.id()) {
          return entity; // two people share the surname: do not guess
        }
        found = o.id();
      }
    }
    return found < 0 ? entity : found;
  }

  /** A name's words without the titles before it ("Sen. Jones": Jones). */
  private static String[] untitled(String name) {
    String[] w = name.strip().split("\\s+");
    int from = 0;
    while (from < w.length - 1
        && Lexicon.TITLES.contains(w[from].toLowerCase(Locale.ROOT).replace(".", ""))) {
      from++;
    }
    return java.util.Arrays.copyOfRange(w, from, w.length);
  }

  /** "Dr. Brown" the recogniser missed, read as the one person named before with that surname. */
  private Integer titledName(Span np) {
    int first = doc.tokenAt(np.start());
    int last = doc.lastToken(np);
    if (last <= first || !doc.pos(last).startsWith("NNP")) {
      return null;
    }
    for (int t = first; t < last; t++) {
      if (!Lexicon.TITLES.contains(doc.lower(t).replace(".", ""))) {
        return null;
      }
    }
    return speech.bySurname(last);
  }

  /** A person entity all of whose mentions are descriptions ("a spokeswoman"), none a name. */
  private boolean nominalOnly(int entity) {
    Entity e = entities.get(entity);
    if (!"PERSON".equals(e.type()) || e.mentions().isEmpty()) {
      return false;
    }
    for (Mention m : speech.mentions) {
      if (m.entity() != null && m.entity() == entity && !"nominal".equals(m.source())) {
        return false;
      }
    }
    return true;
  }

  /** The entity's mention inside a span (its attribution words), or null. */
  private Span mentionOf(int entity, Span words) {
    for (Mention m : speech.mentions) {
      if (words != null && m.entity() != null && m.entity() == entity
          && m.span().start() >= words.start() && m.span().end() <= words.end()) {
        return m.span();
      }
    }
    return null;
  }

  private Span firstMention(int entity) {
    for (Mention m : speech.mentions) {
      if (m.entity() != null && m.entity() == entity) {
        return m.span();
      }
    }
    return null;
  }

  /**
   * A description with its owner and its phrase: "'s spokeswoman" after "the ministry" is "the
   * ministry 's spokeswoman"; "a spokeswoman" before "for the ministry" is "a spokeswoman for
   * the ministry".
   */
  private Span widen(Span m) {
    if (m == null) {
      return null;
    }
    int first = doc.tokenAt(m.start());
    int last = doc.lastToken(m);
    if (first > 0 && (doc.lower(first).equals("'s") || doc.lower(first).equals("’s")) && doc.sameSentence(first - 1, first)) {
      Mention owner = speech.mentionAt(doc.start(first - 1));
      if (owner != null) {
        first = doc.tokenAt(owner.span().start());
      }
    }
    if (last + 2 < doc.size() && doc.sameSentence(last, last + 2)
        && OWNERS.contains(doc.lower(last + 1)) && !speech.quoted[last + 1]) {
      Mention owner = speech.mentionAt(doc.start(last + 2));
      if (owner == null && doc.pos(last + 2).equals("DT")) {
        owner = speech.mentionAt(doc.start(last + 3 < doc.size() ? last + 3 : last + 2));
      }
      if (owner != null && !"PERSON".equals(owner.type())) {
        last = Math.max(last, doc.lastToken(owner.span()));
      }
    }
    return new Span(doc.start(first), doc.end(last));
  }

  /** A phrase's head: its last noun before a preposition, a comma or a clause. */
  private int head(Span np) {
    int head = -1;
    for (int t = doc.tokenAt(np.start()); t < doc.size() && doc.end(t) <= np.end(); t++) {
      String w = doc.lower(t);
      if (head >= 0 && (LINKS.contains(w) || w.equals(",") || doc.pos(t).startsWith("W")
          || doc.pos(t).startsWith("VB"))) {
        break;
      }
      if (doc.pos(t).startsWith("NN")) {
        head = t;
      }
    }
    return head;
  }

  /** The first organisation (for a document also a person) named inside a phrase, or -1. */
  private int inside(Span np, boolean person) {
    for (Mention m : speech.mentions) {
      if (m.entity() != null && m.span().start() >= np.start() && m.span().end() <= np.end()
          && ("ORGANIZATION".equals(m.type()) || person && "PERSON".equals(m.type())
          && !nominalOnly(m.entity()))) {
        return m.entity();
      }
    }
    return -1;
  }

  /**
   * The issuer the article ties a document to: the nearest organisation or person named before
   * the same document word in its sentence ("the ministry said in a statement", "the GAO
   * released a report"), searched from the phrase's sentence back to the first.
   */
  private int issuer(Span np, String lemma) {
    int at = doc.tokenAt(np.start());
    for (int t = at - 1; t >= 0; t--) {
      if (speech.quoted[t] || !doc.lemma(t).equals(lemma) || !doc.pos(t).startsWith("NN")) {
        continue;
      }
      for (int k = t - 1; k >= 0 && doc.sameSentence(k, t); k--) {
        Mention m = speech.quoted[k] ? null : speech.mentionAt(doc.start(k));
        if (m != null && m.entity() != null && ("ORGANIZATION".equals(m.type())
            || "PERSON".equals(m.type()) && !nominalOnly(m.entity()))) {
          return m.entity();
        }
      }
    }
    return -1;
  }

  /**
   * The named person a description stands for: the only one the article names beside the same
   * head word, in apposition ("Maria Zakharova, the ministry's spokeswoman") or before the name
   * ("ministry spokeswoman Maria Zakharova"), with no other organisation in those words.
   */
  int named(Span np) {
    if (np == null) {
      return -1;
    }
    int head = head(np);
    if (head < 0) {
      return -1;
    }
    int org = inside(np, false);
    int found = -1;
    for (Mention m : speech.mentions) {
      if (m.entity() == null || !"PERSON".equals(m.type()) || "nominal".equals(m.source())
          || speech.insideQuote(m.span().start()) || nominalOnly(m.entity())) {
        continue;
      }
      int first = doc.tokenAt(m.span().start());
      int last = doc.lastToken(m.span());
      if (beside(last + 1, 1, head, org) || beside(first - 1, -1, head, org)) {
        if (found >= 0 && found != m.entity()) {
          return -1; // two people fit: do not guess
        }
        found = m.entity();
      }
    }
    return found;
  }

  /** Whether the words from {@code t} on, {@code step} by step, hold {@code head}'s word. */
  private boolean beside(int t, int step, int head, int org) {
    String word = doc.lemma(head);
    int from = t;
    for (int k = 0; k < 10 && t >= 0 && t < doc.size() && doc.sameSentence(t, from); k++,
        t += step) {
      String w = doc.lower(t);
      if (speech.quoted[t] || w.equals(".") || w.equals(";") || w.equals(",") && k > 0
          || doc.pos(t).startsWith("VB") || doc.pos(t).startsWith("W")) {
        return false;
      }
      Mention m = speech.mentionAt(doc.start(t));
      if (m != null && m.entity() != null && "ORGANIZATION".equals(m.type()) && org >= 0
          && m.entity() != org) {
        return false;
      }
      if (t != head && doc.lemma(t).equals(word) && doc.pos(t).startsWith("NN")) {
        return true;
      }
    }
    return false;
  }
}
