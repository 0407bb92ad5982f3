package dev.papersearch.search;

/**
 * The backend cannot answer this kind of request at all, unlike {@link SearchUnavailableException}
 * (not now); the API answers 501 with the message, which says what can.
 */
public final class UnsupportedRequestException extends RuntimeException {

  public UnsupportedRequestException(String message) {
    super(message);
  }
}
