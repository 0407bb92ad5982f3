package dev.papersearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.search.TestIndexes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code <paper-search>} on a page of another origin (a second port), as a site publishing the
 * digest embeds it: searching, refusal for origins not on the allow-list, IME, keyboard, safety and
 * style isolation.
 */
class WidgetTest {

  @TempDir static Path dir;
  private static BrowserSession session;

  @BeforeAll
  static void start() {
    session = BrowserSession.start(dir, 1000, 900, TestIndexes.sampleIndex(dir.resolve("index")));
  }

  @AfterAll
  static void stop() throws IOException {
    BrowserSession.close(session);
  }

  @Test
  void searchesFromAnAllowedOrigin() {
    SearchContext widget = load(session.site.host.origin(), "placeholder=\"논문 찾기\" size=\"3\"", "");
    WebElement input = widget.findElement(By.cssSelector("input"));
    assertEquals("논문 찾기", input.getAttribute("placeholder"));
    input.sendKeys("트랜스포머");
    session.browser.waiting().until(d -> !options(widget).isEmpty());
    assertEquals(3, options(widget).size());
    assertFalse(widget.findElements(By.cssSelector("[role=option] mark")).isEmpty());
    assertTrue(status(widget).matches("\\d+건 · \\d+ ms"), status(widget));
    assertEquals("true", input.getAttribute("aria-expanded"));
    WebElement all = widget.findElement(By.cssSelector("a.all"));
    assertTrue(all.getAttribute("href").startsWith(session.site.base() + "/?q="), all.getAttribute("href"));
  }

  @Test
  void anOriginNotOnTheAllowListIsRefused() {
    int before = session.site.searcher.queries().size();
    SearchContext widget = load(session.site.host.otherOrigin(), "", "");
    widget.findElement(By.cssSelector("input")).sendKeys("트랜스포머");
    session.browser.waiting().until(d -> status(widget).startsWith("검색 서버에 연결하지 못했습니다"));
    assertTrue(options(widget).isEmpty());
    assertEquals(before, session.site.searcher.queries().size(), "the refused request reached the searcher");
  }

  /** As on the page: a pause while 머 is still composing searches, and the Enters after it do not again. */
  @Test
  void aPauseInTheMiddleOfAHangulSyllableSearchesAndEnterDoesNotSearchAgain() throws Exception {
    SearchContext widget = load(session.site.host.origin(), "", "");
    WebElement input = widget.findElement(By.cssSelector("input"));
    input.click();
    session.browser.recordCompositions(input);
    int before = session.site.searcher.queries().size();

    session.browser.typeHangul(Browser.TRANSFORMER);
    new WebDriverWait(session.driver, Duration.ofSeconds(1))
        .until(d -> widget.findElements(By.cssSelector("[role=option] mark")).stream().anyMatch(m -> m.getText().startsWith("트랜스포머")));
    assertEquals("트랜스포머", input.getAttribute("value"));
    assertEquals(List.of(5L, 5L, true), session.browser.js(
        "return [arguments[0].selectionStart, arguments[0].selectionEnd, window.__composing]", input));
    assertEquals("input", session.browser.js("return document.activeElement.shadowRoot.activeElement.localName"));

    session.browser.commitWithEnter("머");
    input.sendKeys(Keys.ENTER);
    Thread.sleep(400);
    assertEquals(List.of("229 composing", "13"), session.browser.js("return window.__enters"));
    assertEquals("트랜스포머", input.getAttribute("value"));
    List<String> sent = session.site.searcher.queries().subList(before, session.site.searcher.queries().size());
    assertEquals(1, Collections.frequency(sent, "트랜스포머"), sent.toString());
  }

  @Test
  void aJapaneseCompositionSendsNothingUntilCommitted() throws Exception {
    SearchContext widget = load(session.site.host.origin(), "", "");
    widget.findElement(By.cssSelector("input")).click();
    int before = session.site.searcher.queries().size();
    session.browser.compose("か", "かく", "かくさ", "かくさん", "拡散");
    Thread.sleep(500);
    assertEquals(before, session.site.searcher.queries().size(), "a request was sent while composing");
    session.browser.commit("拡散");
    session.browser.waiting().until(d -> session.site.searcher.queries().size() > before);
    Thread.sleep(300);
    assertEquals(List.of("拡散"), session.site.searcher.queries().subList(before, session.site.searcher.queries().size()));
  }

  /** axe-core finds nothing serious or critical in the widget with results and one of them active. */
  @Test
  void axeFindsNoSeriousProblem() {
    SearchContext widget = load(session.site.host.origin(), "", "");
    WebElement input = widget.findElement(By.cssSelector("input"));
    input.sendKeys("트랜스포머");
    session.browser.waiting().until(d -> !widget.findElements(By.cssSelector("[role=option] mark")).isEmpty());
    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals(List.of(), Axe.seriousViolations(session.browser, "paper-search"));
  }

