package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void detectsCommonNewsLanguages() {
    assertEquals("en", Language.detect("The minister said on Tuesday that the talks with the "
        + "union had failed and that a strike was likely."));
    assertEquals("de", Language.detect("Der Minister sagte am Dienstag, dass die Gespräche mit "
        + "der Gewerkschaft gescheitert sind und ein Streik wahrscheinlich ist."));
    assertEquals("fr", Language.detect("Le ministre a déclaré mardi que les discussions avec le "
        + "syndicat avaient échoué et qu'une grève était probable."));
    assertEquals("es", Language.detect("El ministro dijo el martes que las conversaciones con el "
        + "sindicato habían fracasado y que una huelga era probable."));
    assertEquals("ar", Language.detect("قال الوزير يوم الثلاثاء إن المحادثات مع النقابة فشلت"));
    assertEquals("ru", Language.detect("Министр заявил во вторник, что переговоры провалились."));
    assertEquals("zh", Language.detect("部长周二表示，与工会的谈判已经失败。"));
  }

  @Test
  void tooLittleTextIsUndetermined() {
    assertEquals("und", Language.detect(""));
    assertEquals("und", Language.detect("12345 67890"));
    assertEquals("und", Language.detect("Xqzt vrbl"));
  }
}
