package org.sitrep.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Fixtures;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

/** Real pages from the public article-extraction benchmark (MIT, see resources/pages). */
class HtmlExtractorTest {
  private final Extractor extractor = new Extractor(Instant.parse("2026-01-01T00:00:00Z"));

  private Article page(String id) throws ExtractionException {
    return extractor.extract(RawPage.ofBytes(id, Fixtures.bytes("pages/" + id + ".html")));
  }

  @Test
  void venturebeatReutersStory() throws ExtractionException {
    Article a = page("06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85");
    assertEquals("New York State Attorney General investigating WeWork and former CEO", a.title());
    assertEquals("2019-11-19T07:03:25Z", a.published().iso());
    assertEquals("json-ld", a.provenance().get("published"));
    assertEquals("en", a.language());
    assertTrue(a.text().startsWith("(Reuters) — The New York State Attorney General"), a.text());
    assertTrue(a.url().startsWith("https://venturebeat.com/2019/11/18/"));
  }

  @Test
  void aljazeeraStoryHasBylineAndCleanBody() throws ExtractionException {
    Article a = page("42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc");
    assertEquals(java.util.List.of("Laura Winter"), a.byline());
    assertEquals("Al Jazeera", a.site());
    assertTrue(a.text().contains("Getting to the Moon, while not easy, has been done."));
    assertFalse(a.text().contains("© 2019 Al Jazeera Media Network"));
    assertTrue(a.text().split("\n\n").length > 5);
  }

  @Test
  void nbcStoryDropsTheHeadlineFromTheBody() throws ExtractionException {
    Article a = page("5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e");
    assertEquals("House Hitler was born in will become a police station, Austria says", a.title());
    assertTrue(a.text().startsWith("VIENNA — The house where Adolf Hitler was born"), a.text());
  }

  @Test
  void deccanHeraldSectionFromJsonLd() throws ExtractionException {
    Article a = page("39d5c43beb60605c3eec760c99500e62e7bd71ebbe4ae05edf382125e1b0b80a");
    assertEquals("Beijing tariff demands may expand US-China trade deal", a.title());
    assertEquals("Economy & Business", a.section());
    assertTrue(a.text().startsWith("A \"phase one\" trade deal"), a.text());
  }

  @Test
  void albawabaStory() throws ExtractionException {
    Article a = page("833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730");
    assertEquals("World Community Lashes Out at US for No Longer Considering Israeli Settlements "
        + "Illegal", a.title());
    assertTrue(a.text().startsWith("The United States faced stiff international"), a.text());
  }
}
