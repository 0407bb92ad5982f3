package dev.papersearch.api;

import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.LiveIndexer;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.ParseResult;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/admin/reindex} and {@code POST /api/admin/digests}, behind {@code Authorization:
 * Bearer <admin.token>}. Without a token the routes do not exist (404).
 */
final class AdminController {

  /** The body of a finished reindex. */
  record Reindexed(int papers, int files, int problems, long millis) {}

  /** The body of a stored upload. */
  record Uploaded(String file, String day, int papers, int added, int removed) {}

  private static final String BEARER = "Bearer ";

  private final byte[] tokenHash;
  private final Optional<LiveIndexer> live;

  private AdminController(String token, Optional<LiveIndexer> live) {
    this.tokenHash = sha256(token);
    this.live = live;
  }

  /** Adds the routes when {@code token} is set. */
  static void install(JavalinConfig cfg, String token, Optional<LiveIndexer> live) {
    if (token.isEmpty()) {
      return;
    }
    AdminController admin = new AdminController(token, live);
    cfg.routes.before("/api/admin/*", admin::authorize);
    cfg.routes.post("/api/admin/reindex", admin::reindex);
    cfg.routes.post("/api/admin/digests", admin::upload);
  }

  /**
   * Hashing both sides first makes the comparison take the same time whatever the token's length
   * and however much of it a guess gets right.
   */
  private void authorize(Context ctx) {
    String header = ctx.header(Header.AUTHORIZATION);
    String given = header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()).strip() : "";
    if (!MessageDigest.isEqual(tokenHash, sha256(given))) {
      ctx.header(Header.WWW_AUTHENTICATE, "Bearer realm=\"papersearch admin\"");
      throw new ApiException(401, "Authorization: a valid 'Bearer <admin.token>' header is required");
    }
  }

  private LiveIndexer live() {
    return live.orElseThrow(
        () -> new ApiException(409, "the server has no corpus folder to index (setting corpus.dir or --corpus)"));
  }

  private void reindex(Context ctx) {
    CorpusIndexer.Report report = live().rebuild(CorpusReader.QUIETLY);
    ctx.json(new Reindexed(report.indexed(), report.corpus().files(), report.corpus().problems().size(), report.millis()));
  }

  private void upload(Context ctx) {
    String name = ctx.queryParam("name");
    if (name == null || name.isBlank()) {
      throw ApiException.badRequest("name: the file name of the digest is required, e.g. ?name=2024-10-18.md");
    }
    LiveIndexer.Upload outcome = live().upload(name.strip(), ctx.bodyAsBytes());
    if (outcome instanceof LiveIndexer.Upload.Rejected rejected) {
      int status = rejected.problems().isEmpty() ? 400 : 422;
      throw new ApiException(status, rejected.reason(), problems(name.strip(), rejected.problems()));
    }
    LiveIndexer.Upload.Stored stored = (LiveIndexer.Upload.Stored) outcome;
    LiveIndexer.DayUpdate update = stored.update();
    ctx.status(201)
        .json(
            new Uploaded(
                live().folder().root().relativize(stored.file()).toString(),
                update.day().toString(),
                update.papers(),
                update.added(),
                update.removed()));
  }

  /** Problems name the file as uploaded: where the server keeps it is nobody else's business. */
  private static List<ErrorBody.Problem> problems(String name, List<ParseResult.Problem> problems) {
    return problems.stream()
        .map(p -> new ErrorBody.Problem(name + ":" + p.where().line(), p.where().line(), p.reason()))
        .toList();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
