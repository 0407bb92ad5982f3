package dev.papersearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;

/**
 * The README's pictures, taken over the real corpus: the page with a Korean query, and the widget
 * in a host page; and pictures to look at, of the page on a phone, with suggestions and with a
 * correction. They go to {@code target/screenshots}; to refresh the committed ones run
 * {@code mvn -B -q test -Dtest=ScreenshotTest -Dpapersearch.screenshots=docs}.
 */
class ScreenshotTest {

  @TempDir static Path dir;
  private static BrowserSession session;
  private static final Path OUT = Path.of(System.getProperty("papersearch.screenshots", "target/screenshots"));

  @BeforeAll
  static void start() {
    Path corpus = RealCorpus.days();
    PaperIndex index = PaperIndex.open(dir.resolve("index"));
    new CorpusIndexer(index).index(corpus, CorpusReader.QUIETLY);
    session = BrowserSession.start(dir, 1280, 1600, index);
  }

  @AfterAll
  static void stop() throws IOException {
    BrowserSession.close(session);
  }

  @Test
  void pageWithAKoreanQuery() throws IOException {
    session.driver.manage().window().setSize(new Dimension(1280, 1600));
    session.driver.get(session.site.url("/?q=" + URLEncoder.encode("트랜스포머 효율", StandardCharsets.UTF_8)));
    session.browser.waiting().until(d -> d.findElement(By.id("status")).getText().contains(" ms"));
    assertFalse(session.driver.findElements(By.cssSelector("#results mark")).isEmpty());
    assertTrue(session.driver.findElements(By.cssSelector("#histogram .bar")).size() > 12);
    session.browser.screenshot(OUT.resolve("screenshot-page.png"));
  }

  /**
   * The page on a 360 px phone over the whole corpus, whose month axis does not fit month by month:
   * the ticks that show stand apart and nothing runs off the side. Not a README picture: it goes to
   * {@code target/screenshots} to be looked at.
   */
  @Test
  void pageOnA360PixelPhone() throws IOException {
    session.driver.manage().window().setSize(new Dimension(360, 1000));
    session.driver.get(session.site.url("/?q=" + URLEncoder.encode("트랜스포머", StandardCharsets.UTF_8)));
    session.browser.waiting().until(d -> d.findElement(By.id("status")).getText().contains(" ms"));
    assertTrue(session.driver.findElements(By.cssSelector("#histogram .bar")).size() > 12);
    assertEquals(List.of(), session.browser.overlapping("#histogram .tick"));
    assertEquals(0L, session.browser.js("return document.documentElement.scrollWidth - window.innerWidth"));
    session.browser.screenshot(Path.of("target/screenshots/screenshot-page-360.png"));
  }

  /** The suggestions open under the box, the second one active. Not a README picture. */
  @Test
  void pageWithSuggestionsOpen() throws IOException {
    session.driver.manage().window().setSize(new Dimension(1280, 900));
    session.driver.get(session.site.url("/"));
    session.browser.waiting().until(d -> d.findElement(By.id("status")).getText().contains(" ms"));
    session.driver.findElement(By.id("q")).sendKeys("확산 모");
    session.browser.waiting().until(d -> d.findElements(By.cssSelector("#suggestions [role=option]")).size() == 5);
    session.browser.waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("0건") || !d.findElements(By.cssSelector("#results mark")).isEmpty());
    session.driver.findElement(By.id("q")).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    session.browser.screenshot(Path.of("target/screenshots/screenshot-suggestions.png"));
  }

  /** A query typed in the wrong keyboard mode, searched as meant, and the line that says so. Not a README picture. */
  @Test
  void pageWithACorrection() throws IOException {
    session.driver.manage().window().setSize(new Dimension(1280, 900));
    session.driver.get(session.site.url("/?q=xmfostmvhaj"));
    session.browser.waiting().until(d -> d.findElement(By.id("correction")).isDisplayed());
    assertEquals("트랜스포머 검색 결과 · xmfostmvhaj(으)로 검색", session.driver.findElement(By.id("correction")).getText());
    session.browser.screenshot(Path.of("target/screenshots/screenshot-correction.png"));
  }

  /** A longer Korean query with a slip, searched as typed, and the line that offers the reading. Not a README picture. */
  @Test
  void pageWithAnOfferedReading() throws IOException {
    session.driver.manage().window().setSize(new Dimension(1280, 900));
    session.driver.get(session.site.url("/?q=" + URLEncoder.encode("확산 모댈 학습", StandardCharsets.UTF_8)));
    session.browser.waiting().until(d -> d.findElement(By.id("correction")).isDisplayed());
    assertEquals("이것을 찾으셨나요? 확산 모델 학습", session.driver.findElement(By.id("correction")).getText());
    session.browser.screenshot(Path.of("target/screenshots/screenshot-offered.png"));
  }

  @Test
  void widgetInAHostPage() throws IOException {
    session.driver.manage().window().setSize(new Dimension(1000, 1000));
    session.site.host.embed(session.site.base(), "placeholder=\"지난 논문 요약 검색\" size=\"4\"", "");
    session.driver.get(session.site.host.origin() + "/");
    SearchContext widget = session.browser.waiting().until(d -> d.findElement(By.cssSelector("paper-search")).getShadowRoot());
    widget.findElement(By.cssSelector("input")).sendKeys("확산 모델 영상");
    session.browser.waiting().until(d -> !widget.findElements(By.cssSelector("[role=option] mark")).isEmpty());
    session.browser.screenshot(OUT.resolve("screenshot-widget.png"));
  }
}
