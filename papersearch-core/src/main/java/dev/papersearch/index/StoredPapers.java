package dev.papersearch.index;

import dev.papersearch.ingest.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The papers of the last commit, looked up by id or by day while a batch of writes is prepared;
 * holds one searcher until closed.
 */
final class StoredPapers implements AutoCloseable {

  /** A paper as indexed: the copy shown (from the first day) and every day that lists it. */
  record Listed(Paper paper, SortedSet<LocalDate> days) {}

  private final PaperIndex index;
  private final IndexSearcher searcher;

  StoredPapers(PaperIndex index) {
    this.index = index;
    this.searcher = index.acquire();
  }

  boolean isEmpty() {
    return searcher.getIndexReader().numDocs() == 0;
  }

  Optional<Listed> byId(String id) {
    List<Listed> found = find(new Term(Fields.ID, id), 1);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Every paper listed on {@code day}. */
  List<Listed> onDay(LocalDate day) {
    return find(new Term(Fields.DAYS, day.toString()), Math.max(1, searcher.getIndexReader().maxDoc()));
  }

  private List<Listed> find(Term term, int max) {
    try {
      TopDocs top = searcher.search(new TermQuery(term), max);
      List<Listed> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        Document doc = searcher.storedFields().document(hit.doc);
        out.add(new Listed(PaperDocuments.fromDocument(doc), PaperDocuments.daysOf(doc)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index at " + index.path() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    index.release(searcher);
  }
}
