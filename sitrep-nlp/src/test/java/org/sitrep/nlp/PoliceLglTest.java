package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.events.PoliceEval;

/**
 * Police reporting from local news (events/police-lgl.jsonl, labelled by hand): on the half the
 * rules were tuned on, Sitrep's sentence F1 is at least a keyword list's in every class.
 */
@Tag("corenlp")
class PoliceLglTest {
  @Test
  void policeReportSentencesScoredBelowAKeywordList() throws Exception {
    Path file = Path.of(PoliceLglTest.class.getResource("/events/police-lgl.jsonl").toURI());
    PoliceEval.Summary s = new PoliceEval(Annotator.pipeline()).run(file);
    PoliceEval.Half a = s.halves().get("A");
    assertEquals(245, a.sentences());
    for (String c : PoliceEval.CLASSES) {
      double sitrep = a.sitrep().get(c).f1();
      double keywords = a.keywords().get(c).f1();
      assertTrue(a.sitrep().get(c).gold() > 0, c);
      assertTrue(sitrep >= keywords, c + ": Sitrep F1 " + sitrep + " < keyword list " + keywords);
    }
  }
}
