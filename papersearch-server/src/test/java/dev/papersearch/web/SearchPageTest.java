package dev.papersearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.search.TestIndexes;
import dev.papersearch.support.Http;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.io.StringReader;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page in Chromium, against the real server over the sample and the hostile fixtures. */
class SearchPageTest {

  private static final Pattern KOREAN = Pattern.compile("\\p{IsHangul}");

  @TempDir static Path dir;
  private static BrowserSession session;

  @BeforeAll
  static void start() {
    session = BrowserSession.start(dir, 1280, 1000, TestIndexes.sampleIndex(dir.resolve("index")));
  }

  @AfterAll
  static void stop() throws IOException {
    BrowserSession.close(session);
  }

  @AfterEach
  void nothingBrokeTheContentSecurityPolicy() {
    List<String> violations =
        session.browser.consoleMessages().stream().filter(m -> m.contains("Content Security Policy")).toList();
    assertEquals(List.of(), violations);
  }

  @ParameterizedTest
  @ValueSource(strings = {"트랜스포머", "transformers"})
  void typingShowsResultsWithMarkedWordsAfterOneRequest(String query) {
    open("/");
    int before = session.site.searcher.queries().size();
    rendered(() -> box().sendKeys(query));
    List<WebElement> marks = session.driver.findElements(By.cssSelector("#results mark"));
    assertFalse(marks.isEmpty(), "no <mark> in the results");
    String stem = query.substring(0, 5).toLowerCase();
    assertTrue(marks.stream().anyMatch(m -> m.getText().toLowerCase().startsWith(stem)), texts(marks).toString());
    assertTrue(status().matches("\\d+건 · \\d+ ms"), status());
    assertEquals(List.of(query), session.site.searcher.queries().subList(before, session.site.searcher.queries().size()));
    assertTrue(url().endsWith("/?q=" + query), url());
  }

  /**
   * A Korean IME leaves the last syllable composing while the typist pauses: the pause searches
   * what the box shows, the box is left alone (value, caret, focus, the composition), and the Enter
   * that commits the syllable, then the Enter that submits, search nothing again.
   */
  @Test
  void aPauseInTheMiddleOfAHangulSyllableSearchesAndEnterDoesNotSearchAgain() throws Exception {
    open("/");
    box().click();
    session.browser.recordCompositions(box());
    int before = session.site.searcher.queries().size();

    session.browser.typeHangul(Browser.TRANSFORMER);
    new WebDriverWait(session.driver, Duration.ofSeconds(1))
        .until(d -> texts(d.findElements(By.cssSelector("#results mark"))).stream().anyMatch(m -> m.startsWith("트랜스포머")));
    assertEquals("트랜스포머", box().getAttribute("value"));
    assertEquals(List.of(5L, 5L, true, "q"), session.browser.js(
        "const box = document.getElementById('q');"
            + "return [box.selectionStart, box.selectionEnd, window.__composing, document.activeElement.id];"));
    assertTrue(url().endsWith("/?q=트랜스포머"), url());

    session.browser.commitWithEnter("머");
    box().sendKeys(Keys.ENTER);
    Thread.sleep(400);
    assertEquals(List.of("229 composing", "13"), session.browser.js("return window.__enters"));
    assertEquals("트랜스포머", box().getAttribute("value"));
    assertEquals(false, session.browser.js("return window.__composing"));
    List<String> sent = session.site.searcher.queries().subList(before, session.site.searcher.queries().size());
    assertEquals(1, Collections.frequency(sent, "트랜스포머"), sent.toString());
    assertTrue(url().endsWith("/?q=트랜스포머"), url());
  }

