package dev.papersearch.solr;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.search.DateRange;
import dev.papersearch.search.PaperQueryBuilder;
import dev.papersearch.search.UserQuery;
import dev.papersearch.solr.client.SolrFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.core.SolrResourceNotFoundException;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;

/**
 * The {@code papers} query parser: builds the query exactly as the embedded backend does, with core's
 * {@link PaperQueryBuilder} over the schema's query analyzers (the same factories as {@code
 * PaperAnalyzers}), the collection's glossary and the shard's vocabulary for loanword respelling.
 *
 * <p>What was typed is not read here: the client reads it once against the whole collection's words
 * and sends the words as meant ({@code SolrSearcher}); a shard would read it against its own words.
 *
 * <p>Date ranges are not part of it: the client sends them as {@code fq}, which Solr caches and which
 * never scores, as the embedded builder's {@code FILTER} clause does not either.
 *
 * <p>The glossary is {@value SolrFields#GLOSSARY_RESOURCE} in the collection's configset, mined from the
 * whole collection by the indexer (a shard sees only part of it); read when the core loads, so the
 * indexer reloads the collection after uploading a new one. Without it, queries are not expanded.
 */
public final class PaperQParserPlugin extends QParserPlugin implements ResourceLoaderAware {

  public static final String NAME = "papers";

  private volatile Glossary glossary = Glossary.EMPTY;

  /** The builder for the schema it was made for; a reloaded core gets a new plugin anyway. */
  private record Built(IndexSchema schema, PaperQueryBuilder builder) {}

  private volatile Built built;

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    try (InputStream in = loader.openResource(SolrFields.GLOSSARY_RESOURCE);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      glossary = Glossary.parse(lines.lines().toList());
    } catch (SolrResourceNotFoundException e) {
      glossary = Glossary.EMPTY; // a collection nothing was indexed into yet
    } catch (NumberFormatException e) {
      throw new IOException("bad " + SolrFields.GLOSSARY_RESOURCE + " in the configset: " + e.getMessage(), e);
    }
  }

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() {
        PaperQueryBuilder builder = builder(req.getSchema());
        String apart = params.get(SolrFields.WORDS_APART_PARAM);
        PaperQueryBuilder.WordClauses clauses =
            builder.wordClauses(UserQuery.parse(qstr == null ? "" : qstr), req.getSearcher().getIndexReader(), apart == null ? null : wordsApart(apart));
        return builder.build(clauses, DateRange.ALL, wordMatch(params)).query();
      }
    };
  }

  /** {@link SolrFields#WORD_MATCH_PARAM}, as the client sets it from the order; any word's when absent. */
  private static PaperQueryBuilder.WordMatch wordMatch(SolrParams params) {
    String value = params.get(SolrFields.WORD_MATCH_PARAM);
    try {
      return value == null ? PaperQueryBuilder.WordMatch.ANY : PaperQueryBuilder.WordMatch.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, SolrFields.WORD_MATCH_PARAM + ": '" + value + "' is not ANY, MOST or AS_TYPED");
    }
  }

  /** {@link SolrFields#WORDS_APART_PARAM}, as the client counts it over the collection. */
  private static boolean wordsApart(String value) {
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, SolrFields.WORDS_APART_PARAM + ": '" + value + "' is not true or false");
    };
  }

  private PaperQueryBuilder builder(IndexSchema schema) {
    Built current = built;
    if (current == null || current.schema() != schema) {
      // Expanding the glossary analyzes every entry once; not per query.
      current = new Built(schema, new PaperQueryBuilder(schema.getQueryAnalyzer(), glossary));
      built = current;
    }
    return current.builder();
  }
}
