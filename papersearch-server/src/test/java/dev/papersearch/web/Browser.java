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
import org.openqa.selenium.WebElement;
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

  /**
   * From now on notes {@code input}'s composition events in {@code window.__ime}, whether one is
   * open in {@code window.__composing}, and its Enter keydowns in {@code window.__enters} ("229
   * composing" for the one an IME takes).
   */
  void recordCompositions(WebElement input) {
    js("window.__ime = []; window.__composing = false; window.__enters = [];"
            + "for (const type of ['compositionstart', 'compositionend'])"
            + "  arguments[0].addEventListener(type, () => {"
            + "    window.__ime.push(type); window.__composing = type === 'compositionstart'; });"
            + "arguments[0].addEventListener('keydown', (event) => { if (event.key === 'Enter')"
            + "  window.__enters.push(event.keyCode + (event.isComposing ? ' composing' : '')); });",
        input);
  }

  /** Ends the composition with {@code text} committed ({@code compositionend}). */
  void commit(String text) {
    driver.executeCdpCommand("Input.insertText", Map.of("text", text));
  }

  /**
   * 트랜스포머 typed on a 2-beolsik keyboard, key by key, for {@link #typeHangul}: what is composing
   * after each key. "트|래" is the key (ㅐ) that takes the ㄹ of 틀 into a new syllable: 트 is committed
   * and 래 starts composing. 머 is left composing, as when the typist stops.
   */
  static final List<String> TRANSFORMER =
      List.of("ㅌ", "트", "틀", "트|래", "랜", "랝", "랜|스", "슾", "스|포", "폼", "포|머");

  /** Types as a Korean IME does: each step composes, or commits the syllable before "|" and composes the rest. */
  void typeHangul(List<String> steps) {
    for (String step : steps) {
      int bar = step.indexOf('|');
      if (bar >= 0) {
        commit(step.substring(0, bar));
      }
      compose(step.substring(bar + 1));
    }
  }

  /**
   * The Enter that a Korean IME takes for itself to commit the syllable: a keydown with keyCode 229
   * ({@code isComposing}), then {@code compositionend} with {@code syllable} committed.
   */
  void commitWithEnter(String syllable) {
    driver.executeCdpCommand("Input.dispatchKeyEvent",
        Map.of("type", "rawKeyDown", "key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 229));
    commit(syllable);
    driver.executeCdpCommand("Input.dispatchKeyEvent",
        Map.of("type", "keyUp", "key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13));
  }

  /**
   * The texts of the elements {@code selector} finds (in their order, left to right) that are shown
   * and run into the next shown one, as "a | b": empty when they stand apart, as on an axis.
   */
  @SuppressWarnings("unchecked")
  List<String> overlapping(String selector) {
    return (List<String>) js(
        """
        const shown = [...document.querySelectorAll(arguments[0])]
          .filter((element) => getComputedStyle(element).visibility === 'visible')
          .map((element) => [element.textContent, element.getBoundingClientRect()]);
        return shown.slice(1).flatMap(([text, box], i) =>
          box.left < shown[i][1].right ? [`${shown[i][0]} | ${text}`] : []);
        """,
        selector);
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
