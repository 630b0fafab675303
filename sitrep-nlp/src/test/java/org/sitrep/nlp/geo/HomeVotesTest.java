package org.sitrep.nlp.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** Only readings the article supports vote for the outlet's home. */
class HomeVotesTest {
  private final Gazetteer g = Gazetteer.bundled();

  @Test
  void aReadingByItsSizeAloneDoesNotVote() {
    Target dublin = GeoTagged.target(GeoTagged.resolved(GeoTagged.article(
        "Police/NNS in/IN Dublin/NNP/LOCATION said/VBD/O/say so/RB ./.")), "Dublin");
    assertTrue(dublin.best >= 0);
    assertFalse(HomeVotes.supported(g, dublin));
  }

  @Test
  void aReadingItsContainerSupportsVotes() {
    Target dublin = GeoTagged.target(GeoTagged.resolved(GeoTagged.article(
        "Police/NNS in/IN Dublin/NNP/LOCATION ,/, Ohio/NNP/LOCATION said/VBD/O/say so/RB ./.")),
        "Dublin");
    assertTrue(dublin.best >= 0 && g.cc(dublin.best).equals("US"));
    assertTrue(HomeVotes.supported(g, dublin));
  }

  @Test
  void anUnreadNameDoesNotVote() {
    Target t = Target.named(g, "Zqxville", "toponym", new int[0]);
    assertFalse(HomeVotes.supported(g, t));
  }
}
