package dev.papersearch.solr.client;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.GlossaryMiner;
import dev.papersearch.index.Fields;
import dev.papersearch.index.PaperDocuments;
import dev.papersearch.ingest.Corpus;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.Paper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.BinaryRequestWriter;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Sends a folder of digests to a SolrCloud collection: papers in batches, each replacing the document
 * with its arXiv id (so running it again changes nothing), every batch retried while a node restarts
 * or a shard elects a new leader; then commits, mines the glossary from the whole collection and
 * hands it to the collection's query parsers (configset file, then reload).
 */
public final class SolrIndexer {

  /** What a run did. */
  public record Report(Corpus corpus, int sent, long collectionSize, long millis, int glossaryEntries) {}

  /** Hears about each batch Solr accepted, with the number of papers sent so far. */
  @FunctionalInterface
  public interface Progress {
    void sent(int papers);
  }

  private final SolrNodes nodes;
  private final String collection;
  private final int batchSize;
  private final Duration patience;

  /**
   * @param patience how long one batch is retried before the run fails (a node being down or a leader
   *     being elected usually lasts seconds)
   */
  public SolrIndexer(SolrNodes nodes, String collection, int batchSize, Duration patience) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
    this.nodes = nodes;
    this.collection = collection;
    this.batchSize = batchSize;
    this.patience = patience;
  }

  /** Indexes every digest below {@code root}. */
  public Report index(Path root, Consumer<CorpusReader.FileRead> files, Progress progress) {
    long started = System.nanoTime();
    CorpusReader.digestFiles(root);
    Corpus corpus = new CorpusReader().read(root, files);
    int sent = send(corpus.papers(), daysOf(corpus), progress);
    UpdateRequest commit = new UpdateRequest();
    commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
    update("commit", commit);
    int glossary = publishGlossary();
    long size = new SolrSearcher(nodes, collection, patience).count();
    return new Report(corpus, sent, size, (System.nanoTime() - started) / 1_000_000, glossary);
  }

  /** Every day that lists each paper, as the embedded index keeps them. */
  private static Map<String, SortedSet<LocalDate>> daysOf(Corpus corpus) {
    Map<String, SortedSet<LocalDate>> days = new HashMap<>();
    for (Paper paper : corpus.papers()) {
      days.computeIfAbsent(paper.id(), id -> new TreeSet<>()).add(PaperDocuments.dayOf(paper));
    }
    for (Paper repeat : corpus.repeats()) {
      days.computeIfAbsent(repeat.id(), id -> new TreeSet<>()).add(PaperDocuments.dayOf(repeat));
    }
    return days;
  }

  private int send(List<Paper> papers, Map<String, SortedSet<LocalDate>> days, Progress progress) {
    int sent = 0;
    for (int from = 0; from < papers.size(); from += batchSize) {
      List<SolrInputDocument> batch = new ArrayList<>(batchSize);
      for (Paper paper : papers.subList(from, Math.min(papers.size(), from + batchSize))) {
        batch.add(SolrFields.toInput(paper, days.get(paper.id())));
      }
      UpdateRequest update = new UpdateRequest();
      update.add(batch);
      update("send papers " + (from + 1) + "-" + (from + batch.size()), update);
      sent += batch.size();
      progress.sent(sent);
    }
    return sent;
  }

  /** Sends {@code update} in javabin, retried on the nodes until one takes it or patience runs out. */
  private void update(String what, UpdateRequest update) {
    BinaryRequestWriter writer = new BinaryRequestWriter();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      writer.write(update, body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + what + ": " + e.getMessage(), e);
    }
    byte[] bytes = body.toByteArray();
    nodes.retrying(
        patience,
        () -> nodes.post(what, "/" + collection + "/update", update.getParams(), bytes, writer.getUpdateContentType()));
  }

  /**
   * Mines the glossary (pairs and English words) from every paper in the collection (a shard only sees its own) and
   * reloads the collection so that its query parsers expand with it.
   */
  private int publishGlossary() {
    GlossaryMiner miner = new GlossaryMiner();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery page = new SolrQuery("*:*");
      page.set("defType", "lucene");
      page.setFields(Fields.TITLE, Fields.SUMMARY);
      page.setRows(1000);
      page.setSort(Fields.ID, SolrQuery.ORDER.asc);
      page.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = nodes.retrying(patience, () -> nodes.call("read summaries", node -> node.query(collection, page)));
      for (SolrDocument doc : response.getResults()) {
        Object title = doc.getFirstValue(Fields.TITLE);
        Object summary = doc.getFirstValue(Fields.SUMMARY);
        if (title != null && summary != null) {
          miner.addPaper(title.toString(), summary.toString());
        }
      }
      if (cursor.equals(response.getNextCursorMark())) {
        break;
      }
      cursor = response.getNextCursorMark();
    }
    Glossary glossary = miner.glossary();
    SolrAdmin admin = new SolrAdmin(nodes);
    admin.uploadFile(admin.configName(collection), SolrFields.GLOSSARY_RESOURCE, tsv(glossary));
    admin.reload(collection);
    return glossary.entries().size();
  }

  private static byte[] tsv(Glossary glossary) {
    try {
      Path file = Files.createTempFile("glossary", ".tsv");
      try {
        glossary.write(file);
        return Files.readString(file, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the glossary: " + e.getMessage(), e);
    }
  }
}