  @Test
  void arrowsMoveTheActiveOptionEnterOpensItAndEscapeClears() {
    SearchContext widget = load(session.site.host.origin(), "", "");
    WebElement input = widget.findElement(By.cssSelector("input"));
    session.browser.js("document.activeElement.blur()");
    session.driver.findElement(By.tagName("body")).sendKeys("/");
    assertEquals("paper-search", session.driver.switchTo().activeElement().getTagName());
    input.sendKeys("LoRA");
    session.browser.waiting().until(d -> options(widget).size() > 1);
    suggestionsShown(widget);
    input.sendKeys(Keys.ESCAPE); // closes the suggestions: the arrows move through the results again
    input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertEquals("o1", input.getAttribute("aria-activedescendant"));
    assertEquals("true", options(widget).get(1).getAttribute("aria-selected"));
    String url = options(widget).get(1).getAttribute("href");
    List<String> tabs = List.copyOf(session.driver.getWindowHandles());
    input.sendKeys(Keys.ENTER);
    session.browser.waiting().until(d -> d.getWindowHandles().size() == tabs.size() + 1);
    String opened = session.driver.getWindowHandles().stream().filter(h -> !tabs.contains(h)).findFirst().orElseThrow();
    String host = session.driver.getWindowHandle();
    session.driver.switchTo().window(opened);
    session.browser.waiting().until(d -> d.getCurrentUrl().startsWith(url));
    session.driver.close();
    session.driver.switchTo().window(host);

    input.sendKeys(Keys.ESCAPE);
    assertEquals("", input.getAttribute("value"));
    assertTrue(options(widget).isEmpty());
    assertEquals("false", input.getAttribute("aria-expanded"));
  }

  /**
   * The suggestions under the box: while open the box controls them (↓ ↓ Enter picks the second and
   * searches it), Esc closes them and the box controls the results again.
   */
  @Test
  void suggestionsArePickedByKeyboardAndEscapeGivesTheArrowsBackToTheResults() {
    SearchContext widget = load(session.site.host.origin(), "", "");
    WebElement input = typed(widget, "gu");
    assertEquals(List.of("Albert Gu", "Daya Guo", "Guijin Son", "guanaco"), suggestionsShown(widget));
    assertEquals("suggestions list", input.getAttribute("aria-controls"));
    assertEquals("true", input.getAttribute("aria-expanded"));
    input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertEquals("suggestions-1", input.getAttribute("aria-activedescendant"));
    input.sendKeys(Keys.ENTER);
    assertEquals("Daya Guo", input.getAttribute("value"));
    session.browser.waiting().until(d -> session.site.searcher.queries().contains("Daya Guo") && !options(widget).isEmpty());
    assertEquals("list", input.getAttribute("aria-controls"));

    session.browser.js("arguments[0].dataset.probe = 'Daya Guo'", options(widget).get(0));
    input.sendKeys(Keys.BACK_SPACE);
    suggestionsShown(widget);
    session.browser.waiting().until(d -> !options(widget).isEmpty() && options(widget).get(0).getAttribute("data-probe") == null);
    input.sendKeys(Keys.ESCAPE);
    assertFalse(widget.findElement(By.cssSelector("#suggestions")).isDisplayed());
    assertEquals("Daya Gu", input.getAttribute("value"));
    assertEquals("list", input.getAttribute("aria-controls"));
    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals("o0", input.getAttribute("aria-activedescendant"));
  }

  @Test
  void aSuggestionIsPickedByMouse() {
    SearchContext widget = load(session.site.host.origin(), "", "");
    WebElement input = typed(widget, "xmfostm");
    assertEquals("트랜스포머", suggestionsShown(widget).get(0));
    widget.findElement(By.cssSelector("#suggestions [role=option]")).click();
    assertEquals("트랜스포머", input.getAttribute("value"));
    session.browser.waiting().until(d -> !widget.findElements(By.cssSelector("#list [role=option] mark")).isEmpty());
    assertFalse(widget.findElement(By.cssSelector("#suggestions")).isDisplayed());
  }

  /** As on the page, a query read otherwise says so; the link searches the words as typed. */
  @Test
  void aCorrectionIsShownAndItsLinkSearchesAsTyped() {
    SearchContext widget = load(session.site.host.origin(), "", "");
    WebElement input = typed(widget, "xmfostmvhaj");
    suggestionsShown(widget);
    input.sendKeys(Keys.ESCAPE); // the suggestions cover the line
    session.browser.waiting().until(d -> widget.findElement(By.cssSelector(".correction")).isDisplayed());
    WebElement correction = widget.findElement(By.cssSelector(".correction"));
    assertEquals("트랜스포머 검색 결과 · xmfostmvhaj(으)로 검색", correction.getText());
    correction.findElement(By.tagName("a")).click();
    session.browser.waiting().until(d -> status(widget).startsWith("‘xmfostmvhaj’에 맞는 논문이 없습니다."));
    assertFalse(correction.isDisplayed());
    assertEquals("xmfostmvhaj", input.getAttribute("value"));
  }

