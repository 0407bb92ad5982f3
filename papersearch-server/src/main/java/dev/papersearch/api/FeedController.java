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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code GET /feed.atom}: a search to follow. The parameters of {@code /api/search}, answered as an
 * {@link AtomFeed} of at most {@value #MAX_ENTRIES} papers, always newest first, so that a reader
 * subscribed to "확산 모델" sees each new day's papers arrive. The {@code ETag} is a digest of the
 * feed itself and {@code Last-Modified} its newest paper's day, so both change when a day adds a
 * matching paper, and a reader polling with {@code If-None-Match} or {@code If-Modified-Since} gets a
 * bodyless 304 until then.
 */
final class FeedController {

  static final int MAX_ENTRIES = 50;
  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

  private final Searcher searcher;
  private final Settings settings;
  private final SearchParams params;
  private final Service service;

  FeedController(Searcher searcher, Settings settings, Service service) {
    this.searcher = searcher;
    this.settings = settings;
    this.service = service;
    this.params = new SearchParams(settings);
  }

  void feed(Context ctx) {
    SearchRequest asked = params.parse(ctx);
    service.refuseSearchesWhileEmptyAndLoading();
    if (asked.sort() != null && asked.sort() != SortOrder.DATE) {
      throw ApiException.badRequest("sort: a feed is always newest first; leave sort out or set it to date");
    }
    if (asked.size() > MAX_ENTRIES) {
      throw ApiException.badRequest("size: a feed has at most " + MAX_ENTRIES + " entries (got " + asked.size() + ")");
    }
    int size = ctx.queryParam("size") == null ? MAX_ENTRIES : asked.size();
    SearchRequest request =
        new SearchRequest(asked.query(), asked.dates(), SortOrder.DATE, asked.page(), size, false, asked.asTyped());
    AtomFeed feed = feedOf(request, ctx);
    String body = feed.toXml();
    String etag = '"' + digest(body) + '"';
    ZonedDateTime modified = AtomFeed.instantOf(feed.updated()).atZone(ZoneOffset.UTC);
    ctx.header(Header.ETAG, etag);
    ctx.header(Header.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(modified));
    ctx.header(Header.CACHE_CONTROL, "max-age=0");
    if (notModified(ctx, etag, modified)) {
      ctx.status(304);
      return;
    }
    ctx.contentType(CONTENT_TYPE).result(body);
  }

  private AtomFeed feedOf(SearchRequest request, Context ctx) {
    SearchResponse found = searcher.search(request);
    List<AtomFeed.Entry> entries = new ArrayList<>(found.hits().size());
    for (SearchResponse.Hit hit : found.hits()) {
      // The hit has snippets; the feed carries the whole summary, which only the paper has.
      Paper paper = searcher.paper(hit.id()).orElse(null);
      if (paper != null) {
        entries.add(new AtomFeed.Entry(paper.url(), paper.title(), paper.date(), paper.authors(), paper.summaryText()));
      }
    }
    String origin = SiteOrigin.of(ctx, settings);
    String query = ctx.queryString() == null || ctx.queryString().isEmpty() ? "" : "?" + ctx.queryString();
    LocalDate updated = entries.isEmpty() ? newestDay() : entries.get(0).updated();
    String title = request.query().isEmpty() ? "AI 논문 검색: 새 논문" : "AI 논문 검색: " + request.query();
    return new AtomFeed(origin + "/feed.atom" + query, title, origin + "/feed.atom" + query, origin + "/" + query, updated, entries);
  }

  /** The day of the newest paper indexed: what an empty feed was last updated by. */
  private LocalDate newestDay() {
    List<SearchResponse.Hit> newest = searcher.search(new SearchRequest("", DateRange.ALL, SortOrder.DATE, 1, 1)).hits();
    return newest.isEmpty() ? LocalDate.EPOCH : LocalDate.parse(newest.get(0).date());
  }

  /** RFC 9110: {@code If-None-Match} decides when sent; else {@code If-Modified-Since}. */
  private static boolean notModified(Context ctx, String etag, ZonedDateTime modified) {
    String ifNoneMatch = ctx.header(Header.IF_NONE_MATCH);
    if (ifNoneMatch != null) {
      for (String tag : ifNoneMatch.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
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
