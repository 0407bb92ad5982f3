package dev.papersearch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core, Deque's accessibility rules, run inside the page under test. The script is the
 * {@code axe.min.js} that Deque's axe-core Selenium jar carries (a test dependency whose Java side
 * is not used). Experimental rules run too: {@code label-content-name-mismatch} (WCAG 2.5.3, a
 * control's accessible name holds its visible text) is one of them.
 */
final class Axe {

  private static final String SCRIPT = load();

  // Every rule set axe has; a tag picks the rules that carry it.
  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];
      axe.run(document.querySelector(arguments[0]), { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => done(results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}: `
            + violation.nodes.map((node) => node.target.flat().join(' >>> ')).join(', '))))
        .catch((error) => done([`axe failed: ${error}`]));
      """;

  private Axe() {}

  /**
   * The serious and critical violations in the element {@code selector} finds, open shadow roots
   * included, one line each: rule, impact, what it asks, the elements.
   */
  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(Browser browser, String selector) {
    if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object'"))) {
      browser.js(SCRIPT);
    }
    return (List<String>) browser.driver.executeAsyncScript(RUN, selector);
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is missing from the test classpath (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
