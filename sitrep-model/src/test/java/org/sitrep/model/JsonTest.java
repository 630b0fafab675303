package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void articleRoundTripsAndOmitsAbsentFields() {
    Article a = new Article(Article.SCHEMA_VERSION, "id1", "x.txt", null, null, "Title", null,
        List.of("Jane Doe"), null, null, null, "en", "Body.", List.of(new Warning("w", "m")),
        Map.of("title", "text"), null);
    String json = Json.line(a);
    assertFalse(json.contains("section"), "absent fields are left out, not empty");
    assertEquals(a, Json.read(json, Article.class));
  }

  @Test
  void failureHasErrorObject() {
    String json = Json.line(Failure.of("id", "a.bin", "detect", "binary content (PDF)"));
    assertEquals("{\"schemaVersion\":1,\"id\":\"id\",\"source\":\"a.bin\",\"error\":"
        + "{\"stage\":\"detect\",\"reason\":\"binary content (PDF)\"}}", json);
    assertEquals("detect: binary content",
        Failure.of("id", "a", "detect", "binary content (PDF)").kind());
  }

  @Test
  void idsAreStableAndPreferTheUrl() {
    assertEquals(Ids.of("https://a/b", "x"), Ids.of("https://a/b", "y"));
    assertEquals(Ids.of(null, "body"), Ids.of("", "body"));
    assertNotEquals(Ids.of(null, "body"), Ids.of(null, "other body"));
  }
}
