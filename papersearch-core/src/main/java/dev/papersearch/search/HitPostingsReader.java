package dev.papersearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.codecs.BlockTermState;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A segment whose postings are opened once per highlighted page instead of once per hit.
 *
 * <p>A query's matches in one document ({@code Weight.matches}) open a terms enum and a postings enum
 * for every term of the query, and the highlighter asks for them hit after hit: on this corpus's
 * queries, of fifty to a hundred terms, that opening was half of what highlighting cost. Here each
 * term's postings are kept between hits and moved forward to the next one, which is allowed because the
 * hits are read in increasing doc id order ({@link #startHit}). Within one hit each request for a term
 * is given an enum of its own, as Lucene would give, so that two clauses of the same term never read
 * each other's positions; what a hit's matches read is therefore what they would read otherwise.
 *
 * <p>Only postings asked for by a term state (how a weight reads the terms it has looked up) are kept;
 * a terms enum used in any other way is the segment's own. Lives for one page of hits.
 */
final class HitPostingsReader extends FilterLeafReader {

  private record Kept(String field, BytesRef term, int flags) {}

  /** Each term's enums, in the order the requests of a hit took them. */
  private final Map<Kept, List<ForwardOnly>> kept = new HashMap<>();

  /** How many of each term's enums the current hit has taken. */
  private final Map<Kept, Integer> taken = new HashMap<>();

  /** Per field, the enum that seeks the terms whose postings are kept. */
  private final Map<String, TermsEnum> seekers = new HashMap<>();

  private int hit = -1;

  HitPostingsReader(LeafReader segment) {
    super(segment);
  }

  /**
   * Begins the matches of {@code doc}: each kept enum may be taken once more. A doc id below the last
   * one starts afresh, since an enum cannot move back.
   */
  void startHit(int doc) {
    if (doc <= hit) {
      kept.clear();
    }
    hit = doc;
    taken.clear();
  }

  private PostingsEnum postings(String field, BytesRef term, TermState state, int flags) throws IOException {
    Kept key = new Kept(field, BytesRef.deepCopyOf(term), flags);
    int index = taken.merge(key, 1, Integer::sum) - 1;
    List<ForwardOnly> enums = kept.computeIfAbsent(key, k -> new ArrayList<>());
    if (index == enums.size()) {
      TermsEnum seeker = seeker(field);
      seeker.seekExact(term, state);
      enums.add(new ForwardOnly(seeker.postings(null, flags)));
    }
    ForwardOnly taken = enums.get(index);
    taken.handOut();
    return taken;
  }

  /** The field's enum for looking terms up; each use seeks it before reading it. */
  private TermsEnum seeker(String field) throws IOException {
    TermsEnum seeker = seekers.get(field);
    if (seeker == null) {
      seeker = in.terms(field).iterator();
      seekers.put(field, seeker);
    }
    return seeker;
  }

  @Override
  public Terms terms(String field) throws IOException {
    Terms terms = in.terms(field);
    return terms == null ? null : new HitTerms(field, terms);
  }

  @Override
  public CacheHelper getCoreCacheHelper() {
    return null; // its enums are its own; nothing may be cached against it
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  private final class HitTerms extends FilterTerms {

    private final String field;

    HitTerms(String field, Terms in) {
      super(in);
      this.field = field;
    }

    @Override
    public TermsEnum iterator() {
      return new HitTermsEnum(field, in);
    }

    @Override
    public TermsEnum intersect(CompiledAutomaton compiled, BytesRef startTerm) throws IOException {
      return in.intersect(compiled, startTerm);
    }
  }

  /**
   * A terms enum that seeks (by term, or by term state) without opening an enum of the segment, and
   * gives the kept postings of the term so sought; anything else opens the segment's enum and asks it.
   */
  private final class HitTermsEnum extends TermsEnum {

    private final String field;
    private final Terms terms;
    private TermsEnum own;
    private BytesRef soughtTerm;
    private TermState soughtState;
    /** A term looked up and not found, which the segment's enum is to be left at if it is ever asked. */
    private BytesRef missed;

    HitTermsEnum(String field, Terms terms) {
      this.field = field;
      this.terms = terms;
    }

    /** The segment's own enum, at the term sought by state if one is pending. */
    private TermsEnum own() throws IOException {
      if (own == null) {
        own = terms.iterator();
      }
      if (missed != null) {
        own.seekExact(missed);
        missed = null;
      }
      if (soughtTerm != null) {
        own.seekExact(soughtTerm, soughtState);
        soughtTerm = null;
        soughtState = null;
      }
      return own;
    }

    @Override
    public void seekExact(BytesRef term, TermState state) {
      missed = null;
      soughtTerm = term;
      soughtState = state;
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
      return soughtTerm != null ? HitPostingsReader.this.postings(field, soughtTerm, soughtState, flags) : own().postings(reuse, flags);
    }

    @Override
    public AttributeSource attributes() {
      try {
        return own().attributes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Looks the term up with the field's shared enum and keeps its state, as a weight's term lookup needs. */
    @Override
    public boolean seekExact(BytesRef text) throws IOException {
      TermsEnum seeker = seeker(field);
      if (!seeker.seekExact(text)) {
        soughtTerm = null;
        missed = BytesRef.deepCopyOf(text);
        return false;
      }
      missed = null;
      soughtTerm = BytesRef.deepCopyOf(text);
      soughtState = seeker.termState();
      return true;
    }

    @Override
    public SeekStatus seekCeil(BytesRef text) throws IOException {
      soughtTerm = null;
      missed = null;
      return own().seekCeil(text);
    }

    @Override
    public void seekExact(long ord) throws IOException {
      soughtTerm = null;
      missed = null;
      own().seekExact(ord);
    }

    @Override
    public BytesRef term() throws IOException {
      return soughtTerm != null ? soughtTerm : own().term();
    }

    @Override
    public long ord() throws IOException {
      return own().ord();
    }

    /** From the term's state when it has the counts (the block tree's do), as a phrase's cost asks. */
    @Override
    public int docFreq() throws IOException {
      return soughtTerm != null && soughtState instanceof BlockTermState counted ? counted.docFreq : own().docFreq();
    }

    @Override
    public long totalTermFreq() throws IOException {
      return soughtTerm != null && soughtState instanceof BlockTermState counted ? counted.totalTermFreq : own().totalTermFreq();
    }

    @Override
    public ImpactsEnum impacts(int flags) throws IOException {
      return own().impacts(flags);
    }

    @Override
    public TermState termState() throws IOException {
      return soughtTerm != null ? soughtState : own().termState();
    }

    @Override
    public BytesRef next() throws IOException {
      return own().next();
    }
  }

  /** Postings that stay where they are when asked to advance to a doc they are already at or past. */
  private static final class ForwardOnly extends FilterPostingsEnum {

    /**
     * Whether it was handed out and not moved since: it then says it is on no document yet, as a new
     * enum does, whatever hit it was left at. A conjunction (a phrase's terms) requires its enums on
     * one document when it is made, and a term asked for more often in this hit than before comes new
     * beside the others' kept ones.
     */
    private boolean unpositioned = true;

    ForwardOnly(PostingsEnum in) {
      super(in);
    }

    void handOut() {
      unpositioned = true;
    }

    @Override
    public int docID() {
      return unpositioned ? -1 : in.docID();
    }

    @Override
    public int nextDoc() throws IOException {
      if (unpositioned) {
        unpositioned = false;
        // Left on a document of the term by an earlier hit: the next one a hit can ask for.
        int at = in.docID();
        return at >= 0 ? at : in.nextDoc();
      }
      return in.nextDoc();
    }

    @Override
    public int advance(int target) throws IOException {
      unpositioned = false;
      int at = in.docID();
      return at >= target ? at : in.advance(target);
    }
  }
}
