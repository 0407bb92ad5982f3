package dev.papersearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.analysis.KoreanOptions;
import dev.papersearch.index.Fields;
import dev.papersearch.index.PaperDocuments;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.Paper;
import dev.papersearch.support.RealCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.solr.core.SolrConfig;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.IndexSchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configset's schema analyzes every text of the real corpus, and every dev query, into exactly
 * the tokens (terms, positions, offsets) the embedded index and query builder get from core's
 * analyzers: a Solr shard and the embedded index see the same words.
 */
class AnalysisEquivalenceTest {

  private static IndexSchema schema;
  private static List<Paper> papers;

  @BeforeAll
  static void load(@TempDir Path instance) throws Exception {
    Path conf = Files.createDirectories(instance.resolve("conf"));
    try (Stream<Path> files = Files.list(SharedCluster.CONFIG_FOLDER)) {
      for (Path file : files.toList()) {
        Files.copy(file, conf.resolve(file.getFileName()));
      }
    }
    schema = IndexSchemaFactory.buildIndexSchema("schema.xml", new SolrConfig(instance, "solrconfig.xml"));
    papers = new CorpusReader().read(RealCorpus.days(), CorpusReader.QUIETLY).papers();
  }

  @Test
  void indexAnalysisMatchesTheEmbeddedIndexOnTheWholeCorpus() {
    Analyzer embedded = PaperDocuments.analyzer();
    Analyzer solr = schema.getIndexAnalyzer();
    long tokens = 0;
    for (Paper paper : papers) {
      tokens += same(embedded, solr, Fields.TITLE, paper.title());
      tokens += same(embedded, solr, Fields.SUMMARY, paper.summaryText());
      tokens += same(embedded, solr, Fields.NAMES, paper.title() + "\n" + paper.summaryText());
      tokens += same(embedded, solr, Fields.SUMMARY_BIGRAMS, paper.summaryText());
      for (String author : paper.authors()) {
        tokens += same(embedded, solr, Fields.AUTHORS, author);
      }
    }
    assertTrue(tokens > 1_000_000, "compared " + tokens + " tokens");
  }

  @Test
  void queryAnalysisMatchesTheEmbeddedQueryBuilderOnTheDevQueriesAndTitles() throws IOException {
    Analyzer embedded = PaperDocuments.queryAnalyzer(KoreanOptions.SHIPPED);
    Analyzer solr = schema.getQueryAnalyzer();
    List<String> texts = new ArrayList<>();
    DevQueries.read(DevQueries.DEFAULT).forEach(q -> texts.add(q.text()));
    papers.forEach(p -> texts.add(p.title()));
    for (String text : texts) {
      for (String field : List.of(Fields.TITLE, Fields.SUMMARY, Fields.NAMES, Fields.SUMMARY_BIGRAMS, Fields.AUTHORS)) {
        same(embedded, solr, field, text);
      }
    }
  }

  /** Asserts both analyzers give the same tokens for {@code text} in {@code field}; returns how many. */
  private static int same(Analyzer embedded, Analyzer solr, String field, String text) {
    List<String> expected = tokens(embedded, field, text);
    assertEquals(expected, tokens(solr, field, text), () -> field + " of: " + text);
    return expected.size();
  }

  private static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "+" + inc.getPositionIncrement() + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
