package org.sitrep.extract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.html.HtmlExtractor;
import org.sitrep.extract.html.MetadataReader;
import org.sitrep.extract.html.PageMetadata;
import org.sitrep.extract.text.Draft;
import org.sitrep.extract.text.QuoteRepairRule;
import org.sitrep.extract.text.ScrapedTextExtractor;
import org.sitrep.extract.text.ServerErrorRule;
import org.sitrep.model.Article;
import org.sitrep.model.Ids;
import org.sitrep.model.Published;
import org.sitrep.model.RawPage;
import org.sitrep.model.Urls;
import org.sitrep.model.Warning;

/**
 * A {@link RawPage} to a clean {@link Article}: sniff what the bytes are, decode them, then run
 * the HTML or the scraped-text path. Thread-safe: it holds no per-page state.
 */
public final class Extractor {
  private final HtmlExtractor html;
  private final ScrapedTextExtractor text = new ScrapedTextExtractor();
  private final ServerErrorRule serverErrors = new ServerErrorRule();
  private final QuoteRepairRule quotes = new QuoteRepairRule();
  /** How sure the detector must be to overrule a page's declared language. */
  private static final double MISMATCH = 0.95;
  /** Letters of body text the detector must have before it overrules a declaration: a sentence. */
  private static final int MISMATCH_LETTERS = 80;
  /** Warnings kept per code; the rest are counted in one more. */
  private static final int MAX_WARNINGS_PER_CODE = 10;
  /** A body with fewer letters than this is not prose (a run of punctuation, a table of digits). */
  private static final int MIN_LETTERS = 20;
  private static final double MIN_LETTER_SHARE = 0.2;

  public Extractor() {
    this(Instant.now());
  }

  /** {@code now} bounds plausible publication dates (nothing is published in the future). */
  public Extractor(Instant now) {
    this.html = new HtmlExtractor(now);
  }

