package org.sitrep.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerErrorRuleTest {
  private final ServerErrorRule rule = new ServerErrorRule();

  private Draft run(String... paragraphs) {
    Draft d = new Draft(List.of(paragraphs));
    rule.apply(d);
    return d;
  }

  @Test
  void removesThePhpWarningLeakedByTheSeedPageTheme() {
    // Verbatim from the seed page (worldnews77.com, Newsmag theme).
    Draft d = run("the Russian ministry said in its statement.",
        "Warning: A non-numeric value encountered in /home/admin/web/worldnews77.com/public_html/"
            + "wp-content/themes/Newsmag/includes/wp_booster/td_block.php on line 353");
    assertEquals(List.of("the Russian ministry said in its statement."), d.paragraphs());
    assertEquals("server-error-removed", d.warnings().get(0).code());
    assertEquals("worldnews77.com", d.site(), "the hosting path names the site");
  }

  @Test
  void removesInlineNoticeAndKeepsTheSurroundingText() {
    // A WordPress notice as scrapers capture it, glued into the first paragraph.
    Draft d = run("Notice: Undefined index: td_social_networks in /var/www/html/wp-content/themes/"
        + "Newspaper/includes/wp_booster/td_util.php on line 1024 The council voted on Tuesday to "
        + "close the bridge.");
    assertEquals(List.of("The council voted on Tuesday to close the bridge."), d.paragraphs());
  }

  @Test
  void removesDeprecatedAndFatalErrorsWithWindowsPaths() {
    Draft d = run("Deprecated: Function create_function() is deprecated in "
            + "C:\\inetpub\\wwwroot\\wp-includes\\pomo\\translations.php on line 208",
        "PHP Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate "
            + "20480 bytes) in /srv/www/site/wp-includes/class-wp-query.php on line 3173",
        "Officials said the road would reopen on Friday.");
    assertEquals(List.of("Officials said the road would reopen on Friday."), d.paragraphs());
    assertEquals(2, d.warnings().size());
  }

  @Test
  void removesJavaAndPythonStackTraces() {
    Draft d = run("""
        java.lang.NullPointerException: Cannot invoke "String.length()"
        \tat com.example.news.ArticleServlet.doGet(ArticleServlet.java:57)
        \tat javax.servlet.http.HttpServlet.service(HttpServlet.java:634)
        \t... 23 more""",
        """
        Traceback (most recent call last):
          File "/app/render.py", line 12, in <module>""",
        "The minister resigned on Sunday.");
    assertEquals(List.of("The minister resigned on Sunday."), d.paragraphs());
  }

  @Test
  void removesAspNetErrorPageLines() {
    Draft d = run("""
        Server Error in '/' Application.
        Description: An unhandled exception occurred during the execution of the current web request.
        Exception Details: System.NullReferenceException: Object reference not set to an instance of an object.
        Version Information: Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4330.0""",
        "Rain is expected across the region.");
    assertEquals(List.of("Rain is expected across the region."), d.paragraphs());
  }

  @Test
  void leavesNewsAboutWarningsAlone() {
    Draft d = run("Warning: the storm will reach the coast on line with forecasts, officials said.",
        "The Met Office issued a Warning: Heavy rain in the north.");
    assertEquals(2, d.paragraphs().size());
    assertTrue(d.warnings().isEmpty());
    assertFalse(d.paragraphs().get(0).isEmpty());
  }
}
