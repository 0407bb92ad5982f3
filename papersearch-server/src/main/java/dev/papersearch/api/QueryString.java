package dev.papersearch.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Refuses an API request whose query string does not decode: a malformed %-escape, or escapes that
 * are not UTF-8. Javalin decodes parameters leniently: it drops a parameter with a bad escape (so
 * {@code q=transformer%zz} searched for nothing and {@code date=%G1} lifted the filter) and turns
 * bytes that are not UTF-8 into U+FFFD. Checked once for all of {@code /api} and for the feed, which
 * takes the search's parameters, on the raw query string, so that no route can read a parameter
 * other than the one that was sent.
 */
final class QueryString {

  private QueryString() {}

  static void install(JavalinConfig cfg) {
    cfg.routes.before("/api/*", QueryString::check);
    cfg.routes.before(FeedController.PATH, QueryString::check);
  }

  /** Splits as Javalin does: pairs at {@code &}, name and value at the first {@code =}. */
  private static void check(Context ctx) {
    String query = ctx.queryString();
    if (query == null) {
      return;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String rawName = equals < 0 ? pair : pair.substring(0, equals);
      String name = decode(rawName, rawName);
      if (equals >= 0) {
        decode(pair.substring(equals + 1), name);
      }
    }
  }

  /**
   * {@code text} decoded as {@code application/x-www-form-urlencoded} UTF-8, or a 400 naming
   * {@code name} and quoting the escapes at fault as sent.
   */
  private static String decode(String text, String name) {
    // Each byte remembers the characters of text it came from, to quote them in an error.
    byte[] bytes = new byte[text.length() * 3];
    int[] from = new int[bytes.length];
    int[] to = new int[bytes.length];
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      int end = c == '%' ? i + 3 : i + Character.charCount(text.codePointAt(i));
      byte[] encoded;
      if (c == '%') {
        if (end > text.length() || !HexFormat.isHexDigit(text.charAt(i + 1)) || !HexFormat.isHexDigit(text.charAt(i + 2))) {
          throw ApiException.badRequest(
              name + ": '" + text.substring(i, Math.min(end, text.length()))
                  + "' is not a %-escape: % must be followed by two hexadecimal digits (a % itself is written %25)");
        }
        encoded = new byte[] {(byte) HexFormat.fromHexDigits(text, i + 1, end)};
      } else {
        // Jetty hands over raw non-ASCII request bytes already read as UTF-8.
        encoded = (c == '+' ? " " : text.substring(i, end)).getBytes(StandardCharsets.UTF_8);
      }
      for (byte b : encoded) {
        bytes[n] = b;
        from[n] = i;
        to[n++] = end;
      }
      i = end;
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, n);
    CharBuffer out = CharBuffer.allocate(n);
    CoderResult result = utf8.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      throw ApiException.badRequest(
          name + ": '" + text.substring(from[at], to[at + result.length() - 1])
              + "' is not UTF-8; percent-encode the text's UTF-8 bytes (as encodeURIComponent does)");
    }
    return out.flip().toString();
  }
}
