package org.sitrep.nlp;

import org.sitrep.nlp.mention.EntityStage;
import org.sitrep.nlp.mention.MentionStage;
import org.sitrep.nlp.attribution.QuoteStage;
import org.sitrep.nlp.tokens.TokenStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Failure;
import org.sitrep.model.Layer;
import org.sitrep.model.Pipeline;
import org.sitrep.model.Quote;
import org.sitrep.model.RawPage;
import org.sitrep.model.Span;

/**
 * Scraped text the quotes stage must survive: mis-decoded punctuation, characters outside the
 * BMP, invisible and control characters, and names that end the article. Each document gets
 * its quotes and claims layers, with spans inside its text.
 */
@Tag("corenlp")
class QuoteRobustnessTest {
  /** The stages up to quotes (CoreNLP's models are loaded once per JVM and shared). */
  private static final Pipeline UP_TO_QUOTES = new Pipeline(List.of(new TokenStage(),
      new MentionStage(), new EntityStage(), new QuoteStage()));

  private static Article annotated(Object out) {
    if (out instanceof Failure f) {
      fail("annotation failed in " + f.error().stage() + ": " + f.error().reason());
    }
    Article a = (Article) out;
    assertTrue(a.layers().has(Layer.QUOTES) && a.layers().has(Layer.CLAIMS),
        "quotes and claims layers present");
    return a;
  }

  /** Every quote's and claim's spans lie inside the text, and a quote's text is inside it. */
  private static void spansInside(Article a, String label) {
    int n = a.text().length();
    for (Quote q : a.layers().quotes()) {
      for (Span s : new Span[] {q.span(), q.attribution(), q.speakerSpan()}) {
        assertTrue(s == null || 0 <= s.start() && s.start() <= s.end() && s.end() <= n,
            label + ": quote span " + s + " outside text of " + n);
      }
      assertTrue(q.span().of(a.text()).contains(q.text()), label + ": " + q);
    }
    for (Claim c : a.layers().claims()) {
      for (Span s : new Span[] {c.span(), c.cue(), c.attribution(), c.claimantSpan()}) {
        assertTrue(s == null || 0 <= s.start() && s.start() <= s.end() && s.end() <= n,
            label + ": claim span " + s + " outside text of " + n);
      }
    }
  }

  /**
   * The field report's fixture (see src/test/resources/README.md): a footer of mis-decoded
   * punctuation, and the article ending in the share buttons "Facebook Twitter Linkedin Mail",
   * which the recogniser reads as one organisation.
   */
  @Test
  void mojibakePunctuationDoesNotCrashTheQuotesStage() throws Exception {
    Article extracted;
    try (InputStream in = getClass().getResourceAsStream("/robustness/mojibake-footer.txt")) {
      extracted = new Extractor(Instant.parse("2026-01-01T00:00:00Z"))
          .extract(RawPage.ofBytes("mojibake-footer.txt", in.readAllBytes()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertTrue(extracted.text().contains("â€™"), "the fixture keeps its mojibake");
    Article a = annotated(Annotator.pipeline().run(extracted));
    spansInside(a, "fixture");
    assertTrue(a.layers().quotes().isEmpty(), "the fixture has no quotation marks");
    assertTrue(a.layers().claims().stream().anyMatch(c -> c.cue().of(a.text()).equals("said")),
        "claims of 'officials said …' are found: " + a.layers().claims());
    assertFalse(a.layers().entities().isEmpty(), "earlier layers kept");
  }

  /**
   * The cause: a sentence opening with a name was read as "Name: claim" by looking at the token
   * after the name, which does not exist when the name ends the article.
   */
  @Test
  void aNameEndingTheArticleDoesNotCrashTheQuotesStage() {
    String body = "The minister met party leaders on Monday. “We will hold early elections,” "
        + "she said.\n\n";
    for (String end : List.of("Facebook Twitter Linkedin Mail", "Narendra Modi", "Reuters",
        "Narendra Modi:", "Narendra Modi: no")) {
      Article a = annotated(UP_TO_QUOTES.run(Article.ofText("t", "t", body + end, "en")));
      spansInside(a, end);
      assertEquals("We will hold early elections,", Annotated.quote(a, "We will").text(), end);
    }
  }

  /** UTF-8 text decoded as Windows-1252, as scraped pages often are ("’" reads "â€™"). */
  private static String mojibake(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
  }

  /**
   * Character sequences scraped text holds, each a single string to insert: mis-decoded
   * punctuation (that of the dashes holds a curly quotation mark: "—" reads "â€”"), characters
   * outside the BMP (surrogate pairs, a skin-tone modifier), combining marks (one alone, one on
   * a quotation mark), invisible and control characters.
   */
  private static final List<String> ODD = Stream.concat(
      Stream.of("’", "‘", "“", "”", "—", "–", "…", "é", "\u00A0", "€", "’’")
          .map(QuoteRobustnessTest::mojibake),
      Stream.of(mojibake(mojibake("’")), "😀", "👍🏽", "𝐁𝐨𝐥𝐝", "e\u0301", "\u0301", "“\u0301",
          "\uFEFF", "\u2028", "\u2029", "\u0000", "\u0085", "\u009d", "\u200B", "\u200D",
          "\r\n", "\uFFFD", "\t")).toList();

  /**
   * Each sequence inserted at the start, the end, inside words, before every space, inside
   * the quotation and after a name that ends the article: every document gets its layers.
   */
  @Test
  void unusualCharactersDoNotCrashTheQuotesStage() {
    String base = "The minister met party leaders on Monday. “We will hold early elections,” "
        + "she said.\n\nOfficials said the police had registered cases against two channels.\n\n"
        + "Rahul Gandhi: the party will contest every seat.\n\n";
    int documents = 0;
    for (String odd : ODD) {
      List<String> variants = new ArrayList<>();
      variants.add(odd + base);
      variants.add(base + odd);
      variants.add(base.replace("ar", "a" + odd + "r"));
      variants.add(base.replace(" ", odd + " "));
      variants.add(base.replace("“We", "“" + odd + "We").replace(",”", odd + ",”"));
      variants.add(base + "Facebook Twitter Linkedin Mail" + odd);
      variants.add(base + odd + "Facebook Twitter" + odd + " said: “" + odd);
      for (String text : variants) {
        String label = "variant with U+" + Integer.toHexString(odd.codePointAt(0)) + " "
            + odd.length() + " chars: " + text.replace("\n", "|");
        Article a = annotated(UP_TO_QUOTES.run(Article.ofText("t", "t", text, "en")));
        spansInside(a, label);
        // A quotation mark in the inserted sequence may pair with the article's own.
        boolean marks = odd.chars().anyMatch(c -> c == '“' || c == '”' || c == '"');
        assertTrue(marks || a.layers().quotes().stream()
                .anyMatch(q -> q.text().replace(odd, "").contains("will hold")),
            label + ": the quotation is found: " + a.layers().quotes());
        documents++;
      }
    }
    assertEquals(ODD.size() * 7, documents);
  }
}
