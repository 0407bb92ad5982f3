package dev.papersearch.cli;

import dev.papersearch.config.Settings;
import dev.papersearch.index.CorpusFolder;
import dev.papersearch.index.CorpusIndexer;
import dev.papersearch.index.LiveIndexer;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.ParseResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;

/** {@code index}: parse a folder of digests and write them to the index. */
final class IndexCommand {

  static final String HELP =
      """
      Usage: papersearch index --corpus DIR [--index DIR] [--rebuild] [--config FILE]
             papersearch index --backend solr --solr-url URL[,URL...] [--collection NAME] [--batch N] --corpus DIR

      Parses every daily digest below DIR (the upstream paper_logs/YYYY/MM/DD.md layout or flat
      YYYY-MM-DD.md files) and makes the index hold exactly its papers. An index built before is
      compared with DIR day by day (each day's files' fingerprint is kept with the index), and only
      new, changed and removed days are written; a new index is built whole. A single FILE given as
      --corpus is added to the index, replacing papers with the same arXiv id.

        --corpus DIR   digests to index (setting corpus.dir)
        --index DIR    index folder (setting index.dir, default: index)
        --rebuild      start from an empty index instead of updating the existing one
        --config FILE  settings file (default: config/papersearch.properties)
        --batch N      with --backend solr: papers per update request (default: 500)
      %s
      With --backend solr the papers go to a SolrCloud collection made from config/solr/papers, each
      replacing the one with its arXiv id; a batch is retried for up to two minutes while a node is
      down or a shard elects a new leader. The glossary is then mined from the whole collection.

      Problems are reported as file:line: reason: a block that cannot be parsed is skipped (the others
      are indexed), bytes that are not UTF-8 are read as U+FFFD. A DIR that lacks over half the days
      the index holds is refused (--rebuild shrinks an index on purpose). The exit code is 0 when there
      was no problem, 1 when there were some or DIR was refused, 2 on a usage or settings error, 3 when
      the index could not be written.
      """
          .formatted(SolrBackend.FLAGS_HELP);

  private IndexCommand() {}

  static int run(Settings settings, boolean rebuild, PrintStream out, PrintStream err) {
    Path corpus = settings.corpusDir();
    if (corpus == null) {
      throw new UsageException("index needs --corpus DIR (or the corpus.dir setting)");
    }
    if (!Files.exists(corpus)) {
      throw new UsageException("--corpus " + corpus + ": no such file or folder");
    }
    out.printf("Indexing %s into %s%n", corpus, settings.indexDir());
    try (PaperIndex index = PaperIndex.open(settings.indexDir(), rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)) {
      if (Files.isRegularFile(corpus)) {
        CorpusIndexer.Report report = new CorpusIndexer(index).index(corpus, progress(out, err));
        printReport(report, out);
        return report.corpus().problems().isEmpty() ? 0 : 1;
      }
      LiveIndexer.Sync sync;
      try {
        sync = new LiveIndexer(index, new CorpusFolder(corpus)).sync(() -> false, progress(out, err));
      } catch (LiveIndexer.Refused e) {
        err.println("papersearch: " + e.getMessage());
        return 1;
      }
      if (sync.rebuilt().isPresent()) {
        printReport(sync.rebuilt().get(), out);
      } else {
        printSync(sync, corpus, out, err);
      }
      return sync.problems().isEmpty() ? 0 : 1;
    } catch (IOException e) {
      err.println("papersearch: cannot close index at " + settings.indexDir() + ": " + e.getMessage());
      return 3;
    }
  }

  static Consumer<CorpusReader.FileRead> progress(PrintStream out, PrintStream err) {
    int[] papers = {0};
    return file -> {
      papers[0] += file.papers().size();
      for (ParseResult.Problem problem : file.problems()) {
        err.println(problem);
      }
      if (file.number() == file.total() || file.number() % 25 == 0) {
        out.printf(Locale.ROOT, "  [%d/%d files] %,d papers%n", file.number(), file.total(), papers[0]);
      }
    };
  }

  /** What comparing a folder with a built index did: the days that differed, and every problem. */
  static void printSync(LiveIndexer.Sync sync, Path corpus, PrintStream out, PrintStream err) {
    sync.problems().forEach(err::println);
    for (LiveIndexer.DayUpdate update : sync.updates()) {
      out.printf(
          Locale.ROOT,
          "  %s: %s, %d papers listed, %d new, %d removed%n",
          update.day(), update.outcome().name().toLowerCase(Locale.ROOT), update.papers(), update.added(), update.removed());
    }
    out.printf(
        Locale.ROOT,
        "Compared %,d days of %s with the index in %.2f s: %,d re-indexed, %,d problems%n",
        sync.days(), corpus, sync.millis() / 1e3, sync.updates().stream().filter(LiveIndexer.DayUpdate::changed).count(),
        sync.problems().size());
  }

  private static void printReport(CorpusIndexer.Report report, PrintStream out) {
    var corpus = report.corpus();
    out.printf(
        Locale.ROOT,
        "Read %,d files, %,d blocks: %,d papers, %,d repeated on a later day (first day kept), %,d problems%n",
        corpus.files(),
        corpus.blocks(),
        corpus.papers().size(),
        corpus.repeats().size(),
        corpus.problems().size());
    out.printf(
        Locale.ROOT,
        "Index holds %,d papers, %.1f MB, written in %.2f s%n",
        report.indexed(),
        report.indexBytes() / 1e6,
        report.millis() / 1e3);
  }
}
