package dev.papersearch.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * A system the benchmark compares, and how to open an empty one in a folder.
 *
 * @param name short name used in tables and on the command line of the cold-indexing child
 * @param description one line for the report
 * @param richOnly the system always highlights and counts facets (papersearch, like its API)
 */
record EngineSpec(String name, String description, boolean richOnly, Function<Path, Engine> open) {

  static final String PAPERSEARCH = "papersearch";
  static final String SQLITE = "sqlite-fts5-trigram";
  static final String NORI_DEFAULT = "lucene-nori-default";

  /** papersearch first: every ratio in the report is to it. */
  static final List<EngineSpec> ALL =
      List.of(
          new EngineSpec(
              PAPERSEARCH,
              "the shipped index and searcher (Nori NONE with a user dictionary, reviewed POS stop"
                  + " tags, stemming; English titles; author names; compact model names; glossary"
                  + " expansion), exactly as the API calls it",
              true,
              PapersearchEngine::new),
          new EngineSpec(
              NORI_DEFAULT,
              "Lucene with stock analyzers: KoreanAnalyzer (Nori defaults) on summaries,"
                  + " EnglishAnalyzer on titles, StandardAnalyzer on authors; best-field OR query",
              false,
              dir -> new LuceneEngine(dir, new EnglishAnalyzer(), new KoreanAnalyzer(), new StandardAnalyzer())),
          new EngineSpec(
              "lucene-cjk",
              "Lucene with CJKAnalyzer (bigrams) on every field; best-field OR query",
              false,
              dir -> new LuceneEngine(dir, new CJKAnalyzer(), new CJKAnalyzer(), new CJKAnalyzer())),
          new EngineSpec(
              SQLITE,
              "SQLite FTS5 with the trigram tokenizer (sqlite-jdbc), words of 3+ characters as"
                  + " OR-ed phrases, bm25() order; highlight()/snippet() and GROUP BY date when rich",
              false,
              SqliteEngine::new));

  static Optional<EngineSpec> named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
