package dev.papersearch.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.index.Fields;
import dev.papersearch.ingest.Paper;
import dev.papersearch.index.PaperIndex;
import dev.papersearch.search.TestIndexes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lexicon made of the parts a SolrCloud client fetches (the summaries' terms with their papers, each
 * paper's title, summary and authors) is the lexicon of an index of the same papers: the same words with the same
 * counts, and the same suggestions.
 */
class LexiconPartsTest {

  @TempDir Path dir;

  @Test
  void aLexiconOfPartsIsTheLexiconOfTheIndex() throws Exception {
    try (PaperIndex index = TestIndexes.sampleIndex(dir)) {
      IndexSearcher searcher = index.acquire();
      try {
        IndexReader reader = searcher.getIndexReader();
        Lexicon ofIndex = Lexicon.of(reader);
        Lexicon ofParts = ofParts(reader);
        assertTrue(ofIndex.vocabulary().size() > 100, ofIndex.vocabulary().size() + " words");
        assertEquals(ofIndex.vocabulary().words(), ofParts.vocabulary().words());
        Glossary glossary = index.glossary();
        Suggester a = ofIndex.suggester(glossary);
        Suggester b = ofParts.suggester(glossary);
        for (String typed : List.of("트랜스", "ㅌㄹㅅ", "lan", "xmfos", "모댈", "deepseek", "강화 ㅎ", "poo", "Qwe")) {
          assertEquals(a.suggest(typed, 8), b.suggest(typed, 8), typed);
        }
        assertFalse(a.suggest("트랜스", 8).isEmpty());
      } finally {
        index.release(searcher);
      }
    }
  }

  /** The parts as a client of a collection fetches them: terms with their paper counts, and stored fields. */
  private static Lexicon ofParts(IndexReader reader) throws Exception {
    Map<String, Integer> terms = new HashMap<>();
    TermsEnum each = MultiTerms.getTerms(reader, Fields.SUMMARY).iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      terms.put(term.utf8ToString(), each.docFreq());
    }
    List<Lexicon.PaperText> papers = new ArrayList<>();
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      Document paper = stored.document(doc, Set.of(Fields.TITLE, Fields.AUTHORS, Fields.BULLET, Fields.SECTION_TEXT));
      String summary =
          Paper.summaryText(List.of(paper.getValues(Fields.BULLET)), List.of(paper.getValues(Fields.SECTION_TEXT)));
      papers.add(new Lexicon.PaperText(paper.get(Fields.TITLE), summary, paper.getValues(Fields.AUTHORS)));
    }
    return Lexicon.of(terms, papers);
  }
}
