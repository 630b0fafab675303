package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private static final String A = "Islamic State militants used a break in the US-led "
      + "coalition's advance against them in Raqqa to launch offensive in Palmyra, while counting "
      + "on the fact that Russia will not conduct airstrikes on residential areas, the Russian "
      + "Defense Ministry said, adding that the setback shows that terrorists should not be given "
      + "the opportunity to regroup.";

  @Test
  void similarityEstimatesJaccard() {
    assertEquals(1.0, MinHash.similarity(MinHash.signature(A), MinHash.signature(A)));
    String edited = A.replace("the setback shows", "this setback proves");
    double near = MinHash.similarity(MinHash.signature(A), MinHash.signature(edited));
    assertTrue(near > 0.6 && near < 1.0, "one edit keeps most shingles: " + near);
    double far = MinHash.similarity(MinHash.signature(A), MinHash.signature(
        "Archaeologists began a survey of the ancient city of Palmyra this week, cataloguing the "
            + "damage to the Temple of Bel and the monumental arch."));
    assertTrue(far < 0.1, "different texts: " + far);
  }

  @Test
  void identicalSignaturesShareEveryBandAndRoundTrip() {
    int[] sig = MinHash.signature(A);
    assertEquals(MinHash.bands(sig), MinHash.bands(MinHash.signature(A.toUpperCase())));
    assertArrayEquals(sig, MinHash.fromBytes(MinHash.toBytes(sig)));
    List<String> bands = new ArrayList<>(MinHash.bands(sig));
    assertEquals(MinHash.BANDS, bands.size());
  }
}
