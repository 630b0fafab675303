package org.sitrep.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes server errors that a site's templates leaked into the page: PHP warnings, notices and
 * fatal errors (inline or as lines), PHP/Java/Python/.NET stack traces, ASP.NET error pages and
 * WordPress database errors. Text around an inline error is kept.
 */
public final class ServerErrorRule implements CleaningRule {
  static final String CODE = "server-error-removed";

  // "Warning: foo() ... in /path/file.php on line 12" (PHP's own format, html_errors off).
  private static final Pattern PHP_INLINE = Pattern.compile(
      "(?:PHP )?(?:Warning|Notice|Fatal error|Parse error|Deprecated|Strict Standards"
          + "|Catchable fatal error|Recoverable fatal error|User Warning|User Notice)"
          + "\\s*:\\s+.{1,800}?\\s+in\\s+(?:/|[A-Za-z]:\\\\)\\S+?\\.(?:php\\d?|inc|phtml)"
          + "(?:\\(\\d+\\))?(?:\\s*:\\s*\\d+)?\\s+on\\s+line\\s+\\d+");
  private static final Pattern PHP_TRACE = Pattern.compile(
      "Stack trace:\\s*(?:#\\d+\\s+.{1,400}?)+?(?:thrown\\s+in\\s+\\S+\\s+on\\s+line\\s+\\d+|#\\d+\\s+\\{main\\})");
  // Hosting panels lay sites out as /home/USER/web/DOMAIN/public_html, /var/www/DOMAIN/htdocs…:
  // a leaked path names the site that served the page.
  private static final Pattern HOSTED_PATH = Pattern.compile(
      "/(?:web|www|domains|vhosts|sites|html)/((?:[a-z0-9-]+\\.)+[a-z]{2,})/"
          + "(?:public_html|htdocs|httpdocs|www|web|public)/");
  private static final List<Pattern> LINES = List.of(
      // Java
      Pattern.compile("^\\s*at\\s+[\\w$.<>]+\\((?:[\\w$.]+(?::\\d+)?|Native Method|Unknown Source)\\)\\s*$"),
      Pattern.compile("^\\s*(?:Exception in thread \"[^\"]*\"\\s+|Caused by:\\s+)?(?:[a-z_]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)(?::.*)?$"),
      Pattern.compile("^\\s*\\.\\.\\.\\s+\\d+\\s+more\\s*$"),
      // PHP trace lines
      Pattern.compile("^\\s*#\\d+\\s+(?:/|[A-Za-z]:\\\\|\\[internal function\\]|\\{main\\}).*$"),
      // Python
      Pattern.compile("^\\s*Traceback \\(most recent call last\\):\\s*$"),
      Pattern.compile("^\\s*File \"[^\"]+\", line \\d+(?:, in .+)?$"),
      // ASP.NET yellow screen
      Pattern.compile("^\\s*Server Error in '[^']*' Application\\.?\\s*$"),
      Pattern.compile("^\\s*Description: An unhandled exception occurred.*$"),
      Pattern.compile("^\\s*Exception Details: .*$"),
      Pattern.compile("^\\s*(?:Source Error|Stack Trace|Source File):.*$"),
      Pattern.compile("^\\s*Version Information: Microsoft \\.NET Framework.*$"),
      Pattern.compile("^\\s*\\[\\w+(?:Exception|Error)[^\\]]*\\]\\s*$"),
      Pattern.compile("^\\s*(?:System|Microsoft)\\.[\\w.`]+\\(.*\\)\\s*\\+\\d+\\s*$"),
      // WordPress / MySQL
      Pattern.compile("^\\s*WordPress database error.*$"),
      Pattern.compile("^\\s*(?:Fatal error|Warning): Uncaught .*$"));

  @Override
  public String name() {
    return "server-error";
  }

  @Override
  public void apply(Draft d) {
    ListIterator<String> it = d.paragraphs.listIterator();
    while (it.hasNext()) {
      String p = it.next();
      String cleaned = clean(p, d);
      if (cleaned.isBlank()) {
        it.remove();
      } else if (!cleaned.equals(p)) {
        it.set(cleaned);
      }
    }
  }

  /** The paragraph without leaked errors; each removal is recorded as a warning. */
  String clean(String p, Draft d) {
    if (!mayLeak(p)) {
      return p;
    }
    String s = removeAll(PHP_TRACE, p, d);
    s = removeAll(PHP_INLINE, s, d);
    List<String> kept = new ArrayList<>();
    for (String line : s.split("\n")) {
      boolean leaked = false;
      for (Pattern lp : LINES) {
        if (lp.matcher(line).matches()) {
          leaked = true;
          break;
        }
      }
      if (leaked) {
        d.warn(CODE, line.strip());
      } else {
        kept.add(line);
      }
    }
    return String.join("\n", kept).replaceAll("[ \\t]{2,}", " ").strip();
  }

  /** A cheap test that rules out most paragraphs before the patterns run. */
  private static boolean mayLeak(String p) {
    return p.contains(" line ") || p.contains("Exception") || p.contains("Error")
        || p.contains("error") || p.contains("Traceback") || p.contains("#")
        || p.contains("Description:") || p.contains("Details:") || p.contains("Stack Trace")
        || p.contains("Source ") || p.contains("Version Information") || p.contains(".java:")
        || p.contains("Native Method") || p.contains("Unknown Source");
  }

  private static String removeAll(Pattern pattern, String s, Draft d) {
    Matcher m = pattern.matcher(s);
    if (!m.find()) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    do {
      d.warn(CODE, m.group());
      Matcher host = HOSTED_PATH.matcher(m.group());
      if (host.find() && d.site == null) {
        d.site = host.group(1).startsWith("www.") ? host.group(1).substring(4) : host.group(1);
        d.provenance.put("site", "server-error-path");
      }
      out.append(s, last, m.start()).append(' ');
      last = m.end();
    } while (m.find(last));
    out.append(s.substring(last));
    return out.toString();
  }
}
