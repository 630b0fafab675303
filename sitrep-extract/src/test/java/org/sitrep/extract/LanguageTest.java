package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawPage;

class LanguageTest {
  /** One news sentence per language (written for this test). */
  static final String[][] SENTENCES = {
      {"pl", "Premier zapowiedział w poniedziałek, że rząd przedstawi nowy projekt budżetu jeszcze przed końcem miesiąca."},
      {"tr", "Bakan salı günü yaptığı açıklamada, sendikayla yapılan görüşmelerin başarısız olduğunu söyledi."},
      {"sv", "Regeringen meddelade på tisdagen att förhandlingarna med facket hade misslyckats och att en strejk var trolig."},
      {"id", "Menteri mengatakan pada hari Selasa bahwa pembicaraan dengan serikat pekerja telah gagal."},
      {"ar", "قال الوزير يوم الثلاثاء إن المحادثات مع النقابة فشلت وإن الإضراب بات مرجحا."},
      {"ru", "Министр заявил во вторник, что переговоры с профсоюзом провалились и забастовка вероятна."},
      {"zh", "部长周二表示，与工会的谈判已经失败，罢工可能发生。"},
      {"fa", "وزیر روز سه‌شنبه گفت که مذاکرات با اتحادیه شکست خورده و احتمال اعتصاب وجود دارد."},
      {"uk", "Міністр заявив у вівторок, що переговори з профспілкою провалилися і страйк імовірний."},
      {"he", "השר אמר ביום שלישי כי השיחות עם האיגוד נכשלו וכי שביתה צפויה."},
      {"en", "The minister said on Tuesday that talks with the union had failed and a strike was likely."},
      {"de", "Der Minister sagte am Dienstag, die Gespräche mit der Gewerkschaft seien gescheitert."},
      {"fr", "Le ministre a déclaré mardi que les discussions avec le syndicat avaient échoué."},
      {"es", "El ministro dijo el martes que las conversaciones con el sindicato habían fracasado."},
      {"it", "Il ministro ha detto martedì che i colloqui con il sindacato sono falliti."},
      {"pt", "O ministro disse na terça-feira que as negociações com o sindicato fracassaram."},
      {"nl", "De minister zei dinsdag dat de gesprekken met de vakbond waren mislukt."},
      {"fi", "Ministeri sanoi tiistaina, että neuvottelut ammattiliiton kanssa olivat epäonnistuneet."},
      {"cs", "Ministr v úterý uvedl, že jednání s odbory selhala a stávka je pravděpodobná."},
      {"el", "Ο υπουργός δήλωσε την Τρίτη ότι οι συνομιλίες με το συνδικάτο απέτυχαν."},
      {"hi", "मंत्री ने मंगलवार को कहा कि संघ के साथ बातचीत विफल हो गई है।"},
      {"ja", "大臣は火曜日、労働組合との交渉が失敗したと述べた。"},
      {"ko", "장관은 화요일 노조와의 협상이 실패했다고 말했다."},
  };

  @Test
  void identifiesOneNewsSentencePerLanguage() {
    for (String[] s : SENTENCES) {
      assertEquals(s[0], Language.detect(s[1]), s[1]);
    }
  }

  @Test
  void tooLittleTextIsUndetermined() {
    assertEquals("und", Language.detect(""));
    assertEquals("und", Language.detect("12345 67890"));
    assertEquals("und", Language.detect("Xqzt"));
  }

  @Test
  void theTextOverrulesATemplatesDeclaredLanguage() throws Exception {
    String body = ("<p>" + SENTENCES[0][1] + " " + SENTENCES[0][1] + "</p>").repeat(3);
    String html = "<html lang=\"en\"><head><title>Budżet</title></head><body><article>" + body
        + "</article></body></html>";
    Article a = new Extractor().extract(RawPage.ofBytes("p.html",
        html.getBytes(StandardCharsets.UTF_8)));
    assertEquals("pl", a.language());
    assertEquals("detected", a.provenance().get("language"));
    assertEquals("language-mismatch", a.warnings().get(a.warnings().size() - 1).code());
  }
}
