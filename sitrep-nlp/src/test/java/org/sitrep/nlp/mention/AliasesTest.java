package org.sitrep.nlp.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Name keys and the bundled aliases (no CoreNLP). */
class AliasesTest {
  @Test
  void transliterationVariantsShareAKey() {
    assertEquals(Aliases.key("Raqqa"), Aliases.key("Al-Raqqah"));
    assertEquals(Aliases.key("Raqqa"), Aliases.key("ar-Raqqa"));
    assertEquals(Aliases.key("Deir ez-Zor"), Aliases.key("Deir al-Zor"));
    assertEquals(Aliases.key("Deir ez-Zor"), Aliases.key("Deir Ezzor".replace("Ezzor", "ez Zor")));
    assertFalse(Aliases.key("Alabama").equals(Aliases.key("Abama")), "al- only as a prefix word");
  }

  @Test
  void bundledAliasesKnowTheNamesNoRuleCanMerge() {
    assertEquals("Islamic State", Aliases.bundled().lookup("ISIS").canonical());
    assertEquals("Islamic State", Aliases.bundled().lookup("Daesh").canonical());
    assertEquals("Islamic State", Aliases.bundled().lookup("IS").canonical());
    assertNull(Aliases.bundled().lookup("is"), "the word 'is' is not the group");
    assertEquals("Palmyra", Aliases.bundled().lookup("Tadmur").canonical());
  }

  @Test
  void javaFoldsNamesLikeTheGazetteerScript() throws Exception {
    // scripts/build-gazetteer.py stores towns' alternate names as keys it folded itself.
    java.io.InputStream in = getClass().getResourceAsStream("/org/sitrep/nlp/geo/keys-check.tsv");
    int checked = 0;
    int differ = 0;
    for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
        .split("\n")) {
      String[] f = line.split("\t", -1);
      if (f.length == 2 && !f[1].isEmpty()) {
        checked++;
        if (!Aliases.key(f[0]).equals(f[1])) {
          differ++;
        }
      }
    }
    assertTrue(checked > 2000, "checked " + checked);
    assertEquals(0, differ, differ + " of " + checked + " names fold differently");
  }
}
