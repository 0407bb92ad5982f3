package dev.papersearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.search.TestIndexes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

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

  @Test
  void composingSendsNothingUntilCommitted() throws Exception {
    SearchContext widget = load(session.site.host.origin(), "", "");
    widget.findElement(By.cssSelector("input")).click();
    int before = session.site.searcher.queries().size();
    session.browser.compose("ㅎ", "확", "확산");
    Thread.sleep(500);
    assertEquals(before, session.site.searcher.queries().size(), "a request was sent while composing");
    session.browser.commit("확산");
    session.browser.waiting().until(d -> !options(widget).isEmpty());
    Thread.sleep(300);
    assertEquals(List.of("확산"), session.site.searcher.queries().subList(before, session.site.searcher.queries().size()));
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
    input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertEquals("o1", input.getAttribute("aria-activedescendant"));
    assertEquals("true", options(widget).get(1).getAttribute("aria-selected"));
    String url = options(widget).get(1).findElement(By.tagName("a")).getAttribute("href");
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
    WebElement link = options(widget).get(0).findElement(By.tagName("a"));
    assertEquals("<img src=x onerror=\"window.__xss=1\"> Image Handler In The Title", link.getText());
    assertTrue(widget.findElements(By.cssSelector("img, script")).isEmpty());
    assertNull(link.getAttribute("href"), "a javascript: link was kept");
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
    WebElement link = options(widget).get(0).findElement(By.tagName("a"));
    assertEquals("rgba(0, 128, 0, 1)", link.getCssValue("color"));
    assertEquals("15px", link.getCssValue("font-size"));
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

  private static List<WebElement> options(SearchContext widget) {
    return widget.findElements(By.cssSelector("[role=option]"));
  }

  private static String status(SearchContext widget) {
    return widget.findElement(By.cssSelector(".status")).getText();
  }
}
