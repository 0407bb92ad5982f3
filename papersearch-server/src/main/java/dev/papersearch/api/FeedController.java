package dev.papersearch.api;

import dev.papersearch.config.Settings;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.DateRange;
import dev.papersearch.search.SearchRequest;
import dev.papersearch.search.SearchResponse;
import dev.papersearch.search.Searcher;
import dev.papersearch.search.SortOrder;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code GET /feed.atom}: a search to follow. The parameters of {@code /api/search}, answered as an
 * {@link AtomFeed} of at most {@value #MAX_ENTRIES} papers, always newest first (so with most of the
 * query's words, {@link SortOrder#wordMatch}), so that a reader subscribed to "확산 모델" sees each
 * new day's papers arrive. The {@code ETag} is a digest of the feed, and {@code Last-Modified} the
 * index's last commit (its newest paper's day where the backend does not say), so both change when a
 * day is added, and a reader polling with {@code If-None-Match} or {@code If-Modified-Since} gets a
 * bodyless 304 until then.
 */
final class FeedController {

  static final String PATH = "/feed.atom";
  static final int MAX_ENTRIES = 50;
  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

  /** RFC 9110's IMF-fixdate: a two-digit day, which RFC 1123's Java formatter does not write. */
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

  private final Searcher searcher;
  private final Settings settings;
  private final SearchParams params;
  private final Service service;
  private final SearchGate gate;

  FeedController(Searcher searcher, Settings settings, Service service, SearchGate gate) {
    this.searcher = searcher;
    this.settings = settings;
    this.service = service;
    this.gate = gate;
    this.params = new SearchParams(settings);
  }

  void feed(Context ctx) {
    SearchRequest request = request(ctx);
    service.refuseSearchesWhileEmptyAndLoading();
    AtomFeed feed = gate.run(() -> feedOf(request, SiteOrigin.of(ctx, settings)));
    String body = feed.toXml();
    // Weak: the same feed compressed or not is one representation to a reader.
    String etag = "W/\"" + digest(body) + '"';
    ZonedDateTime modified = lastModified(feed);
    ctx.header(Header.ETAG, etag);
    ctx.header(Header.LAST_MODIFIED, HTTP_DATE.format(modified));
    ctx.header(Header.CACHE_CONTROL, "max-age=0");
    if (notModified(ctx, etag, modified)) {
      ctx.status(304);
      return;
    }
    ctx.contentType(CONTENT_TYPE).result(body);
  }

  /** The search's parameters, newest first, {@value #MAX_ENTRIES} entries unless fewer are asked for, within the depth limit. */
  private SearchRequest request(Context ctx) {
    SearchRequest asked = params.parse(ctx);
    if (asked.sort() != null && asked.sort() != SortOrder.DATE) {
      throw ApiException.badRequest("sort: a feed is always newest first; leave sort out or set it to date");
    }
    String sizeParam = ctx.queryParam("size");
    int size = sizeParam == null || sizeParam.isBlank() ? MAX_ENTRIES : asked.size();
    if (size > MAX_ENTRIES) {
      throw ApiException.badRequest("size: a feed has at most " + MAX_ENTRIES + " entries (got " + size + ")");
    }
    params.requireWithinDepth(asked.page(), size);
    return new SearchRequest(asked.query(), asked.dates(), SortOrder.DATE, asked.page(), size, false, asked.asTyped());
  }

  private AtomFeed feedOf(SearchRequest request, String origin) {
    SearchResponse found = searcher.search(request);
    List<AtomFeed.Entry> entries = new ArrayList<>(found.hits().size());
    for (SearchResponse.Hit hit : found.hits()) {
      // The hit has snippets; the feed carries the whole summary, which only the paper has.
      Paper paper = searcher.paper(hit.id()).orElse(null);
      if (paper != null) {
        entries.add(new AtomFeed.Entry(paper.url(), paper.title(), paper.date(), paper.authors(), paper.summaryText()));
      }
    }
    String query = canonicalQuery(request);
    LocalDate updated = entries.isEmpty() ? newestDay() : entries.get(0).updated();
    String title = request.query().isEmpty() ? "AI 논문 검색: 새 논문" : "AI 논문 검색: " + request.query();
    String self = origin + PATH + query(query);
    String page = origin + "/" + query(query.isEmpty() ? "sort=date" : query + "&sort=date");
    return new AtomFeed(self, title, self, page, updated, entries);
  }

  /**
   * The request's parameters in one order and spelling, so that one search is one feed whatever order
   * its parameters came in: its id, and the page showing the same papers.
   */
  private static String canonicalQuery(SearchRequest request) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", request.query());
    DateRange dates = request.dates();
    params.put("from", dates.from() == null ? "" : dates.from().toString());
    params.put("to", dates.to() == null ? "" : dates.to().toString());
    params.put("as_typed", request.asTyped() ? "true" : "");
    params.put("page", request.page() == 1 ? "" : String.valueOf(request.page()));
    params.put("size", request.size() == MAX_ENTRIES ? "" : String.valueOf(request.size()));
    return params.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("&"));
  }

  private static String query(String query) {
    return query.isEmpty() ? "" : "?" + query;
  }

  /** The day of the newest paper indexed: what an empty feed was last updated by. */
  private LocalDate newestDay() {
    List<SearchResponse.Hit> newest = searcher.search(new SearchRequest("", DateRange.ALL, SortOrder.DATE, 1, 1)).hits();
    return newest.isEmpty() ? LocalDate.EPOCH : LocalDate.parse(newest.get(0).date());
  }

  /**
   * When the index last took a commit, to the second, where the backend knows it: a day added, or
   * papers added to a day the feed already lists, both move it. Else the feed's newest day.
   */
  private ZonedDateTime lastModified(AtomFeed feed) {
    Instant day = AtomFeed.instantOf(feed.updated());
    Instant committed = service.stats().get().lastCommit().map(t -> t.truncatedTo(ChronoUnit.SECONDS)).orElse(day);
    return (committed.isAfter(day) ? committed : day).atZone(ZoneOffset.UTC);
  }

  /** RFC 9110: {@code If-None-Match} decides when sent (weak comparison); else {@code If-Modified-Since}. */
  private static boolean notModified(Context ctx, String etag, ZonedDateTime modified) {
    String ifNoneMatch = ctx.header(Header.IF_NONE_MATCH);
    if (ifNoneMatch != null) {
      String opaque = etag.substring(2);
      for (String tag : ifNoneMatch.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(opaque) || t.equals(etag)) {
          return true;
        }
      }
      return false;
    }
    String since = ctx.header(Header.IF_MODIFIED_SINCE);
    if (since == null) {
      return false;
    }
    try {
      return !modified.isAfter(ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      return false; // a date that does not parse is ignored, as RFC 9110 says
    }
  }

  private static String digest(String body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
