package dev.papersearch.search;

import static dev.papersearch.search.FieldQueries.FIELDS;
import static dev.papersearch.search.FieldQueries.LATIN_WORD;
import static dev.papersearch.search.FieldQueries.TIE_BREAKER;
import static dev.papersearch.search.FieldQueries.boostOf;
import static dev.papersearch.search.FieldQueries.hangulOnly;
import static dev.papersearch.search.FieldQueries.tokensQuery;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.config.RelevanceProfile;
import dev.papersearch.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the Lucene query for a {@link UserQuery}.
 *
 * <p>The words are analyzed per field, with that field's analyzer (see {@link AnalyzedQuery}), and for
 * each word the fields compete in a
 * {@link DisjunctionMaxQuery}: a word scores by the field it matches best, so an English word can
 * match a title while the Korean word beside it matches the summary. Words are optional ({@code
 * SHOULD}), so papers matching more of them rank higher and one unknown word never empties the
 * result. The tokens of one word are optional too, so a compound and its spaced form ({@code
 * 확산모델}, {@code 확산 모델}) match the same papers. Glossary
 * terms add their translation (see {@link GlossaryExpander}). Quoted phrases are required and
 * excluded words are prohibited. A mild prior favours voted papers ({@link #VOTES_PRIOR}).
 */
public final class PaperQueryBuilder {

  /** Every weight below comes from here: config/relevance.properties. */
  private static final RelevanceProfile PROFILE = RelevanceProfile.SHIPPED;

  /**
   * Clauses of a query besides its words, phrases and exclusions: the date filter, or the match-all of
   * an empty query.
   */
  private static final int FIXED_CLAUSES = 2;

  private static final int TITLE = 0;
  private static final int SUMMARY = 1;

  /** Index of the summary bigrams among the analyzed forms of the query, after the {@link #FIELDS}. */
  private static final int BIGRAMS = FIELDS.size();

  /** Index of the summary tokens with each word read alone where that keeps more of it. */
  private static final int WORD_BY_WORD = BIGRAMS + 1;

  /**
   * Weight of a word's Hangul character pairs in the summaries. They count only where Nori split the
   * word differently from the papers' text (the word's own tokens then miss), so they are an
   * alternative to the word in its disjunction, not an addition to it.
   */
  static final float BIGRAM_WEIGHT = PROFILE.bigrams();

  /**
   * What a paper gets for having every searched word of a query, as typed or translated, each word
   * adding its share ({@link WordFoundQuery}): Lucene's old coordination factor, added rather than
   * multiplied. Shared, so that a word of a long question (KorQuAD's) counts for little and a word of
   * three for much.
   */
  static final float WORDS_FOUND = PROFILE.wordsFound();

  /**
   * Weight of the votes prior: a paper's score is multiplied by {@code 1 + w·ln(1 + votes)}, ×1.08 at
   * 10 votes and ×1.16 at 100. Readers look for papers they remember, more often the voted ones; a
   * paper whose digest gave no vote count counts as having {@link #UNKNOWN_VOTES}.
   */
  public static final double VOTES_PRIOR = PROFILE.votesPrior();

  /** The votes a paper without a vote count is taken to have in the votes prior (see {@link VotesFactor}). */
  static final long UNKNOWN_VOTES = Math.round(PROFILE.votesPriorUnknown());

  private final Analyzer analyzer;
  private final double votesPrior;
  private final QueryBuilder analyzing;
  private final GlossaryExpander glossary;
  private final TransliterationStage transliteration;
  private final LoanwordSpellings loanwordSpellings;
  private final AuthorNames authorNames;
  private final QueryBudget budget;
  private final QueryOptions options;

  public PaperQueryBuilder(Analyzer analyzer, Glossary glossary) {
    this(analyzer, glossary, QueryOptions.shipped());
  }

  /** A builder with other ranking options, for comparisons. */
  public PaperQueryBuilder(Analyzer analyzer, Glossary glossary, QueryOptions options) {
    this.analyzer = analyzer;
    this.votesPrior = options.votesPrior();
    this.analyzing = new QueryBuilder(analyzer);
    this.glossary = new GlossaryExpander(analyzer, glossary, options.synonyms());
    SummarySpellings spellings = new SummarySpellings(analyzer);
    this.transliteration = new TransliterationStage(analyzer, glossary, spellings);
    this.loanwordSpellings = new LoanwordSpellings(analyzer);
    this.authorNames = new AuthorNames(spellings);
    this.budget = options.budget();
    this.options = options;
  }

  /**
   * The query matching {@code query} within {@code dates}, within the {@link QueryBudget}; {@code
   * vocabulary} (the index being searched, or {@code null}) lets misspelled loanwords find the spelling
   * the index uses.
   */
  public BuiltQuery build(UserQuery query, DateRange dates, IndexReader vocabulary) {
    return build(wordClauses(query, vocabulary), dates);
  }

  /**
   * What a query's words, phrases and exclusions make, the costly part of a query (analysis, glossary,
   * transliteration): the same for every date range, order and page of one query over one index, so a
   * searcher may build it once for them all ({@link #build(WordClauses, DateRange)}).
   *
   * @param matching what a paper must match; {@code null} when analysis or the budget left no word
   * @param mostWords what a paper must also match to have most searched words ({@link WordMatch#MOST}),
   *     each as typed or through a glossary translation of a term it is part of; {@code null} when that
   *     adds nothing (no searched word, or one the mined lexicon did not translate)
   * @param otherLanguage what a query of a few words in the other language of the papers it seeks
   *     adds; {@code null} when the query cannot be one (one word, a longer one, the stage off) or
   *     the clauses would not fit
   * @param exclusions what it must not
   * @param notes what the budget left out
   */
  public record WordClauses(Query matching, Query mostWords, OtherLanguage otherLanguage, List<Query> exclusions, QueryNotes notes) {

    public WordClauses {
      exclusions = List.copyOf(exclusions);
    }
  }

  /**
   * A query of {@value #OTHER_LANGUAGE_WORDS_MIN} to {@value #OTHER_LANGUAGE_WORDS_MAX} searched words
   * whose words no paper has most of as typed ({@code layout planning character consistency}: the
   * titles have each word, none most of them) is in the other language of the papers it seeks (their
   * summaries write 레이아웃, 계획, 등장인물, 일관성): the papers with most of the words through glossary
   * terms ({@link RelevanceProfile#otherLanguageGlossed}) and through the mined lexicon ({@link
   * RelevanceProfile#otherLanguageTranslated}) come first ({@link Stage#OTHER_LANGUAGE}). A query whose
   * words some paper has together is read in its own language, and the bonus would put papers with
   * its words' translations before the one it describes: measured on the dev set, a constant for
   * the conjunction on every query lowered the Korean and English kinds. A longer query describes a
   * paper in words no paper need have together (the known-item sets' queries of six words and more),
   * and is left as it is.
   *
   * @param asTyped the papers with most searched words as typed ({@link WordMatch#AS_TYPED})
   * @param bonus the constants for the papers with most of them translated
   * @param apart whether no paper has most of the words as typed, so that the bonus applies
   */
  public record OtherLanguage(Query asTyped, Query bonus, boolean apart) {}

  /** The fewest searched words of a query read in the other language ({@link OtherLanguage}). */
  public static final int OTHER_LANGUAGE_WORDS_MIN = 2;

  /** The most searched words of a query read in the other language ({@link OtherLanguage}). */
  public static final int OTHER_LANGUAGE_WORDS_MAX = 5;

  /**
   * Which papers a query of several words matches: those with any of its words, or those with most
   * of them: every word of a query of up to {@value #ALL_WORDS_UP_TO}, and {@value #SHARE_OF_LONGER}
   * of a longer one, rounded down (Elasticsearch's {@code minimum_should_match} "3<75%"). A longer
   * query describes a paper in words its summary need not all use: over the known-item sets, every
   * word would list nothing for 85 of 183 dev queries and lose the paper sought for 95; three in four
   * lists nothing for 6 and keeps the paper for 168 (held out: 1 of 80, 76 kept).
   */
  public enum WordMatch {
    ANY,
    MOST,
    /** Only the papers with most searched words as typed, for counting them ({@link OtherLanguage#asTyped}). */
    AS_TYPED
  }

  /** Queries of up to this many searched words need every one of them under {@link WordMatch#MOST}. */
  public static final int ALL_WORDS_UP_TO = 3;

  /** The share of a longer query's searched words a paper needs under {@link WordMatch#MOST}. */
  public static final double SHARE_OF_LONGER = 0.75;

  /** The clauses of {@code query}'s words, phrases and exclusions, within the {@link QueryBudget}. */
  public WordClauses wordClauses(UserQuery query, IndexReader vocabulary) {
    return wordClauses(query, vocabulary, null);
  }

  /**
   * The same, with whether no paper has most of the words as typed ({@link OtherLanguage#apart})
   * given by the caller (a SolrCloud client's count over the whole collection, which one shard's
   * index cannot give), or {@code null} to count it on {@code vocabulary}.
   */
  public WordClauses wordClauses(UserQuery query, IndexReader vocabulary, Boolean apart) {
    BudgetSpending spending = new BudgetSpending(Math.min(budget.clauses(), IndexSearcher.getMaxClauseCount() - FIXED_CLAUSES));
    // Phrases and exclusions first: they decide which papers match at all, the words only how they rank.
    List<Query> phrases =
        spending.admitEach(query.phrases(), p -> StagedQuery.of(Stage.PHRASES, acrossFields(p, true)), p -> '"' + p + '"');
    List<Query> exclusions = spending.admitEach(query.excluded(), w -> acrossFields(w, true), w -> "-" + w);
    Words words = query.isEmpty() ? Words.NONE : words(query.words(), vocabulary, spending);
    Query matching = matching(query, phrases, words.queries());
    // The budget keeps the query within Lucene's clause limit; the requirement repeats its words'
    // clauses, and is left out rather than refused in the rare query where both would not fit.
    int clauses = FIXED_CLAUSES + (matching == null ? 0 : ClauseCount.of(matching)) + exclusions.stream().mapToInt(ClauseCount::of).sum();
    Query mostWords = fitting(words.mostWords(), clauses);
    int withMostWords = clauses + (mostWords == null ? 0 : ClauseCount.of(mostWords));
    OtherLanguage candidate = words.otherLanguage();
    OtherLanguage otherLanguage =
        candidate == null || fitting(candidate.bonus(), withMostWords) == null
            ? null
            : new OtherLanguage(
                candidate.asTyped(),
                candidate.bonus(),
                apart != null ? apart : vocabulary != null && noneHas(candidate.asTyped(), vocabulary));
    return new WordClauses(matching, mostWords, otherLanguage, exclusions, spending.notes());
  }

  /**
   * {@code extra}, when a query of {@code clauses} has room for it within Lucene's clause limit; else
   * {@code null}: the extras repeat the words' clauses, and are left out rather than refused in the
   * rare query where both would not fit.
   */
  private static Query fitting(Query extra, int clauses) {
    return extra != null && clauses + ClauseCount.of(extra) <= IndexSearcher.getMaxClauseCount() ? extra : null;
  }

  /**
   * Whether no paper of {@code index} matches {@code query}: the search stops at the first paper
   * that does, which for a query in the papers' language is among the first few it reads.
   */
  private static boolean noneHas(Query query, IndexReader index) {
    try {
      FirstMatch first = new FirstMatch();
      new IndexSearcher(index).search(query, first);
      return !first.found;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for a paper with a query's words: " + e.getMessage(), e);
    }
  }

  /** The query of {@code clauses} within {@code dates}, with the votes prior, matching papers with any of the words. */
  public BuiltQuery build(WordClauses clauses, DateRange dates) {
    return build(clauses, dates, WordMatch.ANY);
  }

  /**
   * The query of {@code clauses} within {@code dates}, with the votes prior; with {@link
   * WordMatch#MOST}, only papers with most of the searched words match, scored as with any.
   */
  public BuiltQuery build(WordClauses clauses, DateRange dates, WordMatch words) {
    if (clauses.matching() == null) {
      return new BuiltQuery(new MatchNoDocsQuery("no word of the query was left to search"), clauses.notes());
    }
    BooleanQuery.Builder root = new BooleanQuery.Builder().add(clauses.matching(), Occur.MUST);
    if (words == WordMatch.MOST && clauses.mostWords() != null) {
      root.add(clauses.mostWords(), Occur.FILTER);
    }
    OtherLanguage otherLanguage = clauses.otherLanguage();
    if (words == WordMatch.AS_TYPED && otherLanguage != null) {
      root.add(otherLanguage.asTyped(), Occur.FILTER);
    }
    if (otherLanguage != null && otherLanguage.apart()) {
      root.add(otherLanguage.bonus(), Occur.SHOULD);
    }
    clauses.exclusions().forEach(q -> root.add(q, Occur.MUST_NOT));
    if (!dates.isAll()) {
      long from = dates.from() == null ? Long.MIN_VALUE : dates.from().toEpochDay();
      long to = dates.to() == null ? Long.MAX_VALUE : dates.to().toEpochDay();
      root.add(LongPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER);
    }
    boolean everything = clauses.matching() instanceof MatchAllDocsQuery;
    Query built = everything || votesPrior == 0 ? root.build() : withVotesPrior(root.build());
    return new BuiltQuery(built, clauses.notes());
  }

  private Query withVotesPrior(Query query) {
    return StagedQuery.of(
        Stage.VOTES_PRIOR,
        FunctionScoreQuery.boostByValue(query, new VotesFactor(Fields.VOTES, votesPrior, UNKNOWN_VOTES)));
  }

  /**
   * What a paper must match: at least one word (or glossary term) and every phrase; all papers for a
   * query with neither; {@code null} when analysis or the budget left no word. Kept apart from the
   * filters so that a date filter never turns the optional words into no condition at all.
   */
  private static Query matching(UserQuery query, List<Query> phrases, List<Query> words) {
    if (query.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    if (words.isEmpty() && phrases.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    words.forEach(q -> any.add(q, Occur.SHOULD));
    if (phrases.isEmpty()) {
      return any.build();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    phrases.forEach(q -> all.add(q, Occur.MUST));
    if (!words.isEmpty()) {
      all.add(any.build(), Occur.SHOULD);
    }
    return all.build();
  }

  /**
   * One query per plain word, then the glossary's translations of the words, within the budget: the
   * first {@link QueryBudget#expandedWords()} words get every expansion ({@link #expanded}), the words
   * up to {@link QueryBudget#searchedWords()} their own tokens ({@link #plain}), in order while the
   * clauses last; what is left out is noted in {@code spending}.
   */
  private Words words(List<String> typed, IndexReader vocabulary, BudgetSpending spending) {
    boolean[] functionWords = functionWords(typed, AnalyzedQuery.of(analyzer, Fields.TITLE, typed));
    int searchedEnd = after(budget.searchedWords(), functionWords);
    int expandedEnd = after(budget.expandedWords(), functionWords);
    // Words that are not searched are not analyzed either; the ones before keep their context.
    List<String> words = typed.subList(0, searchedEnd);
    List<AnalyzedQuery> analyzed = new ArrayList<>(FIELDS.size() + 2);
    for (FieldQueries.FieldWeight fw : FIELDS) {
      analyzed.add(AnalyzedQuery.of(analyzer, fw.field(), words));
    }
    analyzed.add(AnalyzedQuery.of(analyzer, Fields.SUMMARY_BIGRAMS, words));
    analyzed.add(analyzed.get(SUMMARY).readingEachWord(analyzer, Fields.SUMMARY, words, expandedEnd));

    // Each word's queries before the clauses are counted. Not glossed: function words, words
    // searched plainly, and words searched whole in the summaries (시그립, 콘텍스트), which are no
    // gloss of their pieces (텍스트: text).
    int perWord = Math.min(budget.clausesPerWord(), spending.left());
    Query[] expanded = new Query[words.size()];
    Query[] plain = new Query[words.size()];
    boolean[] searchable = new boolean[words.size()];
    Set<Integer> unglossed = new HashSet<>();
    for (int w = 0; w < words.size(); w++) {
      if (functionWords[w] || tokens(w, analyzed) > perWord) {
        searchable[w] = !functionWords[w];
        unglossed.add(w);
        continue;
      }
      plain[w] = plain(w, analyzed);
      if (w < expandedEnd && words.get(w).length() <= budget.expandedWordLength()) {
        Query q = expanded(w, words.get(w), analyzed, vocabulary, unglossed);
        expanded[w] = q != null && ClauseCount.of(q) <= perWord ? q : null;
        searchable[w] = q != null;
      }
      searchable[w] |= plain[w] != null;
      if (expanded[w] == null) {
        unglossed.add(w);
      }
    }
    Map<Query, WordSpan> expansions = expansions(analyzed, unglossed);
    int[] expansionClauses = new int[words.size()];
    expansions.forEach((q, span) -> expansionClauses[span.first()] += ClauseCount.of(q));

    List<Query> queries = new ArrayList<>(words.size() + expansions.size());
    Query[] searched = new Query[words.size()];
    Set<Integer> glossed = new HashSet<>();
    for (int w = 0; w < words.size(); w++) {
      if (expanded[w] != null && spending.take(ClauseCount.of(expanded[w]) + expansionClauses[w])) {
        searched[w] = expanded[w];
        glossed.add(w);
      } else if (plain[w] != null && spending.take(ClauseCount.of(plain[w]))) {
        searched[w] = plain[w];
        spending.searchedPlainly(words.get(w));
      } else if (searchable[w]) {
        spending.dropped(words.get(w));
      }
    }
    for (int w = searchedEnd; w < typed.size(); w++) {
      if (!functionWords[w]) {
        spending.dropped(typed.get(w));
      }
    }
    // Each searched word with the translations of the terms it begins, as one clause: the paper that
    // has the word, as typed or translated, gets the words-found constant once.
    List<List<Query>> ofWord = new ArrayList<>(words.size());
    List<List<Query>> translationsOf = new ArrayList<>(words.size());
    for (int w = 0; w < words.size(); w++) {
      ofWord.add(new ArrayList<>(searched[w] == null ? List.of() : List.of(searched[w])));
      translationsOf.add(new ArrayList<>());
    }
    Map<Query, WordSpan> searchedExpansions = new LinkedHashMap<>();
    Map<Query, WordSpan> translations = new LinkedHashMap<>();
    boolean translated = false;
    for (Map.Entry<Query, WordSpan> e : expansions.entrySet()) {
      if (glossed.contains(e.getValue().first())) {
        // A word matched only through the lexicon does not count as the word: the summaries' own
        // glosses are translations, while words that share papers may only be of the same topic
        // (mixture and 라우팅).
        if (((StagedQuery) e.getKey()).stage() == Stage.GLOSSARY) {
          ofWord.get(e.getValue().first()).add(e.getKey());
          searchedExpansions.put(e.getKey(), e.getValue());
        } else {
          translationsOf.get(e.getValue().first()).add(e.getKey());
          translations.put(e.getKey(), e.getValue());
          translated = true;
        }
      }
    }
    List<Query> found = new ArrayList<>(words.size());
    for (int w = 0; w < words.size(); w++) {
      Query word = word(ofWord.get(w), translationsOf.get(w));
      if (word != null) {
        found.add(word);
      }
    }
    found.forEach(word -> queries.add(wordFound(word, WORDS_FOUND / found.size())));
    Query mostWords = mostWords(searched, searchedExpansions, translated);
    boolean fewWords = found.size() >= OTHER_LANGUAGE_WORDS_MIN && found.size() <= OTHER_LANGUAGE_WORDS_MAX;
    return new Words(
        queries,
        mostWords,
        options.on(Stage.OTHER_LANGUAGE) && fewWords ? otherLanguage(searched, searchedExpansions, translations) : null);
  }

  /**
   * The papers with most searched words as typed, and the constants for those with most of them through
   * glossary terms and through the lexicon as well ({@link OtherLanguage}); not yet applied.
   */
  private static OtherLanguage otherLanguage(Query[] searched, Map<Query, WordSpan> glossed, Map<Query, WordSpan> translations) {
    Map<Query, WordSpan> all = new LinkedHashMap<>(glossed);
    all.putAll(translations);
    BooleanQuery.Builder bonus =
        new BooleanQuery.Builder()
            .add(constant(mostWords(searched, glossed, true), PROFILE.otherLanguageGlossed()), Occur.SHOULD)
            .add(constant(mostWords(searched, all, true), PROFILE.otherLanguageTranslated()), Occur.SHOULD);
    return new OtherLanguage(mostWords(searched, Map.of(), true), StagedQuery.of(Stage.OTHER_LANGUAGE, bonus.build()), false);
  }

  private static Query constant(Query query, float score) {
    return new BoostQuery(new ConstantScoreQuery(query), score);
  }

  /**
   * One word's clauses, summed, and its translations, which stand for the word as another field of
   * it would: a paper that has the word scores by the better of the two and a part of the other, so
   * translating raises the papers that only say it in the other language more than those that say it
   * in both; {@code null} for neither.
   */
  private static Query word(List<Query> clauses, List<Query> translations) {
    Query word = summed(clauses);
    if (translations.isEmpty()) {
      return word;
    }
    List<Query> alternatives = new ArrayList<>(translations);
    if (word != null) {
      alternatives.add(0, word);
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, PROFILE.translationTieBreaker());
  }

  /** {@code word} with {@code bonus} added ({@link Stage#WORDS_FOUND}) when the stage is on and a paper has it. */
  private Query wordFound(Query word, float bonus) {
    return options.on(Stage.WORDS_FOUND) && bonus > 0 ? new WordFoundQuery(word, bonus) : word;
  }

  private static Query summed(List<Query> clauses) {
    if (clauses.size() <= 1) {
      return clauses.isEmpty() ? null : clauses.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    clauses.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  /** The searched words' queries and the glossary's, and what a paper with most searched words matches. */
  private record Words(List<Query> queries, Query mostWords, OtherLanguage otherLanguage) {
    static final Words NONE = new Words(List.of(), null, null);
  }

  /** The query words a glossary term spans, first to last. */
  private record WordSpan(int first, int last) {}

  /**
   * Most searched words ({@link WordMatch}), each as typed or through a translation of a glossary term
   * it is part of ({@code mixture of experts} is found as 전문가 혼합), not through the mined lexicon
   * ({@link Stage#TRANSLATIONS}), whose pairs rank, but do not say a paper has the word; {@code null}
   * for no searched word, or one that the lexicon did not translate, where it would add nothing to
   * matching any of the words.
   */
  private static Query mostWords(Query[] searched, Map<Query, WordSpan> expansions, boolean translated) {
    BooleanQuery.Builder most = new BooleanQuery.Builder();
    int words = 0;
    for (int w = 0; w < searched.length; w++) {
      if (searched[w] == null) {
        continue;
      }
      BooleanQuery.Builder word = new BooleanQuery.Builder().add(searched[w], Occur.SHOULD);
      for (Map.Entry<Query, WordSpan> e : expansions.entrySet()) {
        if (e.getValue().first() <= w && w <= e.getValue().last()) {
          word.add(e.getKey(), Occur.SHOULD);
        }
      }
      most.add(word.build(), Occur.SHOULD);
      words++;
    }
    if (words == 0 || (words == 1 && !translated)) {
      return null;
    }
    return most.setMinimumNumberShouldMatch(words <= ALL_WORDS_UP_TO ? words : (int) Math.floor(words * SHARE_OF_LONGER)).build();
  }

  /**
   * The index of the word after the first {@code n} searched ones (function words are not searched,
   * so not counted), or the number of words when there are no more.
   */
  private static int after(int n, boolean[] functionWords) {
    for (int w = 0, counted = 0; w < functionWords.length; w++) {
      if (!functionWords[w] && counted++ == n) {
        return w;
      }
    }
    return functionWords.length;
  }

  /**
   * The glossary's translations of the words not {@code unglossed}, each with the words its term spans,
   * in a fixed order. Both readings of the words are glossed: a gloss of the word read alone
   * (지시: instruction) counts once where the sentence reads it the same, and most queries read alike,
   * glossed once.
   */
  private Map<Query, WordSpan> expansions(List<AnalyzedQuery> analyzed, Set<Integer> unglossed) {
    Map<Query, WordSpan> out = new LinkedHashMap<>();
    if (options.on(Stage.GLOSSARY)) {
      expansions(Stage.GLOSSARY, glossary::expansions, analyzed, unglossed, out);
    }
    if (options.on(Stage.TRANSLATIONS)) {
      expansions(Stage.TRANSLATIONS, glossary::translations, analyzed, unglossed, out);
    }
    return out;
  }

  /** The expansions of one stage, of both readings of the words, into {@code out}. */
  private void expansions(
      Stage stage,
      BiFunction<AnalyzedQuery, AnalyzedQuery, List<GlossaryExpander.Expansion>> expander,
      List<AnalyzedQuery> analyzed,
      Set<Integer> unglossed,
      Map<Query, WordSpan> out) {
    AnalyzedQuery title = analyzed.get(TITLE).masking(unglossed);
    List<GlossaryExpander.Expansion> found = new ArrayList<>(expander.apply(analyzed.get(SUMMARY).masking(unglossed), title));
    if (options.on(Stage.WORD_ALONE) && !analyzed.get(WORD_BY_WORD).equals(analyzed.get(SUMMARY))) {
      found.addAll(expander.apply(analyzed.get(WORD_BY_WORD).masking(unglossed), title));
    }
    found.forEach(e -> out.putIfAbsent(StagedQuery.of(stage, e.query()), new WordSpan(e.word(), e.lastWord())));
  }

  /** Word {@code w} as typed: its tokens in each field, the best field winning; {@code null} when analysis left none. */
  private static Query plain(int w, List<AnalyzedQuery> perField) {
    List<Query> fields = fieldQueries(w, perField, null);
    return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, TIE_BREAKER);
  }

  /** How many tokens word {@code w} has in all fields: the clauses of its {@link #plain} query. */
  private static int tokens(int w, List<AnalyzedQuery> perField) {
    int tokens = 0;
    for (int f = 0; f < FIELDS.size(); f++) {
      tokens += perField.get(f).ofWord(w).size();
    }
    return tokens;
  }

  /**
   * Word {@code w}'s tokens in each field, weighted; {@code summary} (the word transliterated, searched
   * whole) instead of its summary tokens if given.
   */
  private static List<Query> fieldQueries(int w, List<AnalyzedQuery> perField, Query summary) {
    List<Query> fields = new ArrayList<>(FIELDS.size() + 1);
    for (int f = 0; f < FIELDS.size(); f++) {
      Query q =
          f == SUMMARY && summary != null
              ? StagedQuery.of(Stage.TRANSLITERATION, summary)
              : tokensQuery(FIELDS.get(f).field(), perField.get(f).ofWord(w));
      if (q != null) {
        fields.add(StagedQuery.of(Stage.FIELDS, new BoostQuery(q, FIELDS.get(f).boost())));
      }
    }
    return fields;
  }

  /**
   * Word {@code w} with every expansion: its tokens in each field, the best field winning, its reading
   * alone one more summary alternative where that differs ({@link AnalyzedQuery#readingEachWord}),
   * respellings, other spellings, the long form of an abbreviation, English or Hangul spellings,
   * character pairs and a Korean name; {@code null} when there is none. Adds {@code w} to {@code
   * searchedWhole} when the summaries search its several tokens as one word.
   */
  private Query expanded(
      int w, String word, List<AnalyzedQuery> perField, IndexReader vocabulary, Set<Integer> searchedWhole) {
    List<AnalyzedQuery.Token> typed = perField.get(SUMMARY).ofWord(w);
    TransliterationStage.Respelling respelling = options.on(Stage.TRANSLITERATION) ? transliteration.of(word, typed, vocabulary) : TransliterationStage.Respelling.NONE;
    if (respelling.summary() != null && typed.size() > 1) {
      searchedWhole.add(w);
    }
    List<Query> fields = fieldQueries(w, perField, respelling.summary());
    List<AnalyzedQuery.Token> alone = perField.get(WORD_BY_WORD).ofWord(w);
    if (options.on(Stage.WORD_ALONE) && !alone.equals(typed)) {
      fields.add(StagedQuery.of(Stage.WORD_ALONE, new BoostQuery(tokensQuery(Fields.SUMMARY, alone), boostOf(Fields.SUMMARY))));
    }
    Query respelled = options.on(Stage.RESPELLING) ? loanwordSpellings.respelled(word, typed, vocabulary) : null;
    if (respelled != null) {
      fields.add(StagedQuery.of(Stage.RESPELLING, new BoostQuery(respelled, boostOf(Fields.SUMMARY))));
    }
    if (options.on(Stage.SPELLING_VARIANTS)) {
      loanwordSpellings.otherSpellings(typed, vocabulary).forEach(q -> fields.add(StagedQuery.of(Stage.SPELLING_VARIANTS, q)));
    }
    Query longForm = options.on(Stage.LONG_FORMS) ? glossary.longFormOf(perField.get(TITLE).ofWord(w)) : null;
    if (longForm != null) {
      fields.add(StagedQuery.of(Stage.LONG_FORMS, longForm));
    }
    respelling.alternatives().forEach(q -> fields.add(StagedQuery.of(Stage.TRANSLITERATION, q)));
    Query bigrams =
        options.on(Stage.BIGRAMS) ? tokensQuery(Fields.SUMMARY_BIGRAMS, hangulOnly(perField.get(BIGRAMS).ofWord(w))) : null;
    if (bigrams != null) {
      fields.add(StagedQuery.of(Stage.BIGRAMS, new BoostQuery(bigrams, BIGRAM_WEIGHT)));
    }
    Query author = options.on(Stage.KOREAN_NAMES) ? authorNames.query(word, vocabulary) : null;
    if (author != null) {
      fields.add(StagedQuery.of(Stage.KOREAN_NAMES, author));
    }
    return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, TIE_BREAKER);
  }

  /**
   * Which words are English function words among other words: words the title analyzer drops as stop
   * words, in a query that has some other word. They are not searched at all. The summaries keep
   * English words, so {@code of} or {@code at} would match every summary with an English phrase in it,
   * at a word's full weight; and {@code on}, {@code an}, {@code or} and {@code will} are also authors'
   * names (Kyoung-Woon On, Chenxin An, Or Patashnik), which a sentence-like query would match at the
   * author weight. A query of function words only is searched as typed.
   */
  private static boolean[] functionWords(List<String> words, AnalyzedQuery titleTokens) {
    boolean[] function = new boolean[words.size()];
    boolean other = false;
    for (int w = 0; w < words.size(); w++) {
      function[w] = titleTokens.ofWord(w).isEmpty() && LATIN_WORD.matcher(words.get(w)).matches();
      other |= !function[w];
    }
    return other ? function : new boolean[words.size()];
  }

  private Query acrossFields(String text, boolean phrase) {
    List<Query> perField = new ArrayList<>();
    for (FieldQueries.FieldWeight fw : FIELDS) {
      if (phrase && fw.field().equals(Fields.NAMES)) {
        continue; // indexed without positions; a phrase's names are matched in title and summary
      }
      Query q =
          phrase
              ? analyzing.createPhraseQuery(fw.field(), text)
              : analyzing.createBooleanQuery(fw.field(), text, Occur.SHOULD);
      if (q != null) {
        perField.add(new BoostQuery(q, fw.boost()));
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  /** Collects nothing; notes that some paper matched, and ends the search there. */
  private static final class FirstMatch implements Collector {
    private boolean found;

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      if (found) {
        throw new CollectionTerminatedException();
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          found = true;
          throw new CollectionTerminatedException();
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