  /** A Japanese composition is half-written words until it ends: nothing is sent or redrawn before. */
  @Test
  void whileAJapaneseCompositionIsOpenNothingIsSentOrRedrawnAndCommittingSendsOneRequest() throws Exception {
    open("/");
    box().click();
    session.browser.recordCompositions(box());
    int before = session.site.searcher.queries().size();
    CountDownLatch heldBack = session.site.searcher.holdNext();
    box().sendKeys("LoRA ");
    session.browser.waiting().until(d -> session.site.searcher.queries().size() == before + 1);
    session.browser.js("document.querySelector('#results li').dataset.probe = 'first render'");

    session.browser.compose("に");
    heldBack.countDown(); // the answer for "LoRA" arrives in the middle of the composition
    Thread.sleep(600);
    assertEquals("first render", session.browser.js("return document.querySelector('#results li').dataset.probe"));
    session.browser.compose("にほ", "にほん", "日本");
    Thread.sleep(600);
    assertEquals(before + 1, session.site.searcher.queries().size(), "a request was sent while composing");
    assertEquals("first render", session.browser.js("return document.querySelector('#results li').dataset.probe"));

    rendered(() -> session.browser.commit("日本"));
    session.browser.waiting().until(d -> url().endsWith("q=LoRA+日本"));
    Thread.sleep(400);
    assertEquals(List.of("LoRA", "LoRA 日本"), session.site.searcher.queries().subList(before, session.site.searcher.queries().size()));
    assertEquals(List.of("compositionstart", "compositionend"), session.browser.js("return window.__ime"));
    assertEquals("LoRA 日本", box().getAttribute("value"));
  }

  @Test
  void aSlowAnswerOvertakenByANewerOneIsIgnored() throws Exception {
    open("/");
    int before = session.site.searcher.queries().size();
    CountDownLatch heldBack = session.site.searcher.holdNext();
    box().sendKeys("Mamba");
    session.browser.waiting().until(d -> session.site.searcher.queries().size() == before + 1);
    rendered(() -> box().sendKeys(Keys.chord(Keys.CONTROL, "a"), "QLoRA"));
    heldBack.countDown();
    session.browser.waiting().until(d -> url().endsWith("q=QLoRA"));
    String shown = firstTitle();
    assertTrue(shown.startsWith("QLoRA"), shown);
    Thread.sleep(500);
    assertEquals(shown, firstTitle());
  }

  @Test
  void clickingAMonthBarFiltersResultsAndUrlAndBackRestoresThem() {
    open("/?q=" + encode("트랜스포머"));
    List<String> all = resultIds();
    String allStatus = status();
    rendered(() -> session.driver.findElement(By.cssSelector(".bar[data-month='2024-06']")).click());
    assertTrue(url().contains("date=2024-06"), url());
    List<WebElement> dates = session.driver.findElements(By.cssSelector("#results time"));
    assertFalse(dates.isEmpty());
    assertTrue(texts(dates).stream().allMatch(d -> d.startsWith("2024-06")), texts(dates).toString());
    assertTrue(resultIds().size() < all.size());
    assertEquals("true", session.driver.findElement(By.cssSelector(".bar[data-month='2024-06']")).getAttribute("aria-pressed"));
    assertTrue(session.driver.findElement(By.id("chips")).getText().contains("2024-06"));

    rendered(() -> session.driver.navigate().back());
    assertFalse(url().contains("date="), url());
    assertEquals(all, resultIds());
    assertEquals(allStatus.replaceAll("\\d+ ms", ""), status().replaceAll("\\d+ ms", ""));
  }

  @Test
  void markupInTitlesAndSummariesIsShownAsTextAndRunsNothing() {
    open("/?q=" + encode("image handler title"));
    assertEquals("<img src=x onerror=\"window.__xss=1\"> Image Handler In The Title", firstTitle());
    WebElement link = session.driver.findElement(By.cssSelector("#results h2 a"));
    assertNull(link.getAttribute("href"), "a javascript: link was kept");
    link.click();
    open("/?q=" + encode("시험용 항목"));
    assertTrue(firstTitle().startsWith("<script>alert('title')</script> Escaping Test & <b>Bold</b>"), firstTitle());
    assertTrue(session.driver.findElement(By.id("results")).getText().contains("<img src=x onerror=alert(1)>"));
    assertEquals(0L, session.browser.js("return document.querySelectorAll('#results img, #results script, #results b').length"));

    session.driver.get(session.site.url("/paper/2407.00004"));
    session.browser.waiting().until(d -> !d.findElements(By.cssSelector("#paper h2")).isEmpty());
    assertTrue(session.driver.findElement(By.cssSelector("#paper h2")).getText().startsWith("<img src=x"));
    assertEquals(0L, session.browser.js("return document.querySelectorAll('#paper img:not(.thumb)').length"));
    assertNull(session.browser.js("return window.__xss"));
  }

