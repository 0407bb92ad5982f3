package dev.papersearch.web;

import dev.papersearch.index.PaperIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;

/** A browser and the site it tests, started together for a test class and closed together. */
final class BrowserSession implements AutoCloseable {

  final Browser browser;
  final WebDriver driver;
  final SampleSite site;

  private BrowserSession(Browser browser, SampleSite site) {
    this.browser = browser;
    this.driver = browser.driver;
    this.site = site;
  }

  /** Starts Chromium with a profile under {@code dir} and serves {@code index}. */
  static BrowserSession start(Path dir, int width, int height, PaperIndex index) {
    Browser browser = Browser.start(dir.resolve("profile"), width, height);
    return new BrowserSession(browser, new SampleSite(index));
  }

  /** Closes whatever was started; safe on a session that failed half way. */
  static void close(BrowserSession session) throws IOException {
    if (session != null) {
      session.close();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      browser.close();
    } finally {
      site.close();
    }
  }
}
