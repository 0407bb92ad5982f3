package dev.papersearch.cli;

import dev.papersearch.config.Settings;
import dev.papersearch.index.CorpusIndexer;
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
      YYYY-MM-DD.md files) and writes the papers to the index, replacing papers with the same arXiv id.

        --corpus DIR   digests to index (setting corpus.dir)
        --index DIR    index folder (setting index.dir, default: index)
        --rebuild      start from an empty index instead of updating the existing one
        --config FILE  settings file (default: config/papersearch.properties)
        --batch N      with --backend solr: papers per update request (default: 500)
      %s
      With --backend solr the papers go to a SolrCloud collection made from config/solr/papers, each
      replacing the one with its arXiv id; a batch is retried for up to two minutes while a node is
      down or a shard elects a new leader. The glossary is then mined from the whole collection.

      Blocks that cannot be parsed are reported as file:line: reason and skipped; the others are
      indexed. The exit code is 0 when every block parsed, 1 when some were skipped, 2 on a usage or
      settings error, 3 when the index could not be written.
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
      CorpusIndexer.Report report = new CorpusIndexer(index).index(corpus, progress(out, err));
      printReport(report, out);
      return report.corpus().problems().isEmpty() ? 0 : 1;
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
