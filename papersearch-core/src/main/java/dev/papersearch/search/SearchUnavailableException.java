package dev.papersearch.search;

/**
 * The search backend could not be reached (every SolrCloud node down or refusing); the API answers
 * 503 so the client may retry, as for a time limit.
 */
public final class SearchUnavailableException extends RuntimeException {

  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
