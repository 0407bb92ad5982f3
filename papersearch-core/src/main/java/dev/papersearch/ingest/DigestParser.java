package dev.papersearch.ingest;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one daily digest file into a {@link ParseResult} per {@code ### [title](url)} block.
 *
 * <p>The parser is line based and forgiving about everything the real digests vary in (see the
 * corpus README): header lines may be missing, summaries come unlabelled or labelled with two or three
 * asterisks, labels may be malformed, and lines inside a section may be numbered or plain. A block is
 * reported as a {@link ParseResult.Problem} only when it cannot yield a paper at all (no link, no arXiv
 * id, no date) or has a header value that is plainly wrong; the next block is parsed regardless.
 */
public final class DigestParser {

  private static final Pattern DAY_HEADING =
      Pattern.compile("^##\\s+Daily Papers\\s*\\((.*?)\\)\\s*$");
  private static final Pattern PAPER_HEADING = Pattern.compile("^###\\s+\\[(.*)]\\((\\S+?)\\)\\s*$");
  /** Where a link names a paper; what follows, up to a query or fragment, must be an id. */
  private static final Pattern PAPER_LINK =
      Pattern.compile("(?:arxiv\\.org/(?:abs|pdf)/|huggingface\\.co/papers/)([^?#]*)", Pattern.CASE_INSENSITIVE);
  /**
   * An arXiv id, whole: new style {@code YYMM.NNNNN} (a real month; four digits after the dot from
   * 0704 to 1412, five since 1501), old style {@code hep-th/9901001}, each with an optional version,
   * and {@code .pdf} on a PDF link. An id with a digit or letter too many or too few is no id: cut or
   * read to fit, it would be another paper's.
   */
  private static final Pattern ARXIV_ID =
      Pattern.compile(
          "((?:0[7-9]|1[0-4])(?:0[1-9]|1[0-2])\\.\\d{4}|(?:1[5-9]|[2-9]\\d)(?:0[1-9]|1[0-2])\\.\\d{5}"
              + "|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?(?:\\.pdf)?/?");
  /**
   * The most characters one paper block may have. The largest block of the real corpus has 11,160
   * (2025-01-27); a block six times that is not a summary, and holding it would cost every search
   * that shows it.
   */
  static final int MAX_BLOCK_CHARS = 65_536;
  private static final Pattern IMAGE = Pattern.compile("^!\\[[^]]*]\\((\\S+?)\\)\\s*$");
  private static final Pattern WATCH_VIDEO =
      Pattern.compile("^\\[Watch Video]\\(?(\\S+?)\\)?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern VIDEO_TAG =
      Pattern.compile("<video\\b[^>]*\\bsrc=[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
  private static final Pattern VOTE = Pattern.compile("^Vote:\\s*(.*?)\\s*$");
  private static final Pattern AUTHORS = Pattern.compile("^Authors:\\s*(.*?)\\s*$");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
  /** {@code ***What's New***: …}, {@code **What's New**: …} and the malformed {@code ***X*: …}. */
  private static final Pattern LABEL = Pattern.compile("^\\*{2,3}([^*]{1,80}?)\\*{1,3}\\s*[:：]\\s*(.*)$");

  /**
   * Parses the text of {@code file}. The date in the file's name is the day of its papers; a heading
   * that says another day is reported, and dates the papers only of a file whose name has no date.
   */
  public List<ParseResult> parse(Path file, String text) {
    List<ParseResult> results = new ArrayList<>();
    LocalDate named = DigestPaths.dateOf(file).orElse(null);
    LocalDate day = named;
    String dayProblem = day == null ? "no '## Daily Papers (YYYY-MM-DD)' heading and no date in the file name" : null;
    BlockBuilder block = null;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = TextCleaner.clean(lines[i]).strip();
      int lineNo = i + 1;
      Matcher heading = DAY_HEADING.matcher(line);
      if (heading.matches()) {
        block = finish(block, results);
        LocalDate said = parseDate(heading.group(1).strip());
        if (named == null) {
          day = said;
          dayProblem = said == null ? "bad date in heading '" + line + "'" : null;
        } else if (!named.equals(said)) {
          results.add(
              new ParseResult.Problem(
                  new SourceLine(file, lineNo),
                  "the heading says " + (said == null ? "'" + abbreviate(line) + "'" : said)
                      + " but the file is named for " + named + "; its papers are dated " + named,
                  ParseResult.Problem.Cost.NONE,
                  Optional.empty()));
        }
      } else if (line.startsWith("### ") || line.equals("###")) {
        block = finish(block, results);
        block = new BlockBuilder(new SourceLine(file, lineNo), day, dayProblem);
        block.header(line);
      } else if (line.startsWith("## ")) {
        block = finish(block, results);
      } else if (block != null) {
        block.line(line, lineNo);
      }
    }
    finish(block, results);
    return results;
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static BlockBuilder finish(BlockBuilder block, List<ParseResult> results) {
    if (block != null) {
      results.add(block.build());
    }
    return null;
  }

  /** Collects the lines of one paper block. */
  private static final class BlockBuilder {
    private final SourceLine start;
    private final LocalDate date;
    private ParseResult.Problem problem;
    private String title;
    private String url;
    private String id;
    private Integer votes;
    private List<String> authors = List.of();
    private String thumbnail;
    private String video;
    private final List<StringBuilder> bullets = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<StringBuilder> bodies = new ArrayList<>();
    /** The text a continuation line is appended to: the last bullet or section body. */
    private StringBuilder current;
    /** Characters of the block so far, line ends included. */
    private long chars;

    BlockBuilder(SourceLine start, LocalDate date, String dayProblem) {
      this.start = start;
      this.date = date;
      if (dayProblem != null) {
        fail(start.line(), dayProblem);
      }
    }

    void header(String line) {
      chars = line.length() + 1;
      Matcher m = PAPER_HEADING.matcher(line);
      if (!m.matches()) {
        fail(start.line(), "paper heading is not '### [title](url)': " + abbreviate(line));
        return;
      }
      title = m.group(1).strip();
      url = m.group(2);
      Matcher link = PAPER_LINK.matcher(url);
      if (!link.find()) {
        fail(start.line(), "no arXiv id in link " + abbreviate(url));
      } else if ((m = ARXIV_ID.matcher(link.group(1))).matches()) {
        id = m.group(1);
      } else {
        fail(start.line(), "'" + abbreviate(link.group(1)) + "' is not an arXiv id (YYMM.NNNNN or archive/NNNNNNN) in link " + abbreviate(url));
      }
      if (title.isEmpty()) {
        fail(start.line(), "empty title");
      }
    }

    void line(String line, int lineNo) {
      chars += line.length() + 1;
      if (chars > MAX_BLOCK_CHARS) {
        // Nothing more is kept: a block this size is reported, not indexed.
        fail(lineNo, "the paper block is over " + MAX_BLOCK_CHARS + " characters (a summary is rarely a tenth of that)");
        return;
      }
      if (line.isEmpty()) {
        return;
      }
      Matcher m;
      if ((m = IMAGE.matcher(line)).matches()) {
        if (thumbnail == null) {
          thumbnail = m.group(1);
        }
      } else if ((m = WATCH_VIDEO.matcher(line)).matches()) {
        video = m.group(1);
      } else if (line.regionMatches(true, 0, "<div", 0, 4)
          || line.regionMatches(true, 0, "<video", 0, 6)) {
        if (video == null && (m = VIDEO_TAG.matcher(line)).find()) {
          video = m.group(1);
        }
      } else if ((m = VOTE.matcher(line)).matches()) {
        vote(m.group(1), lineNo);
      } else if ((m = AUTHORS.matcher(line)).matches()) {
        authors = AuthorList.parse(m.group(1));
      } else if ((m = BULLET.matcher(line)).matches()) {
        bullet(m.group(1).strip());
      } else if (current != null) {
        current.append('\n').append(TextCleaner.stripEmphasis(line));
      } else {
        current = newBullet(line);
      }
    }

    private void vote(String value, int lineNo) {
      if (value.isEmpty() || value.equals("-")) {
        votes = null;
        return;
      }
      try {
        votes = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        fail(lineNo, "vote is not a number or '-': '" + abbreviate(value) + "'");
        return;
      }
      if (votes < 0) {
        fail(lineNo, "negative vote count " + votes);
      }
    }

    private void bullet(String body) {
      Matcher label = LABEL.matcher(body);
      if (label.matches()) {
        labels.add(label.group(1).strip().replace('\u2019', '\''));
        current = new StringBuilder(TextCleaner.stripEmphasis(PythonList.unwrap(label.group(2).strip())));
        bodies.add(current);
      } else if (!labels.isEmpty()) {
        current.append('\n').append(TextCleaner.stripEmphasis(body));
      } else {
        current = newBullet(body);
      }
    }

    private StringBuilder newBullet(String text) {
      StringBuilder bullet = new StringBuilder(TextCleaner.stripEmphasis(text));
      bullets.add(bullet);
      return bullet;
    }

    private void fail(int lineNo, String reason) {
      if (problem == null) {
        problem = new ParseResult.Problem(new SourceLine(start.file(), lineNo), reason);
      }
    }

    ParseResult build() {
      if (problem != null) {
        return new ParseResult.Problem(problem.where(), problem.reason(), ParseResult.Problem.Cost.BLOCK, Optional.ofNullable(id));
      }
      List<Section> sections = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        sections.add(new Section(labels.get(i), bodies.get(i).toString().strip()));
      }
      return new ParseResult.Parsed(
          new Paper(
              id,
              url,
              title,
              date,
              votes == null ? OptionalInt.empty() : OptionalInt.of(votes),
              authors,
              thumbnail,
              video,
              bullets.stream().map(b -> b.toString().strip()).toList(),
              sections,
              start));
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
