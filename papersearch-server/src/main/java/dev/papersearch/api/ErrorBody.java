package dev.papersearch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON body of every error: {@code {"error":{"status":400,"message":"…"}}}, and for a refused
 * digest upload also {@code "problems":[{"line":17,"message":"…"}]}.
 */
public record ErrorBody(Detail error) {

  public record Detail(int status, String message, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Problem> problems) {}

  /** A problem at a line of an uploaded file; {@code where} is {@code file:line}. */
  public record Problem(String where, int line, String message) {}

  public static ErrorBody of(int status, String message) {
    return of(status, message, List.of());
  }

  public static ErrorBody of(int status, String message, List<Problem> problems) {
    return new ErrorBody(new Detail(status, message, List.copyOf(problems)));
  }
}
