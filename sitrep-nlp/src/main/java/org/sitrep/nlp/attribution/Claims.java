package org.sitrep.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Claim;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;
import org.sitrep.nlp.doc.Parse;
import org.sitrep.nlp.mention.Lexicon;

/**
 * Claims: reported speech that is not a quotation, with its claimant — the clause a reporting
 * verb introduces ({@link VerbClaims}), the clause "according to X" attaches to, and what a
 * headline claims for the name before its colon or after its comma ({@link HeadlineClaims}).
 */
final class Claims {
  private final Speech speech;
  private final Doc doc;
  private final HeadlineClaims headlines;
  private final VerbClaims verbs;
  private final Described described;

  Claims(Speech speech) {
    this.speech = speech;
    this.doc = speech.doc;
    this.headlines = new HeadlineClaims(speech, this);
    this.verbs = new VerbClaims(speech, this);
    this.described = new Described(speech);
  }

  /**
   * Every claim of the article: the clause a reporting verb introduces ("X said [that] …",
   * "…, X said", "…, X said, …"), with the verb's subject as claimant, and the clause an
   * "according to X" attaches to; none that is mostly a quotation (the quotes layer holds it)
   * or has no claimant, named or described. Only sentences that hold such a cue are parsed.
   */
  public List<Claim> claims() {
    List<Claim> out = new ArrayList<>();
    for (int s = 0; s < doc.sentences.size(); s++) {
      Span sentence = doc.sentences.get(s);
      if (sentence.end() - sentence.start() > 1500) {
        continue;
      }
      Claim headline = headlines.colonClaim(sentence, s == 0);
      if (headline == null && s == 0) {
        headline = headlines.saysHeadline(sentence);
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
        if (!speech.quoted[i] && (Cues.speechCue(doc, i) || Cues.learnt(doc, i)
            || Cues.reporting(doc, i))) {
          cues.add(i);
        }
      }
      if (cues.isEmpty()) {
        continue;
      }
      Parse p = speech.parse(s);
      for (int v : cues) {
        Claim c = doc.lower(v).equals("according") ? accordingClaim(p, v, sentence)
            : verbs.verbClaim(p, v);
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
    List<Claim> kept = new ArrayList<>();
    for (Claim c : out) {
      boolean inside = out.stream().anyMatch(o -> o != c
          && o.span().start() <= c.cue().start() && c.cue().end() <= o.span().end());
      boolean nested = inside
          && (!ownClaimant(c) || !Cues.speechCue(doc, doc.tokenAt(c.cue().start())));
      if (!nested && c.claimantName() != null) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * A claimant named, a person described ("the senator told it") or a description or document
   * with its organisation ("a statement from the ministry said"), not "sources".
   */
  private boolean ownClaimant(Claim c) {
    if (c.claimant() != null || c.organization() != null) {
      return true;
    }
    Span own = c.claimantSpan();
    return own != null && speech.mentions.stream().anyMatch(m -> m.entity() != null
        && "PERSON".equals(m.type()) && m.span().start() >= own.start()
        && m.span().end() <= own.end());
  }

  /**
   * Whether claims cued by this word were rarely right on PolNeAR's train split ("released a
   * letter …", "appears to …"): see {@link Lexicon#CLAIM_PRECISION}.
   */
  private boolean rarelyRight(Claim c) {
    Double p = Lexicon.CLAIM_PRECISION.get(doc.text.substring(c.cue().start(), c.cue().end())
        .toLowerCase(java.util.Locale.ROOT));
    return p != null && p < Cues.minClaimPrecision();
  }

  private Claim accordingClaim(Parse p, int according, Span sentence) {
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
    Speaker sp = speech.syntax.speakerAt(p, x, according);
    Span cue = new Span(doc.start(according), doc.end(Math.min(doc.size() - 1, according + 1)));
    return claim(span, sp, cue);
  }

  Claim claim(Span span, Speaker sp, Span cue) {
    String content = doc.text.substring(span.start(), span.end()).strip();
    while (!content.isEmpty() && ",.;:".indexOf(content.charAt(content.length() - 1)) >= 0) {
      content = content.substring(0, content.length() - 1).strip();
    }
    sp = described.refine(sp);
    Integer who = sp == null || sp.described() ? null : sp.entity();
    return new Claim(span, content, who, QuoteStage.speakerName(sp, speech.entities),
        sp == null ? null : sp.mention(), cue,
        sp == null ? null : sp.attribution(), sp == null ? null : sp.via(),
        QuoteStage.organization(sp), QuoteStage.organizationName(sp, speech.entities),
        Confidence.claim(sp));
  }

  /** Whether most of token {@code t}'s phrase is inside quotation marks. */
  boolean mostlyQuoted(Parse p, int t) {
    int[] sub = p.subtree(t);
    return mostlyQuoted(new Span(doc.start(sub[0]), doc.end(sub[1])));
  }

  /** Whether more than half of {@code span}'s characters are inside quotation marks. */
  boolean mostlyQuoted(Span span) {
    return quotedShare(span) > 0.5;
  }

  /** The share of a span's characters inside quotation marks. */
  private double quotedShare(Span span) {
    int in = 0;
    for (Span q : speech.quotes) {
      in += Math.max(0, Math.min(q.end(), span.end()) - Math.max(q.start(), span.start()));
    }
    return span.length() == 0 ? 0 : (double) in / span.length();
  }
}
