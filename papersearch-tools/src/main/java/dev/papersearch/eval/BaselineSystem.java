package dev.papersearch.eval;

import dev.papersearch.ingest.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * A baseline as a user would get it out of the box: title, summary and authors indexed with stock
 * analyzers and searched the way Elasticsearch's default {@code multi_match} ({@code best_fields},
 * operator OR) does: per field an OR of the analyzed terms, the best field wins.
 */
final class BaselineSystem implements RankingSystem {

  private static final String ID = "id";
  private static final List<String> FIELDS = List.of("title", "summary", "authors");

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder queries;

  BaselineSystem(List<Paper> papers, Analyzer title, Analyzer summary, Analyzer authors) {
    Analyzer analyzer =
        new PerFieldAnalyzerWrapper(authors, Map.of("title", title, "summary", summary));
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Paper paper : papers) {
        Document doc = new Document();
        doc.add(new StringField(ID, paper.id(), Field.Store.YES));
        doc.add(new TextField("title", paper.title(), Field.Store.NO));
        doc.add(new TextField("summary", paper.summaryText(), Field.Store.NO));
        doc.add(new TextField("authors", String.join(", ", paper.authors()), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
      reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    searcher = new IndexSearcher(reader);
    queries = new QueryBuilder(analyzer);
  }

  @Override
  public List<String> rank(String query, int k) {
    List<Query> perField = new ArrayList<>();
    for (String field : FIELDS) {
      Query q = queries.createBooleanQuery(field, query, Occur.SHOULD);
      if (q != null) {
        perField.add(q);
      }
    }
    if (perField.isEmpty()) {
      return List.of();
    }
    try {
      List<String> ids = new ArrayList<>(k);
      for (ScoreDoc sd : searcher.search(new DisjunctionMaxQuery(perField, 0f), k).scoreDocs) {
        ids.add(searcher.storedFields().document(sd.doc).get(ID));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
