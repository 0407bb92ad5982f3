package dev.papersearch.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.support.RealCorpus;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;

/**
 * The README's pictures, taken over the real corpus: the page with a Korean query, and the widget
 * in a host page. They go to {@code target/screenshots}; to refresh the committed ones run
 * {@code mvn -B -q test -Dtest=ScreenshotTest -Dpapersearch.screenshots=docs}.
 */
class ScreenshotTest {

  @TempDir static Path dir;
  private static BrowserSession session;
  private static Browser browser;
  private static WebDriver driver;
  private static SampleSite site;
  private static final Path OUT = Path.of(System.getProperty("papersearch.screenshots", "target/screenshots"));

  @BeforeAll
  static void start() {
    Path corpus = RealCorpus.days();
    PaperIndex index = PaperIndex.open(dir.resolve("index"));
    new CorpusIndexer(index).index(corpus, CorpusReader.QUIETLY);
    session = BrowserSession.start(dir, 1280, 1600, index);
    browser = session.browser;
    driver = session.driver;
    site = session.site;
  }

  @AfterAll
  static void stop() throws IOException {
    BrowserSession.close(session);
  }

  @Test
  void pageWithAKoreanQuery() throws IOException {
    driver.manage().window().setSize(new Dimension(1280, 1600));
    driver.get(site.url("/?q=" + URLEncoder.encode("트랜스포머 효율", StandardCharsets.UTF_8)));
    browser.waiting().until(d -> d.findElement(By.id("status")).getText().contains(" ms"));
    assertFalse(driver.findElements(By.cssSelector("#results mark")).isEmpty());
    assertTrue(driver.findElements(By.cssSelector("#histogram .bar")).size() > 12);
    browser.screenshot(OUT.resolve("screenshot-page.png"));
  }

  @Test
  void widgetInAHostPage() throws IOException {
    driver.manage().window().setSize(new Dimension(1000, 1000));
    site.host.embed(site.base(), "placeholder=\"지난 논문 요약 검색\" size=\"4\"", "");
    driver.get(site.host.origin() + "/");
    SearchContext widget = browser.waiting().until(d -> d.findElement(By.cssSelector("paper-search")).getShadowRoot());
    widget.findElement(By.cssSelector("input")).sendKeys("확산 모델 영상");
    browser.waiting().until(d -> !widget.findElements(By.cssSelector("[role=option] mark")).isEmpty());
    browser.screenshot(OUT.resolve("screenshot-widget.png"));
  }
}
