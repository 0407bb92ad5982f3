package dev.papersearch.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, through the system chromedriver. Both paths are given to Selenium,
 * so Selenium Manager never runs and nothing is downloaded. Without them the browser tests are
 * skipped with a message, except under {@code CI=true}, where they fail: CI installs both.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** A new headless browser with its own profile in {@code profile} and a window of this size. */
  static Browser start(Path profile, int width, int height) {
    requireInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--lang=ko-KR",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new Browser(new ChromeDriver(service, options));
  }

  private static void requireInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String message =
        "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
            + " (apt-get install chromium chromium-driver fonts-noto-cjk; .ci/run installs them)";
    if ("true".equals(System.getenv("CI"))) {
      fail(message);
    }
    assumeTrue(false, message);
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, PATIENCE);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Console messages since the last call, e.g. to find Content-Security-Policy violations. */
  List<String> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
  }

  /**
   * Types through the IME as a user of a Korean keyboard does: each text is the composition so far
   * ({@code compositionstart}/{@code compositionupdate}, input events with {@code isComposing}).
   */
  void compose(String... texts) {
    for (String text : texts) {
      driver.executeCdpCommand(
          "Input.imeSetComposition", Map.of("text", text, "selectionStart", text.length(), "selectionEnd", text.length()));
    }
  }

  /** Ends the composition with {@code text} committed ({@code compositionend}). */
  void commit(String text) {
    driver.executeCdpCommand("Input.insertText", Map.of("text", text));
  }

  void screenshot(Path file) throws java.io.IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
