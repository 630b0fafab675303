package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

/**
 * An English body under {@code <html lang="fr">} was taken as French with no warning (and so
 * left unannotated), while the reverse case was caught: the detector, when sure, wins both ways.
 */
class DeclaredLanguageOverDetectedTest {
  private static Article page(String lang, String paragraphs) throws Exception {
    String html = "<html lang=\"" + lang + "\"><head><title>Talks</title></head><body><article>"
        + paragraphs + "</article></body></html>";
    return new Extractor().extract(RawPage.ofBytes("p.html", html.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertMismatch(Article a) {
    assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("language-mismatch")),
        a.warnings().toString());
    assertEquals("detected", a.provenance().get("language"));
  }

  @Test
  void anEnglishBodyDeclaredFrenchIsEnglish() throws Exception {
    Article a = page("fr", "<p>The minister said on Tuesday that talks with the union had failed"
        + " and a strike was likely, according to officials in the capital.</p>"
        + "<p>Workers at the port walked out last week.</p>");
    assertEquals("en", a.language());
    assertMismatch(a);
  }

  @Test
  void aFrenchBodyDeclaredEnglishIsFrench() throws Exception {
    Article a = page("en", "<p>Le ministre a déclaré mardi que les discussions avec le syndicat"
        + " avaient échoué et qu'une grève était probable, selon des responsables.</p>"
        + "<p>Les ouvriers du port ont cessé le travail la semaine dernière.</p>");
    assertEquals("fr", a.language());
    assertMismatch(a);
  }

  @Test
  void anAgreeingDeclarationStandsWithoutWarning() throws Exception {
    Article a = page("en-GB", "<p>The minister said on Tuesday that talks with the union had"
        + " failed and a strike was likely, according to officials in the capital.</p>");
    assertEquals("en", a.language());
    assertTrue(a.warnings().stream().noneMatch(w -> w.code().equals("language-mismatch")));
  }
}
