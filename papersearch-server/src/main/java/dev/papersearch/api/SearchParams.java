package dev.papersearch.api;

import dev.papersearch.config.Settings;
import dev.papersearch.search.DateRange;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SortOrder;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads and validates the query parameters of {@code GET /api/search} into a {@link SearchRequest}. */
final class SearchParams {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Settings settings;

  SearchParams(Settings settings) {
    this.settings = settings;
  }

  SearchRequest parse(Context ctx) {
    String q = query(ctx, settings);
    int page = integer(ctx, "page", 1, 1, Integer.MAX_VALUE);
    int size = integer(ctx, "size", settings.defaultPageSize(), 0, settings.maxPageSize());
    requireWithinDepth(page, size);
    SortOrder sort = sort(ctx.queryParam("sort"));
    return new SearchRequest(
        q, dates(ctx), sort, page, size, flag(ctx, "explain"), flag(ctx, "as_typed"));
  }

  /** Refuses a page that ends deeper than {@code search.max-depth} hits: the search's, and the feed's with its own size. */
  void requireWithinDepth(int page, int size) {
    if ((long) page * size > settings.maxDepth()) {
      throw ApiException.badRequest(
          "page: page × size may be at most " + settings.maxDepth() + " (got " + page + " × " + size
              + "); narrow the query or the dates instead of paging this deep");
    }
  }

  /** The query text {@code q}, or null when there is none; refused when longer than the settings allow. */
  static String query(Context ctx, Settings settings) {
    String q = ctx.queryParam("q");
    if (q != null && q.length() > settings.maxQueryLength()) {
      throw ApiException.badRequest(
          "q: the query has " + q.length() + " characters; at most " + settings.maxQueryLength() + " are allowed");
    }
    return q;
  }

  /**
   * A flag: {@code explain=true} asks each hit to say what each query stage added to its score, {@code
   * as_typed=true} searches the words as typed, none completed or corrected.
   */
  private static boolean flag(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank() || value.strip().equals("false")) {
      return false;
    }
    if (value.strip().equals("true")) {
      return true;
    }
    throw ApiException.badRequest(name + ": '" + value + "' is not true or false");
  }

  private static SortOrder sort(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return SortOrder.parse(value.strip())
        .orElseThrow(
            () -> ApiException.badRequest("sort: '" + value + "' is not one of relevance, date, votes"));
  }

  private static DateRange dates(Context ctx) {
    LocalDate from = day(ctx, "from");
    LocalDate to = day(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badRequest("from: " + from + " is after to " + to);
    }
    DateRange range = new DateRange(from, to);
    String date = ctx.queryParam("date");
    if (date == null || date.isBlank()) {
      return range;
    }
    DateRange period = period(date.strip());
    return range
        .intersect(period)
        .orElseThrow(
            () -> ApiException.badRequest("date: " + date + " lies outside from/to (" + from + " .. " + to + ")"));
  }

  /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as a range of days. */
  private static DateRange period(String value) {
    try {
      if (YEAR.matcher(value).matches()) {
        int year = Integer.parseInt(value);
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      if (MONTH.matcher(value).matches()) {
        YearMonth month = YearMonth.parse(value);
        return new DateRange(month.atDay(1), month.atEndOfMonth());
      }
      if (DAY.matcher(value).matches()) {
        LocalDate day = LocalDate.parse(value);
        return new DateRange(day, day);
      }
    } catch (DateTimeException e) {
      throw ApiException.badRequest("date: '" + value + "' is not a real year, month or day");
    }
    throw ApiException.badRequest("date: '" + value + "' must be YYYY, YYYY-MM or YYYY-MM-DD");
  }

  private static LocalDate day(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (!DAY.matcher(value.strip()).matches()) {
        throw new DateTimeParseException("shape", value, 0);
      }
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + ": '" + value + "' is not a date in the form YYYY-MM-DD");
    }
  }

  /** The whole number {@code name}, {@code fallback} when absent; refused outside {@code min}..{@code max}. */
  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    long n;
    try {
      n = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + ": '" + value + "' is not a whole number");
    }
    if (n < min || n > max) {
      throw ApiException.badRequest(
          name + ": " + n + (n < min ? " is below the minimum of " + min : " is above the maximum of " + max));
    }
    return (int) n;
  }
}
