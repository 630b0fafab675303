package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** Debian's chromium and chromedriver, headless, for the browser tests. */
final class Browser {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SITREP_CHROMIUM",
      "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getenv().getOrDefault("SITREP_CHROMEDRIVER",
      "/usr/bin/chromedriver"));

  private Browser() {}

  /**
   * A fresh headless browser at 1280×800. Without chromium the test is skipped, unless
   * SITREP_REQUIRE_BROWSER=1 (CI), where it fails.
   */
  static ChromeDriver open() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && "1".equals(System.getenv("SITREP_REQUIRE_BROWSER"))) {
      throw new AssertionError("no chromium at " + CHROMIUM + " or chromedriver at " + DRIVER
          + "; install Debian's chromium and chromium-driver (apt-get)");
    }
    Assumptions.assumeTrue(present, "no chromium/chromedriver: browser tests skipped "
        + "(apt-get install chromium chromium-driver)");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--window-size=1280,800", "--hide-scrollbars");
    o.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, o);
  }

  /** Writes a PNG of the viewport to target/screenshots/NAME.png. */
  static void screenshot(ChromeDriver d, String name) throws Exception {
    File png = d.getScreenshotAs(OutputType.FILE);
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.copy(png.toPath(), dir.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** No error in the console: no script error, no CSP violation, no failed request. */
  static void noConsoleErrors(ChromeDriver d) {
    List<LogEntry> errors = d.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertTrue(errors.isEmpty(), "console errors: " + errors);
  }
}
