package dev.papersearch.search;

import java.time.Duration;

/** A search ran past its time limit and was stopped; the API answers 503 so the client may retry. */
public final class SearchTimeoutException extends RuntimeException {

  public SearchTimeoutException(Duration limit) {
    super("the search took longer than " + limit.toMillis() + " ms and was stopped; try a narrower query or retry later");
  }
}
