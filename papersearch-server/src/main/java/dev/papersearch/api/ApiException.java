package dev.papersearch.api;

import java.util.List;

/** A request the API refuses, with the HTTP status and a message that names the problem. */
public final class ApiException extends RuntimeException {

  private final int status;
  private final List<ErrorBody.Problem> problems;

  public ApiException(int status, String message) {
    this(status, message, List.of());
  }

  public ApiException(int status, String message, List<ErrorBody.Problem> problems) {
    super(message);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  public int status() {
    return status;
  }

  public ErrorBody body() {
    return ErrorBody.of(status, getMessage(), problems);
  }
}
