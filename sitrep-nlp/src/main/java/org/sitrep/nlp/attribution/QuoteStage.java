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
 * with its claimant. Each quotation's speaker is found by sieves run in the order
 * {@code sieves.txt} lists them ({@link Sieves}): a transcript label, "Said X:", syntax (the
 * subject of the verb a quotation hangs from, on a dependency parse of that sentence only),
 * then the fallbacks listed in docs/design-notes.md ("Who says so"); {@code via} on each quote says
 * how its speaker's words were read. Quotation marks around the writer's own words (a scare
 * quote, a term: {@link Terms}) are the {@code terms} layer, with no speaker; a speaker's name
 * holds no possessive ({@link SpeakerNames}). A speaker found is then read as {@link Described}
 * says (one person under every form of their name; descriptions and documents with their
 * organisation), and carries a {@link Confidence}.
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

  private final List<Sieve> sieves = Sieves.load(Sieves.RESOURCE);

  @Override
  public Article apply(Article a) {
    Speech speech = Speech.of(a);
    Doc d = speech.doc;
    List<Entity> entities = a.layers().entities();
    List<Quote> out = new ArrayList<>();
    List<Span> terms = new ArrayList<>();
    Paragraphs paragraphs = new Paragraphs(Cap.of(a.text()));
    Span previous = null;
    Speaker previousSpeaker = null;
    Described described = new Described(speech);
    for (Span q : speech.quotes) {
      String inner = QuoteSpans.inner(a.text(), q);
      if (inner.isEmpty() || d.size() == 0 || QuoteSpans.notSpeech(inner)
          || QuoteSpans.nickname(a.text(), q, inner)) {
        continue;
      }
      if (Terms.term(speech, q)) {
        terms.add(q); // the writer's word in quotation marks: no one's speech
        continue;
      }
      int first = d.sentence(Math.min(d.size() - 1, d.tokenAt(q.start())));
      int last = d.sentence(Math.max(0, Math.min(d.size() - 1, d.tokenAt(q.end()) - 1)));
      Quotation quotation = new Quotation(speech, q, first, last, paragraphs, previous,
          previousSpeaker);
      Speaker speaker = null;
      for (int i = 0; i < sieves.size() && speaker == null; i++) {
        speaker = sieves.get(i).find(quotation);
      }
      previous = q;
      if (speaker != null) {
        previousSpeaker = speaker;
      }
      speaker = described.refine(speaker);
      Integer id = speaker == null || speaker.described() ? null : speaker.entity();
      out.add(new Quote(q, inner, id, speakerName(speaker, entities),
          speaker == null ? null : speaker.attribution(), speaker == null ? null : speaker.via(),
          speaker == null ? null : speaker.mention(), organization(speaker),
          organizationName(speaker, entities), Confidence.quote(speaker)));
    }
    return a.withLayers(a.layers().withQuotes(out, speech.claims(), terms));
  }

  /**
   * The words a speaker goes by: a description or a document as written ("a spokeswoman for the
   * ministry", even when the article names her elsewhere), else its entity's name.
   */
  static String speakerName(Speaker s, List<Entity> entities) {
    if (s == null) {
      return null;
    }
    boolean own = s.described() || "description".equals(s.via()) && s.name() != null;
    return SpeakerNames.clean(own ? s.name() : entities.get(s.entity()).name());
  }

  /** The entity of the organisation a speaker speaks for or a document comes from, or null. */
  static Integer organization(Speaker s) {
    return s == null || s.organization() < 0 ? null : s.organization();
  }

  static String organizationName(Speaker s, List<Entity> entities) {
    Integer org = organization(s);
    return org == null ? null : SpeakerNames.clean(entities.get(org).name());
  }
}