  @Test
  void slashFocusesTheBoxArrowsMoveAndEnterOpensAResult() {
    open("/?q=LoRA");
    session.browser.js("document.activeElement.blur()");
    Actions keys = new Actions(session.driver);
    keys.sendKeys("/").perform();
    assertEquals("q", session.driver.switchTo().activeElement().getAttribute("id"));
    assertEquals("LoRA", box().getAttribute("value"));
    keys.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP).perform();
    WebElement active = session.driver.switchTo().activeElement();
    assertEquals(resultIds().get(0), active.getAttribute("data-id"));
    keys.sendKeys(Keys.ARROW_DOWN).perform();
    String second = session.driver.switchTo().activeElement().getAttribute("data-id");
    assertEquals(resultIds().get(1), second);

    keys.sendKeys(Keys.ENTER).perform();
    session.browser.waiting().until(d -> URI.create(url()).getPath().equals("/paper/" + second));
    session.browser.waiting().until(d -> d.switchTo().activeElement().getTagName().equals("h2"));
    assertFalse(session.driver.findElements(By.cssSelector("#paper section h3, #paper li")).isEmpty());
    assertFalse(session.driver.findElement(By.id("results")).isDisplayed());

    rendered(() -> keys.sendKeys(Keys.ESCAPE).perform());
    assertTrue(url().endsWith("/?q=LoRA"), url());
    assertTrue(session.driver.findElement(By.id("results")).isDisplayed());
  }

  @Test
  void paperViewShowsSectionsAuthorsAndLinks() {
    session.driver.get(session.site.url("/paper/2312.00752"));
    session.browser.waiting().until(d -> !d.findElements(By.cssSelector("#paper h2")).isEmpty());
    WebElement paper = session.driver.findElement(By.id("paper"));
    assertEquals("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", paper.findElement(By.tagName("h2")).getText());
    assertEquals(List.of("What's New", "Technical Details", "Performance Highlights"), texts(paper.findElements(By.cssSelector("section:not(.related) > h3"))));
    assertTrue(paper.getText().contains("Albert Gu, Tri Dao"));
    assertEquals("https://arxiv.org/abs/2312.00752v1", paper.findElement(By.linkText("arXiv")).getAttribute("href"));
    assertEquals(1, paper.findElements(By.cssSelector("img.thumb")).size());
  }

  /** "비슷한 논문" under a paper: other papers, from its words in both languages, each opening in the same view. */
  @Test
  void paperViewListsRelatedPapersThatOpenInTheView() {
    session.driver.get(session.site.url("/paper/2212.09748"));
    session.browser.waiting().until(d -> !d.findElements(By.cssSelector("#paper .related li a")).isEmpty());
    WebElement related = session.driver.findElement(By.cssSelector("#paper .related"));
    assertEquals("비슷한 논문", related.findElement(By.tagName("h3")).getText());
    List<WebElement> links = related.findElements(By.cssSelector("li a"));
    List<String> paths = links.stream().map(a -> URI.create(a.getAttribute("href")).getPath()).toList();
    assertEquals(5, paths.size(), paths::toString);
    assertFalse(paths.contains("/paper/2212.09748"), "never the paper itself");
    // DiT builds on DDPM's diffusion model.
    int ddpm = paths.indexOf("/paper/2006.11239");
    assertTrue(ddpm >= 0, paths::toString);
    String title = links.get(ddpm).getText();
    links.get(ddpm).click();
    session.browser.waiting().until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/paper/2006.11239"));
    session.browser.waiting().until(d -> d.findElement(By.cssSelector("#paper h2")).getText().equals(title));
    session.driver.navigate().back();
    session.browser.waiting().until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/paper/2212.09748"));
    session.browser.waiting().until(d -> d.findElement(By.cssSelector("#paper h2")).getText().startsWith("Scalable Diffusion Models"));

    // From the results to a paper, then to a related one: "← 결과" goes back to the results, not one paper.
    open("/?q=" + encode("diffusion transformer"));
    session.driver.findElement(By.cssSelector("#results a.open[href^='/paper/2212.09748']")).click();
    session.browser.waiting().until(d -> !d.findElements(By.cssSelector("#paper .related a[href^='/paper/2006.11239']")).isEmpty());
    session.driver.findElement(By.cssSelector("#paper .related a[href^='/paper/2006.11239']")).click();
    session.browser.waiting().until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/paper/2006.11239"));
    session.browser.waiting().until(d -> !d.findElements(By.cssSelector("#paper .back")).isEmpty());
    session.driver.findElement(By.cssSelector("#paper .back")).click();
    session.browser.waiting().until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/"));
    assertEquals("diffusion transformer", box().getAttribute("value"));
  }

  @Test
  void emptyQueryListsTheNewestAndLoadMoreAppendsTheRest() {
    open("/");
    assertTrue(status().startsWith("최신 논문"), status());
    assertEquals("2025-02-04", session.driver.findElement(By.cssSelector("#results time")).getText());
    assertEquals(10, resultIds().size());
    session.driver.findElement(By.id("more")).click();
    session.browser.waiting().until(d -> resultIds().size() == session.site.index.count());
    assertFalse(session.driver.findElement(By.id("more")).isDisplayed());
  }

  @Test
  void noResultsSaysSoAndSuggestsRemovingTheDateFilter() {
    open("/?q=zzqxv");
    String empty = session.driver.findElement(By.cssSelector("#results .empty")).getText();
    assertTrue(empty.contains("‘zzqxv’에 맞는 논문이 없습니다.") && empty.contains("다른 낱말"), empty);
    assertTrue(status().startsWith("0건"), status());

    open("/?q=" + encode("트랜스포머") + "&date=2023-01");
    empty = session.driver.findElement(By.cssSelector("#results .empty")).getText();
    assertTrue(empty.contains("날짜 필터를 지우면"), empty);
    rendered(() -> session.driver.findElement(By.cssSelector("#results .empty button")).click());
    assertTrue(url().endsWith("/?q=트랜스포머"), url());
    assertFalse(resultIds().isEmpty());
  }

  @Test
  void fitsA360PixelScreen() {
    Dimension desktop = session.driver.manage().window().getSize();
    try {
      session.driver.manage().window().setSize(new Dimension(360, 800));
      open("/?q=" + encode("트랜스포머"));
      assertEquals(360L, session.browser.js("return window.innerWidth"));
      assertEquals(0L, session.browser.js("return document.documentElement.scrollWidth - window.innerWidth"));
      assertEquals(List.of(), session.browser.overlapping("#histogram .tick"));
    } finally {
      session.driver.manage().window().setSize(desktop);
    }
  }

  /**
   * Where the months do not fit under their bars, every k-th tick shows (Januaries and the first
   * bar's keep the year), none runs into the next, and each bar's accessible name starts with the
   * tick one sees under it (axe's label-content-name-mismatch).
   */
  @Test
  void monthTicksThinOutWhenNarrowAndBarNamesHoldTheVisibleTick() {
    open("/");
    List<String> bars = session.driver.findElements(By.cssSelector("#histogram .bar")).stream().map(b -> b.getAttribute("data-month")).toList();
    assertEquals("2024-06", bars.get(0));
    assertEquals(List.of("24.6", "7", "8", "9", "10", "11", "12", "25.1", "2"), shownTicks());
    assertEquals("24.6 · 2024년 6월 5건", bar("2024-06").getAttribute("aria-label"));

    // As narrow as the months of a two-year corpus are on a phone: about 12 px a bar.
    session.browser.js("document.getElementById('histogram').style.width = '110px'");
    session.browser.waiting().until(d -> shownTicks().size() < bars.size());
    assertEquals(List.of(), session.browser.overlapping("#histogram .tick"));
    List<String> shown = shownTicks();
    assertTrue(shown.contains("25.1"), shown.toString());
    assertEquals("24.6", shown.get(0));
    assertTrue(bar("2024-07").getAttribute("aria-label").startsWith("2024년 7월"), bar("2024-07").getAttribute("aria-label"));
    assertEquals(Boolean.TRUE, session.browser.js(
        "const ticks = [...document.querySelectorAll('#histogram .tick')];"
            + "return ticks.every((tick) => getComputedStyle(tick).visibility === 'hidden'"
            + "  || tick.closest('.bar').getAttribute('aria-label').startsWith(tick.textContent + ' · '));"));
    double left = ((Number) session.browser.js("return document.getElementById('histogram').getBoundingClientRect().left")).doubleValue();
    double first = ((Number) session.browser.js("return document.querySelector('#histogram .tick').getBoundingClientRect().left")).doubleValue();
    assertTrue(first >= left, "the first tick is cut at the left: " + first + " < " + left);
  }

  /**
   * The from/to fields write YYYY-MM-DD whatever the browser's language (a date input shows
   * mm/dd/yyyy in an English one), read 2024.9.30 or 20240930 as well, and refuse what is no date.
   */
  @Test
  void dateFieldsAreYearMonthDayAndRefuseWhatIsNoDate() {
    open("/?q=LoRA&from=2024-06-01");
    WebElement from = session.driver.findElement(By.id("from"));
    WebElement to = session.driver.findElement(By.id("to"));
    assertEquals("text", from.getAttribute("type"));
    assertEquals("2024-06-01", from.getAttribute("value"));
    assertEquals("YYYY-MM-DD", to.getAttribute("placeholder"));

    rendered(() -> to.sendKeys("2024.9.30", Keys.ENTER));
    assertTrue(url().endsWith("/?q=LoRA&from=2024-06-01&to=2024-09-30"), url());
    assertEquals("2024-09-30", to.getAttribute("value"));
    assertTrue(session.driver.findElement(By.id("chips")).getText().contains("종료일 2024-09-30"));

    to.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20240230", Keys.ENTER);
    assertEquals("날짜는 YYYY-MM-DD 꼴로 적어 주세요 (예: 2024-06-30).", to.getAttribute("validationMessage"));
    assertTrue(url().endsWith("&to=2024-09-30"), url());

    rendered(() -> to.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20250131", Keys.ENTER));
    assertTrue(url().endsWith("&to=2025-01-31"), url());
    assertEquals("", to.getAttribute("validationMessage"));
    rendered(() -> from.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.ENTER));
    assertTrue(url().endsWith("/?q=LoRA&to=2025-01-31"), url());
  }

  /**
   * The suggestions open under the box after the typing pause, as a combobox's listbox: ↓ ↓ makes the
   * second active (focus stays in the box), Enter puts it in the box and searches it.
   */
  @Test
  void suggestionsArePickedByKeyboard() {
    open("/");
    box().sendKeys("gu");
    List<String> offered = suggestionsShown();
    assertEquals(List.of("Albert Gu", "Daya Guo", "Guijin Son", "guanaco"), offered);
    assertEquals("true", box().getAttribute("aria-expanded"));
    assertEquals("suggestions", box().getAttribute("aria-controls"));
    box().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertEquals("suggestions-1", box().getAttribute("aria-activedescendant"));
    assertEquals("true", suggestions().get(1).getAttribute("aria-selected"));
    assertEquals("q", session.driver.switchTo().activeElement().getAttribute("id"));

    rendered(() -> box().sendKeys(Keys.ENTER));
    assertEquals("Daya Guo", box().getAttribute("value"));
    assertTrue(url().endsWith("/?q=Daya+Guo"), url());
    assertEquals("Daya Guo", session.site.searcher.queries().get(session.site.searcher.queries().size() - 1));
    assertFalse(session.driver.findElement(By.id("suggestions")).isDisplayed());
    assertEquals("false", box().getAttribute("aria-expanded"));
    assertNull(box().getAttribute("aria-activedescendant"));
  }

  @Test
  void aSuggestionIsPickedByMouse() {
    open("/");
    box().sendKeys("ㅣㅐㄱ");
    assertEquals("LoRA", suggestionsShown().get(0));
    rendered(() -> suggestions().get(0).click());
    assertEquals("LoRA", box().getAttribute("value"));
    assertTrue(url().endsWith("/?q=LoRA"), url());
    assertEquals("q", session.driver.switchTo().activeElement().getAttribute("id"));
    assertFalse(session.driver.findElement(By.id("suggestions")).isDisplayed());
  }

  /** Esc closes the suggestions and leaves the box as typed; then ↓ reaches the results as without them. */
  @Test
  void escapeClosesTheSuggestionsAndTheArrowsReachTheResultsAgain() {
    open("/");
    rendered(() -> box().sendKeys("gu"));
    suggestionsShown();
    box().sendKeys(Keys.ESCAPE);
    assertFalse(session.driver.findElement(By.id("suggestions")).isDisplayed());
    assertEquals("false", box().getAttribute("aria-expanded"));
    assertEquals("gu", box().getAttribute("value"));
    box().sendKeys(Keys.ARROW_DOWN);
    assertEquals(resultIds().get(0), session.driver.switchTo().activeElement().getAttribute("data-id"));
  }

  /**
   * While a Hangul syllable is composing the suggestions open without the box being touched; a click
   * on one ends the composition (focus leaves the box) before the pick is written.
   */
  @Test
  void suggestionsLeaveAComposingSyllableAloneUntilOneIsPicked() {
    open("/");
    box().click();
    session.browser.recordCompositions(box());
    session.browser.typeHangul(Browser.TRANSFORMER.subList(0, 8));
    assertEquals("트랜스포머", suggestionsShown().get(0));
    assertEquals("트랜슾", box().getAttribute("value"));
    assertEquals(List.of(3L, 3L, true), session.browser.js(
        "const box = document.getElementById('q'); return [box.selectionStart, box.selectionEnd, window.__composing];"));

    rendered(() -> suggestions().get(0).click());
    assertEquals("트랜스포머", box().getAttribute("value"));
    assertEquals(false, session.browser.js("return window.__composing"));
    assertTrue(url().endsWith("/?q=트랜스포머"), url());
  }

  /** A query read otherwise says so, with a link that searches the words as typed and leaves the box alone. */
  @Test
  void aCorrectionIsShownAndItsLinkSearchesAsTyped() {
    open("/?q=xmfostmvhaj");
    WebElement correction = session.driver.findElement(By.id("correction"));
    assertEquals("트랜스포머 검색 결과 · xmfostmvhaj(으)로 검색", correction.getText());
    assertFalse(resultIds().isEmpty());
    rendered(() -> correction.findElement(By.tagName("a")).click());
    assertTrue(url().endsWith("/?q=xmfostmvhaj&as_typed=true"), url());
    assertEquals("xmfostmvhaj", box().getAttribute("value"));
    assertFalse(correction.isDisplayed());
    assertTrue(status().startsWith("0건"), status());

    rendered(() -> box().sendKeys(Keys.BACK_SPACE));
    assertTrue(url().endsWith("/?q=xmfostmvha"), url());
  }

  /** A reading only offered is a link that searches it, in the box too. */
  @Test
  void anOfferedReadingIsALinkThatSearchesIt() {
    open("/?q=" + URLEncoder.encode("확산 모댈 학습", StandardCharsets.UTF_8));
    WebElement correction = session.driver.findElement(By.id("correction"));
    assertEquals("이것을 찾으셨나요? 확산 모델 학습", correction.getText());
    rendered(() -> correction.findElement(By.tagName("a")).click());
    assertEquals("확산 모델 학습", box().getAttribute("value"));
    assertTrue(url().endsWith("/?q=확산+모델+학습"), url());
    assertFalse(correction.isDisplayed());
  }

  /** axe-core finds nothing serious or critical with the suggestions open and one of them active. */
  @Test
  void axeFindsNoSeriousProblemWithSuggestionsOpen() {
    open("/");
    box().sendKeys("gu");
    suggestionsShown();
    box().sendKeys(Keys.ARROW_DOWN);
    assertEquals(List.of(), Axe.seriousViolations(session.browser, "html"));
  }

  /** axe-core finds nothing serious or critical on a page of results, at 360 px too, nor on a paper. */
  @Test
  void axeFindsNoSeriousProblemOnResultsOrAPaper() {
    Dimension desktop = session.driver.manage().window().getSize();
    try {
      open("/?q=" + encode("트랜스포머") + "&from=2024-01-01");
      assertEquals(List.of(), Axe.seriousViolations(session.browser, "html"));
      session.driver.manage().window().setSize(new Dimension(360, 800));
      assertEquals(List.of(), Axe.seriousViolations(session.browser, "html"));
    } finally {
      session.driver.manage().window().setSize(desktop);
    }
    session.driver.get(session.site.url("/paper/2312.00752"));
    session.browser.waiting().until(d -> !d.findElements(By.cssSelector("#paper .related li")).isEmpty());
    assertEquals(List.of(), Axe.seriousViolations(session.browser, "html"));
  }

  @Test
  void appJsWritesNoKoreanOfItsOwn() throws IOException {
    String source;
    try (InputStream in = SearchPageTest.class.getResourceAsStream("/public/app.js")) {
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(List.of(), source.lines().filter(KOREAN.asPredicate()).toList(), "put these words in search-core.js's LABELS");
  }

  /** With {@code <html lang="en">} every word the script writes is English (the papers' own text aside). */
  @Test
  void followsTheDocumentLanguage() {
    // Runs in each new page before its scripts: app.js runs after "interactive" (module scripts are deferred).
    Map<String, Object> english = session.browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "document.addEventListener('readystatechange', () => { document.documentElement.lang = 'en'; }, { once: true });"));
    try {
      open("/?q=transformers&date=2024");
      assertEquals("transformers – AI paper search", session.driver.getTitle());
      assertTrue(status().matches("\\d+ results · \\d+ ms"), status());
      assertEquals("All › 2024", session.driver.findElement(By.cssSelector("#drill .crumbs")).getText());
      List<String> months = texts(session.driver.findElements(By.cssSelector("#drill .next button")));
      assertTrue(months.stream().anyMatch(m -> m.matches("June \\d+")), months.toString());
      String bar = bar("2024-06").getAttribute("aria-label");
      assertTrue(bar.matches("24.6 · June 2024: \\d+ results"), bar);
      assertEquals("Date 2024 ✕", session.driver.findElement(By.id("chips")).getText());
      assertNoKorean("#status", "#histogram", "#drill", "#chips", "#results .meta", "#results .open");

      open("/?q=xmfostmvhaj");
      assertEquals("Showing results for 트랜스포머 · Search instead for xmfostmvhaj",
          session.driver.findElement(By.id("correction")).getText());
      box().sendKeys(Keys.BACK_SPACE);
      session.browser.waiting().until(d -> d.findElement(By.id("suggestions")).isDisplayed());
      assertNoKorean("#suggestions .kind");

      open("/?q=zzqxv&from=2024-01-01");
      assertEquals(List.of("No papers match ‘zzqxv’.", "Removing the date filter may find more.", "Remove the date filters"),
          texts(session.driver.findElements(By.cssSelector("#results .empty > *"))));
      assertNoKorean("#status", "#chips", "#results");

      session.driver.get(session.site.url("/paper/2312.00752"));
      session.browser.waiting().until(d -> !d.findElements(By.cssSelector("#paper .related h3")).isEmpty());
      assertEquals("← Results", session.driver.findElement(By.cssSelector("#paper .back")).getText());
      assertEquals("Related papers", session.driver.findElement(By.cssSelector("#paper .related h3")).getText());
      assertNoKorean("#paper .back", "#paper .meta", "#paper .links", "#paper .related");
    } finally {
      session.browser.driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", english.get("identifier")));
    }
  }

  /**
   * A browser offers the site as a search engine from the page's {@code <link rel="search">}: the
   * description it points to is OpenSearch 1.1, its page template, filled in as the browser fills it,
   * opens the page on that search, and its suggestions template answers in the format browsers read.
   */
  @Test
  void theOpenSearchDescriptionThePageLinksSearchesThePageAndSuggests() throws Exception {
    open("/");
    String href = (String) session.browser.js("return document.querySelector('link[rel=search][type=\"application/opensearchdescription+xml\"]').href");
    assertEquals(session.site.url("/opensearch.xml"), href);
    Http.Reply description = new Http(URI.create(href).getPort()).get("/opensearch.xml");
    assertEquals(200, description.status());
    assertEquals("application/opensearchdescription+xml; charset=utf-8", description.header("content-type"));
    Document xml = namespaceAware().parse(new InputSource(new StringReader(description.body())));
    assertEquals("http://a9.com/-/spec/opensearch/1.1/", xml.getDocumentElement().getNamespaceURI());
    assertEquals("OpenSearchDescription", xml.getDocumentElement().getLocalName());
    Map<String, String> templates = new HashMap<>();
    NodeList urls = xml.getElementsByTagNameNS("http://a9.com/-/spec/opensearch/1.1/", "Url");
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      templates.put(url.getAttribute("type"), url.getAttribute("template"));
    }
    assertEquals(session.site.url("/?q={searchTerms}"), templates.get("text/html"));

    session.driver.get(templates.get("text/html").replace("{searchTerms}", encode("트랜스포머")));
    session.browser.waiting().until(d -> status().contains(" ms"));
    assertEquals("트랜스포머", box().getAttribute("value"));
    assertTrue(status().matches("\\d+건 · \\d+ ms"), status());
    assertFalse(resultIds().isEmpty());

    String suggest = templates.get("application/x-suggestions+json").replace("{searchTerms}", encode("트랜스"));
    Http.Reply suggested = new Http(URI.create(suggest).getPort()).get(suggest.substring(session.site.base().length()));
    assertEquals(200, suggested.status());
    assertEquals("트랜스", suggested.json().get(0).asText());
    assertTrue(suggested.json().get(1).size() > 0 && suggested.json().get(1).get(0).asText().startsWith("트랜스"), suggested.body());
  }

  /** The page names the feed of the search it shows, in its head for feed readers and as a link to click. */
  @Test
  void theFeedLinksFollowTheSearchShown() {
    open("/");
    assertEquals(session.site.url("/feed.atom"), feedLinks().get(0));
    open("/?q=transformer&date=2024-06&sort=votes");
    String expected = session.site.url("/feed.atom?q=transformer&date=2024-06");
    assertEquals(List.of(expected, expected), feedLinks(), "the words and the dates; a feed is always newest first");
    assertEquals("AI 논문 검색: transformer", session.browser.js("return document.getElementById('feed-alternate').title"));
    assertTrue(session.driver.findElement(By.id("feed")).isDisplayed());
    Http.Reply feed = new Http(URI.create(expected).getPort()).get(expected.substring(session.site.base().length()));
    assertEquals(200, feed.status());
    assertTrue(feed.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), feed.body());

    rendered(() -> box().sendKeys(" model"));
    String typed = session.site.url("/feed.atom?q=transformer+model&date=2024-06");
    session.browser.waiting().until(d -> feedLinks().equals(List.of(typed, typed)));
  }

  private static DocumentBuilder namespaceAware() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder();
  }

  /** The visible feed link's and the head's alternate link's targets. */
  private static List<String> feedLinks() {
    @SuppressWarnings("unchecked")
    List<String> links = (List<String>) session.browser.js(
        "return [document.getElementById('feed').href, document.querySelector('link[rel=alternate][type=\"application/atom+xml\"]').href]");
    return links;
  }

  /**
   * What the script put inside these parts of the page, attributes (aria-label, title) included,
   * holds no Hangul. The elements themselves are index.html's, whose own text stays as written.
   */
  private static void assertNoKorean(String... selectors) {
    for (String selector : selectors) {
      for (WebElement element : session.driver.findElements(By.cssSelector(selector))) {
        String html = element.getAttribute("innerHTML");
        assertFalse(KOREAN.matcher(html).find(), html);
      }
    }
  }

  private static void open(String pathAndQuery) {
    session.driver.get(session.site.url(pathAndQuery));
    session.browser.waiting().until(d -> status().contains(" ms"));
  }

  /** Runs {@code action} and waits for the page to show an answer (the status line is rewritten). */
  private static void rendered(Runnable action) {
    session.browser.js("document.getElementById('status').textContent = ''");
    action.run();
    session.browser.waiting().until(d -> status().contains(" ms"));
  }

  /** The month ticks that show, left to right. */
  private static List<String> shownTicks() {
    return texts(session.driver.findElements(By.cssSelector("#histogram .tick")).stream().filter(WebElement::isDisplayed).toList());
  }

  private static WebElement bar(String month) {
    return session.driver.findElement(By.cssSelector(".bar[data-month='" + month + "']"));
  }

  /** The texts of the suggestions, once they are shown. */
  private static List<String> suggestionsShown() {
    session.browser.waiting().until(d -> d.findElement(By.id("suggestions")).isDisplayed());
    return texts(suggestions().stream().map(o -> o.findElement(By.className("text"))).toList());
  }

  private static List<WebElement> suggestions() {
    return session.driver.findElements(By.cssSelector("#suggestions [role=option]"));
  }

  private static WebElement box() {
    return session.driver.findElement(By.id("q"));
  }

  private static String status() {
    return session.driver.findElement(By.id("status")).getText();
  }

  private static String url() {
    return URLDecoder.decode(session.driver.getCurrentUrl(), StandardCharsets.UTF_8).replace(' ', '+');
  }

  private static String firstTitle() {
    return session.driver.findElement(By.cssSelector("#results h2")).getText();
  }

  private static List<String> resultIds() {
    return session.driver.findElements(By.cssSelector("#results article")).stream().map(e -> e.getAttribute("data-id")).toList();
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
