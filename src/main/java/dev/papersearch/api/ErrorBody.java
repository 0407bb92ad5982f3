package dev.papersearch.api;

/** The JSON body of every error: {@code {"error":{"status":400,"message":"…"}}}. */
public record ErrorBody(Detail error) {

  public record Detail(int status, String message) {}

  public static ErrorBody of(int status, String message) {
    return new ErrorBody(new Detail(status, message));
  }
}
