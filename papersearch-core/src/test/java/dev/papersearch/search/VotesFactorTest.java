package dev.papersearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** A paper's factor in the votes prior, and that of a paper whose digest gave no votes. */
class VotesFactorTest {

  private static final VotesFactor FACTOR = new VotesFactor("votes", 0.035, 8);

  @Test
  void aPaperWithoutVotesCountsAsHavingTheUnknownVotes() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
        for (long votes : new long[] {0, 8, 100}) {
          Document doc = new Document();
          doc.add(new NumericDocValuesField("votes", votes));
          writer.addDocument(doc);
        }
        writer.addDocument(new Document()); // no votes given
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReaderContext leaf = reader.leaves().get(0);
        DoubleValues values = FACTOR.getValues(leaf, null);
        double[] factors = new double[4];
        for (int doc = 0; doc < 4; doc++) {
          assertTrue(values.advanceExact(doc), "every paper has a factor");
          factors[doc] = values.doubleValue();
        }
        assertEquals(1.0, factors[0], 1e-12);
        assertEquals(1 + 0.035 * Math.log(9), factors[1], 1e-12);
        assertEquals(1 + 0.035 * Math.log(101), factors[2], 1e-12);
        assertEquals(factors[1], factors[3], 1e-12);

        Explanation unknown = FACTOR.explain(leaf, 3, Explanation.match(1f, "score"));
        assertEquals(factors[3], unknown.getValue().doubleValue(), 1e-12);
        assertEquals("1 + 0.035·ln(1 + votes), votes 8 (none given)", unknown.getDescription());
      }
    }
  }
}
