package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lead and image fields: written when known, and JSON written before them still reads. */
class ArticleLeadImageJsonTest {
  @Test
  void storedJsonWithoutLeadOrImageStillReads_withThemNull() {
    Article a = Json.read("{\"schemaVersion\":1,\"id\":\"x\",\"source\":\"x.txt\",\"title\":\"T\","
        + "\"credit\":\"AP\",\"language\":\"en\",\"text\":\"Body.\"}", Article.class);
    assertNull(a.lead());
    assertNull(a.image());
    assertEquals("AP", a.credit());
    assertFalse(Json.line(a).contains("lead"), "absent values are left out");
  }

  @Test
  void leadAndImageSurviveEveryCopyAndTheRoundTrip() {
    Article a = new Article(Article.SCHEMA_VERSION, "x", "x.html", "https://e.example/a", null,
        "e.example", "T", null, List.of(), null, "First.", "https://e.example/i.jpg", null, null,
        "en", "First.\n\nSecond.", List.of(), Map.of(), null);
    Article b = a.withoutText().withText("First.").withWarning(new Warning("w", "m"))
        .withFeedHints("F", null, List.of()).withPage("https://e.example/b", "e", "T", null)
        .withLayers(Layers.EMPTY);
    assertEquals("First.", b.lead());
    assertEquals("https://e.example/i.jpg", b.image());
    Article back = Json.read(Json.line(a), Article.class);
    assertEquals(a, back);
  }
}