  /** axe-core finds nothing serious or critical in the widget with suggestions open and one active. */
  @Test
  void axeFindsNoSeriousProblemWithSuggestionsOpen() {
    SearchContext widget = load(session.site.host.origin(), "", "");
    WebElement input = typed(widget, "gu");
    suggestionsShown(widget);
    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals(List.of(), Axe.seriousViolations(session.browser, "paper-search"));
  }

  /**
   * Moving an element disconnects and connects it again (twice here: remove and insert, then an
   * append that moves it). The widget must keep its `/` listener on the document, exactly one (the
   * set below counts them as the browser does: one function added twice is one listener).
   */
  @Test
  void aMovedWidgetKeepsItsSlashShortcutAndStillSearches() {
    load(session.site.host.origin(), "", "");
    session.browser.js(
        "const listeners = new Set();"
            + "const add = document.addEventListener, remove = document.removeEventListener;"
            + "document.addEventListener = function (type, f, o) { if (type === 'keydown') listeners.add(f); add.call(this, type, f, o); };"
            + "document.removeEventListener = function (type, f, o) { if (type === 'keydown') listeners.delete(f); remove.call(this, type, f, o); };"
            + "window.__keydownListeners = listeners;"
            + "const widget = document.querySelector('paper-search');"
            + "widget.remove();"
            + "document.querySelector('h1').after(widget);"
            + "document.body.append(widget);"
            + "document.activeElement.blur();");
    SearchContext widget = session.driver.findElement(By.cssSelector("paper-search")).getShadowRoot();
    session.driver.findElement(By.tagName("body")).sendKeys("/");
    assertEquals("paper-search > input", session.browser.js(
        "const focused = document.activeElement;"
            + "return focused.localName + ' > ' + focused.shadowRoot?.activeElement?.localName;"));
    assertEquals(1L, session.browser.js("return window.__keydownListeners.size"));
    WebElement input = widget.findElement(By.cssSelector("input"));
    assertEquals("", input.getAttribute("value"));
    input.sendKeys("LoRA");
    session.browser.waiting().until(d -> !options(widget).isEmpty());
  }

  @Test
  void markupInTitlesIsTextAndJavascriptLinksAreDroppedEvenWithoutACsp() {
    SearchContext widget = load(session.site.host.origin(), "", "");
    widget.findElement(By.cssSelector("input")).sendKeys("image handler title");
    session.browser.waiting().until(d -> !options(widget).isEmpty());
    WebElement option = options(widget).get(0);
    assertEquals("<img src=x onerror=\"window.__xss=1\"> Image Handler In The Title", option.findElement(By.cssSelector(".title")).getText());
    assertTrue(widget.findElements(By.cssSelector("img, script")).isEmpty());
    assertNull(option.getAttribute("href"), "a javascript: link was kept");
    options(widget).get(0).click();
    assertNull(session.browser.js("return window.__xss"));
  }

  @Test
  void hostStylesStayOutThemeVariablesAndLanguageGetIn() {
    SearchContext widget = load(session.site.host.origin(), "lang=\"en\" date-facet=\"off\"", "paper-search { --ps-accent: rgb(0, 128, 0); }");
    WebElement input = widget.findElement(By.cssSelector("input"));
    assertTrue(input.getAttribute("placeholder").startsWith("Search papers"), input.getAttribute("placeholder"));
    input.sendKeys("Mamba");
    session.browser.waiting().until(d -> !options(widget).isEmpty());
    WebElement title = options(widget).get(0).findElement(By.cssSelector(".title"));
    assertEquals("rgba(0, 128, 0, 1)", title.getCssValue("color"));
    assertEquals("15px", title.getCssValue("font-size"));
    assertTrue(status(widget).contains("results"), status(widget));
    assertEquals(1, widget.findElements(By.cssSelector("select")).stream().filter(WebElement::isDisplayed).count());
  }

  /** Opens the host page at {@code origin} with the widget and returns the widget's shadow root. */
  private static SearchContext load(String origin, String attributes, String css) {
    session.site.host.embed(session.site.base(), attributes, css);
    session.driver.get(origin + "/");
    return session.browser.waiting()
        .until(d -> d.findElement(By.cssSelector("paper-search")).getShadowRoot());
  }

  /** The results, the options of the listbox the box controls when no suggestions are open. */
  private static List<WebElement> options(SearchContext widget) {
    return widget.findElements(By.cssSelector("#list [role=option]"));
  }

  /** The widget's box, with {@code text} typed into it. */
  private static WebElement typed(SearchContext widget, String text) {
    WebElement input = widget.findElement(By.cssSelector("input"));
    input.sendKeys(text);
    return input;
  }

  /** The texts of the suggestions, once they are shown. */
  private static List<String> suggestionsShown(SearchContext widget) {
    session.browser.waiting().until(d -> widget.findElement(By.cssSelector("#suggestions")).isDisplayed());
    return widget.findElements(By.cssSelector("#suggestions [role=option] .text")).stream().map(WebElement::getText).toList();
  }

  private static String status(SearchContext widget) {
    return widget.findElement(By.cssSelector(".status")).getText();
  }
}
