package dev.papersearch.bench;

import dev.papersearch.index.Folders;
import dev.papersearch.ingest.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQLite FTS5 with the trigram tokenizer, the usual embedded alternative for text in any script.
 * One FTS5 table holds everything (date unindexed), filled in one transaction.
 *
 * <p>Queries follow the trigram tokenizer's rules: each word becomes a quoted phrase and the words are
 * OR-ed (as papersearch treats words as optional); words under three characters cannot be matched
 * by trigrams and are dropped, so a query of only short words finds nothing. Hits are ordered by
 * {@code bm25()}. The rich variant adds {@code highlight()} on the title, {@code snippet()} on the
 * summary and a {@code GROUP BY date} over all matches rolled up into year/month/day counts.
 */
final class SqliteEngine implements Engine {

  private static final int BATCH = 1000;
  private static final String FILTER = " date BETWEEN ? AND ?";
  private static final String MATCH = " FROM papers WHERE papers MATCH ? AND" + FILTER;
  private static final String ALL = " FROM papers WHERE" + FILTER;
  private static final String RICH_COLUMNS =
      "SELECT id, title, authors, date, highlight(papers, 1, '<mark>', '</mark>'),"
          + " snippet(papers, 2, '<mark>', '</mark>', '…', 32)";

  private final Path file;
  private final Connection db;
  private final PreparedStatement insert;
  private int pending;
  private Map<String, PreparedStatement> statements;

  SqliteEngine(Path dir) {
    try {
      Files.createDirectories(dir);
      file = dir.resolve("papers.db");
      db = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement s = db.createStatement()) {
        s.execute(
            "CREATE VIRTUAL TABLE papers USING fts5("
                + "id UNINDEXED, title, summary, authors, date UNINDEXED, tokenize = 'trigram')");
      }
      db.setAutoCommit(false);
      insert = db.prepareStatement("INSERT INTO papers(id, title, summary, authors, date) VALUES (?, ?, ?, ?, ?)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create SQLite FTS5 table: " + e.getMessage(), e);
    }
  }

  @Override
  public void add(Paper paper) {
    try {
      insert.setString(1, paper.id());
      insert.setString(2, paper.title());
      insert.setString(3, paper.summaryText());
      insert.setString(4, String.join(", ", paper.authors()));
      insert.setString(5, paper.date().toString());
      insert.addBatch();
      if (++pending == BATCH) {
        insert.executeBatch();
        pending = 0;
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void finish() {
    try {
      insert.executeBatch();
      db.commit();
      statements =
          Map.of(
              "match-plain", prepare("SELECT id, title, authors, date" + MATCH + " ORDER BY bm25(papers) LIMIT 10"),
              "match-rich", prepare(RICH_COLUMNS + MATCH + " ORDER BY bm25(papers) LIMIT 10"),
              "match-facets", prepare("SELECT date, count(*)" + MATCH + " GROUP BY date"),
              "all-plain", prepare("SELECT id, title, authors, date" + ALL + " ORDER BY date DESC LIMIT 10"),
              "all-rich",
                  prepare("SELECT id, title, authors, date, title, substr(summary, 1, 200)" + ALL + " ORDER BY date DESC LIMIT 10"),
              "all-facets", prepare("SELECT date, count(*)" + ALL + " GROUP BY date"));
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private PreparedStatement prepare(String sql) throws SQLException {
    return db.prepareStatement(sql);
  }

  @Override
  public long sizeOnDisk() {
    return Folders.size(file.getParent());
  }

  @Override
  public Answer search(BenchQuery query, boolean rich) {
    String match = null;
    if (!query.isEmpty()) {
      match = matchExpression(query.text());
      if (match == null) {
        return Answer.NONE;
      }
    }
    String prefix = match == null ? "all-" : "match-";
    try {
      int hits = rows(statements.get(prefix + (rich ? "rich" : "plain")), match, query);
      long total = rich ? facets(statements.get(prefix + "facets"), match, query) : hits;
      return new Answer(hits, total);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Reads every column of every row, as a result list would. */
  private static int rows(PreparedStatement statement, String match, BenchQuery query) throws SQLException {
    bind(statement, match, query);
    int hits = 0;
    try (ResultSet rs = statement.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int c = 1; c <= columns; c++) {
          rs.getString(c);
        }
        hits++;
      }
    }
    return hits;
  }

  /** Day counts rolled up into months and years, as the API's facets; returns the number of matches. */
  private static long facets(PreparedStatement statement, String match, BenchQuery query) throws SQLException {
    bind(statement, match, query);
    Map<String, Long> years = new TreeMap<>();
    Map<String, Long> months = new TreeMap<>();
    long total = 0;
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        String day = rs.getString(1);
        long count = rs.getLong(2);
        years.merge(day.substring(0, 4), count, Long::sum);
        months.merge(day.substring(0, 7), count, Long::sum);
        total += count;
      }
    }
    return total;
  }

  private static void bind(PreparedStatement statement, String match, BenchQuery query) throws SQLException {
    int i = 1;
    if (match != null) {
      statement.setString(i++, match);
    }
    statement.setString(i++, query.fromText());
    statement.setString(i, query.toText());
  }

  /** Each word of 3+ characters as a quoted phrase, OR-ed; {@code null} when no word is long enough. */
  static String matchExpression(String text) {
    List<String> terms = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      if (word.codePointCount(0, word.length()) >= 3) {
        terms.add('"' + word.replace("\"", "\"\"") + '"');
      }
    }
    return terms.isEmpty() ? null : String.join(" OR ", terms);
  }

  private static IllegalStateException failed(SQLException e) {
    return new IllegalStateException("SQLite: " + e.getMessage(), e);
  }

  @Override
  public void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}