  /**
   * The article of {@code page}; a {@link NotAnArticleException} (a subclass) when the page is
   * another kind of document, an {@link ExtractionException} when it cannot be read.
   */
  public Article extract(RawPage page) throws ExtractionException {
    page = narrow(page);
    byte[] b = page.content();
    ContentKind kind = ContentKind.of(b);
    int nuls = kind == ContentKind.BINARY || kind == ContentKind.EMPTY ? 0
        : ContentKind.strayNuls(b);
    if (nuls < 0) {
      kind = ContentKind.BINARY; // a text head over a binary body
    }
    switch (kind) {
      case EMPTY -> throw new ExtractionException("detect", "empty document");
      case MARKDOWN -> throw new NotAnArticleException("Markdown");
      case BINARY -> {
        String format = ContentKind.binaryFormat(b);
        throw new ExtractionException("detect", "binary content, not a web page"
            + (format == null ? "" : " (" + format + ")"));
      }
      default -> { }
    }
    Warning strayNuls = null;
    if (nuls > 0) {
      b = ContentKind.withoutNuls(b);
      strayNuls = new Warning("nul-bytes", "dropped " + nuls + " stray NUL byte"
          + (nuls == 1 ? "" : "s") + " from the text");
    }
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8);
    String other = Documents.notAnArticle(head, kind == ContentKind.HTML);
    if (other != null) {
      throw new NotAnArticleException(other);
    }
    Charsets.Decoded decoded = Charsets.decode(b, page.contentType(), kind == ContentKind.HTML);
    Warning mismatch = null;
    boolean declared = !"detected".equals(decoded.rule());
    boolean replaced = decoded.text().indexOf('\uFFFD') >= 0
        && replacementShare(decoded.text()) > 0.001;
    // EBCDIC or UTF-16 declared over bytes that read as ASCII or UTF-8: decoding as declared
    // gives mojibake without a single replacement character.
    boolean incompatible = declared && !Charsets.asciiCompatible(decoded.charset())
        && Charsets.strictUtf8(b) != null;
    if (declared && (replaced || incompatible)) {
      // The page lied about its charset (a template says UTF-8, the CMS wrote Latin-1):
      // read it as the bytes say, and tell the user.
      Charsets.Decoded detected = Charsets.detect(b);
      mismatch = new Warning("charset-mismatch", "declared " + decoded.charset().name()
          + " (" + decoded.rule() + ") but the bytes are not; read as "
          + detected.charset().name());
      decoded = detected;
    }
    Article a = kind == ContentKind.HTML ? fromHtml(page, decoded.text())
        : fromText(page, decoded.text());
    if (mismatch != null) {
      a = a.withWarning(mismatch);
    }
    if (strayNuls != null) {
      a = a.withWarning(strayNuls);
    }
    if (a.text().isBlank()) {
      throw new ExtractionException("extract", kind == ContentKind.HTML
          ? "no article text found in the page" : "no article text left after cleaning");
    }
    int letters = Language.letters(a.text(), Integer.MAX_VALUE);
    if (letters < MIN_LETTERS || letters < a.text().length() * MIN_LETTER_SHARE) {
      throw new ExtractionException("extract", "no article text: hardly any letters (" + letters
          + " in " + a.text().length() + " characters)");
    }
    return a.withWarningsBounded(MAX_WARNINGS_PER_CODE);
  }

  private Article fromHtml(RawPage page, String decoded) {
    HtmlExtractor.Result r = html.extract(decoded, page.url());
    PageMetadata m = r.meta();
    // The body goes through the same quote and leaked-error rules as scraped text.
    Draft d = new Draft(r.paragraphs());
    d.warnings().addAll(r.warnings());
    serverErrors.apply(d);
    quotes.apply(d);
    String body = ScrapedTextExtractor.body(d);
    Map<String, String> prov = new LinkedHashMap<>(m.provenance());
    prov.put("text", r.strategy());
    String url = m.url() != null ? m.url() : page.url();
    if (m.rejectedUrl() != null) {
      d.warnings().add(new Warning("bad-url", "the page names its URL '"
          + abbreviate(m.rejectedUrl()) + "', which is not http(s): ignored"));
    }
    String declared = normaliseLanguage(m.language());
    String language = declared;
    Language.Guess guess = Language.guess(body);
    if (declared == null) {
      language = guess.probability() >= Language.CONFIDENT ? guess.code() : "und";
      prov.put("language", "detected");
    } else if (!guess.code().equals(declared) && !guess.code().equals("und")
        && guess.probability() >= MISMATCH
        && Language.letters(body, MISMATCH_LETTERS) >= MISMATCH_LETTERS) {
      // Templates declare one language for a whole site; the text is the better witness.
      language = guess.code();
      prov.put("language", "detected");
      d.warnings().add(new Warning("language-mismatch", "page declares '" + declared
          + "' but its text is '" + guess.code() + "'"));
    }
    prov.remove("description");
    Lead.Chosen lead = Lead.of(m.description(), m.title(), body);
    if (lead != null) {
      prov.put("lead", lead.source());
    }
    return new Article(Article.SCHEMA_VERSION, Ids.of(url, body), page.source(), url,
        page.url(), m.site(), m.title(), m.section(), m.byline(), m.credit(),
        lead == null ? null : lead.text(), m.image(), Published.parse(m.published()),
        fetched(page), language, body, d.warnings(), prov, null);
  }

  private Article fromText(RawPage page, String decoded) {
    Draft d = text.extract(decoded);
    String body = ScrapedTextExtractor.body(d);
    Map<String, String> prov = new LinkedHashMap<>(d.provenance());
    prov.put("text", "scraped-text");
    prov.put("language", "detected");
    String site = page.url() == null ? d.site() : Urls.host(page.url());
    List<Warning> warnings = new ArrayList<>(d.warnings());
    List<String> byline = d.byline().stream().map(PageMetadata::clean).toList();
    String lead = Lead.firstParagraph(body);
    if (lead != null) {
      prov.put("lead", "text");
    }
    return new Article(Article.SCHEMA_VERSION, Ids.of(page.url(), body), page.source(),
        page.url(), page.url(), PageMetadata.clean(site), PageMetadata.clean(d.title()),
        PageMetadata.clean(d.section()), byline, PageMetadata.clean(d.credit()), lead, null, null,
        fetched(page), Language.detect(body), body, warnings, prov, null);
  }

  /**
   * A UTF-16 or UTF-32 page re-encoded as UTF-8 and declared so (the transport's charset beats a
   * {@code <meta charset>} that still says UTF-16); other pages as they are.
   */
  static RawPage narrow(RawPage page) {
    WideCharsets.Wide w = WideCharsets.detect(page.content());
    if (w == null) {
      return page;
    }
    String text = WideCharsets.decode(page.content(), w);
    String type = page.contentType() == null ? "text/html" : page.contentType().replaceAll(
        "(?i);\\s*charset\\s*=[^;]*", "");
    return new RawPage(page.source(), page.url(), text.getBytes(StandardCharsets.UTF_8),
        type + "; charset=utf-8", page.fetched(), page.headers());
  }

  private static String fetched(RawPage page) {
    return page.fetched() == null ? null : page.fetched().toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  /** "en-US", "en_GB" and "en" all become "en". */
  static String normaliseLanguage(String lang) {
    if (lang == null || lang.isBlank()) {
      return null;
    }
    String l = lang.strip().toLowerCase(java.util.Locale.ROOT);
    int cut = l.indexOf('-') > 0 ? l.indexOf('-') : l.indexOf('_');
    l = cut > 0 ? l.substring(0, cut) : l;
    return l.matches("[a-z]{2,3}") ? l : null;
  }

  private static double replacementShare(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\uFFFD') {
        n++;
      }
    }
    return (double) n / Math.max(1, s.length());
  }
}
