package dev.papersearch.search;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.Particles;
import dev.papersearch.analysis.Predicates;
import dev.papersearch.analysis.SinoKorean;
import dev.papersearch.config.RelevanceProfile;
import dev.papersearch.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
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

  /** A searched field and its weight. */
  record FieldWeight(String field, float boost) {}

  /** A title or author match says more about a known item than a summary word. */
  static final List<FieldWeight> FIELDS =
      List.of(
          new FieldWeight(Fields.TITLE, PROFILE.title()),
          new FieldWeight(Fields.SUMMARY, PROFILE.summary()),
          new FieldWeight(Fields.AUTHORS, PROFILE.authors()),
          new FieldWeight(Fields.NAMES, PROFILE.names()));

  /**
   * How much a word's other matching fields add to its best one: a word in both the title and the
   * summary says more than one in either (swept 0–0.5 on the dev and held-out sets: 0.2–0.3 best).
   */
  private static final float TIE_BREAKER = PROFILE.tieBreaker();

  /** Weight of a Hangul word spelled in English against the word as typed. */
  static final float TRANSLITERATION_WEIGHT = PROFILE.transliteration();

  /**
   * Weight of an English spelling when the papers write the Hangul nearly as often: {@code 비트} is
   * bits at least as often as ViT.
   */
  static final float CONTESTED_TRANSLITERATION_WEIGHT = PROFILE.contestedTransliteration();

  /**
   * A Hangul spelling in at most 1/this of the papers that write the English is scored as the English
   * word is, not by its own rarity.
   */
  static final int RARE_SPELLING_RATIO = 10;

  /**
   * A Hangul word written in more than this many times as many summaries as its English sound-alike
   * is a Korean word, not a spelling of it ({@code 단계} in 964 papers, danger in 1; {@code 수준} and
   * surgeon): loanwords stay well below ({@code 시스템} 647 and system 62, {@code 샘플} 337 and sample 21).
   */
  static final int LOANWORD_RATIO = 20;

  /** A Hangul word in more summaries than this is Korean text, not a name. */
  private static final int NAME_AS_TEXT_LIMIT = 2;

  private static final Pattern HANGUL = Pattern.compile("[가-힣]+");

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

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
   * Weight of the votes prior: a paper's score is multiplied by {@code 1 + w·ln(1 + votes)}, ×1.08 at
   * 10 votes and ×1.16 at 100. Readers look for papers they remember, more often the voted ones; a
   * paper without a vote count keeps its score.
   */
  public static final double VOTES_PRIOR = PROFILE.votesPrior();

  private final Analyzer analyzer;
  private final double votesPrior;
  private final QueryBuilder analyzing;
  private final GlossaryExpander glossary;
  private final Transliterations transliterations;
  private final SummarySpellings spellings;
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
    this.transliterations = new Transliterations(glossary);
    this.spellings = new SummarySpellings(analyzer);
    this.budget = options.budget();
    this.options = options;
  }

  /** The weight of {@code field}. */
  static float boostOf(String field) {
    return FIELDS.stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow().boost();
  }

  /**
   * The query matching {@code query} within {@code dates}, within the {@link QueryBudget}; {@code
   * vocabulary} (the index being searched, or {@code null}) lets misspelled loanwords find the spelling
   * the index uses.
   */
  public BuiltQuery build(UserQuery query, DateRange dates, IndexReader vocabulary) {
    Spending spending = new Spending(Math.min(budget.clauses(), IndexSearcher.getMaxClauseCount() - FIXED_CLAUSES));
    // Phrases and exclusions first: they decide which papers match at all, the words only how they rank.
    List<Query> phrases = spending.admitEach(query.phrases(), p -> acrossFields(p, true), p -> '"' + p + '"');
    List<Query> exclusions = spending.admitEach(query.excluded(), w -> acrossFields(w, true), w -> "-" + w);
    Query matching = matching(query, phrases, vocabulary, spending);
    if (matching == null) {
      return new BuiltQuery(new MatchNoDocsQuery("no word of the query was left to search"), spending.notes());
    }
    BooleanQuery.Builder root = new BooleanQuery.Builder().add(matching, Occur.MUST);
    exclusions.forEach(q -> root.add(q, Occur.MUST_NOT));
    if (!dates.isAll()) {
      long from = dates.from() == null ? Long.MIN_VALUE : dates.from().toEpochDay();
      long to = dates.to() == null ? Long.MAX_VALUE : dates.to().toEpochDay();
      root.add(LongPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER);
    }
    Query built = query.isEmpty() || votesPrior == 0 ? root.build() : withVotesPrior(root.build());
    return new BuiltQuery(built, spending.notes());
  }

  private Query withVotesPrior(Query query) {
    return FunctionScoreQuery.boostByValue(
        query, DoubleValuesSource.fromField(Fields.VOTES, v -> 1 + votesPrior * Math.log1p(Math.max(0, v))));
  }

  /**
   * What a paper must match: at least one word (or glossary term) and every phrase; all papers for a
   * query with neither; {@code null} when analysis or the budget left no word. Kept apart from the
   * filters so that a date filter never turns the optional words into no condition at all.
   */
  private Query matching(UserQuery query, List<Query> phrases, IndexReader vocabulary, Spending spending) {
    if (query.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    List<Query> words = words(query.words(), vocabulary, spending);
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
  private List<Query> words(List<String> typed, IndexReader vocabulary, Spending spending) {
    boolean[] functionWords = functionWords(typed, AnalyzedQuery.of(analyzer, Fields.TITLE, typed));
    int searchedEnd = after(budget.searchedWords(), functionWords);
    int expandedEnd = after(budget.expandedWords(), functionWords);
    // Words that are not searched are not analyzed either; the ones before keep their context.
    List<String> words = typed.subList(0, searchedEnd);
    List<AnalyzedQuery> analyzed = new ArrayList<>(FIELDS.size() + 2);
    for (FieldWeight fw : FIELDS) {
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
    Map<Query, Integer> expansions = expansions(analyzed, unglossed);
    int[] expansionClauses = new int[words.size()];
    expansions.forEach((q, w) -> expansionClauses[w] += ClauseCount.of(q));

    List<Query> queries = new ArrayList<>(words.size() + expansions.size());
    Set<Integer> glossed = new HashSet<>();
    for (int w = 0; w < words.size(); w++) {
      if (expanded[w] != null && spending.take(ClauseCount.of(expanded[w]) + expansionClauses[w])) {
        queries.add(expanded[w]);
        glossed.add(w);
      } else if (plain[w] != null && spending.take(ClauseCount.of(plain[w]))) {
        queries.add(plain[w]);
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
    expansions.forEach(
        (q, w) -> {
          if (glossed.contains(w)) {
            queries.add(q);
          }
        });
    return queries;
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
   * The glossary's translations of the words not {@code unglossed}, each with the word its term starts
   * at, in a fixed order. Both readings of the words are glossed: a gloss of the word read alone
   * (지시: instruction) counts once where the sentence reads it the same, and most queries read alike,
   * glossed once.
   */
  private Map<Query, Integer> expansions(List<AnalyzedQuery> analyzed, Set<Integer> unglossed) {
    Map<Query, Integer> out = new LinkedHashMap<>();
    if (!options.on(Stage.GLOSSARY)) {
      return out;
    }
    List<GlossaryExpander.Expansion> found =
        new ArrayList<>(glossary.expansions(analyzed.get(SUMMARY).masking(unglossed), analyzed.get(TITLE).masking(unglossed)));
    if (options.on(Stage.WORD_ALONE) && !analyzed.get(WORD_BY_WORD).equals(analyzed.get(SUMMARY))) {
      found.addAll(glossary.expansions(analyzed.get(WORD_BY_WORD).masking(unglossed), analyzed.get(TITLE).masking(unglossed)));
    }
    found.forEach(e -> out.putIfAbsent(e.query(), e.word()));
    return out;
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

  /** Word {@code w}'s tokens in each field, weighted; {@code summary} instead of its summary tokens if given. */
  private static List<Query> fieldQueries(int w, List<AnalyzedQuery> perField, Query summary) {
    List<Query> fields = new ArrayList<>(FIELDS.size() + 1);
    for (int f = 0; f < FIELDS.size(); f++) {
      Query q =
          f == SUMMARY && summary != null ? summary : tokensQuery(FIELDS.get(f).field(), perField.get(f).ofWord(w));
      if (q != null) {
        fields.add(new BoostQuery(q, FIELDS.get(f).boost()));
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
    Respelling respelling = options.on(Stage.TRANSLITERATION) ? transliterated(word, typed, vocabulary) : Respelling.NONE;
    if (respelling.summary() != null && typed.size() > 1) {
      searchedWhole.add(w);
    }
    List<Query> fields = fieldQueries(w, perField, respelling.summary());
    List<AnalyzedQuery.Token> alone = perField.get(WORD_BY_WORD).ofWord(w);
    if (options.on(Stage.WORD_ALONE) && !alone.equals(typed)) {
      fields.add(new BoostQuery(tokensQuery(Fields.SUMMARY, alone), boostOf(Fields.SUMMARY)));
    }
    Query respelled = options.on(Stage.RESPELLING) ? respelled(word, typed, vocabulary) : null;
    if (respelled != null) {
      fields.add(new BoostQuery(respelled, boostOf(Fields.SUMMARY)));
    }
    if (options.on(Stage.SPELLING_VARIANTS)) {
      fields.addAll(otherSpellings(typed, vocabulary));
    }
    Query longForm = options.on(Stage.LONG_FORMS) ? glossary.longFormOf(perField.get(TITLE).ofWord(w)) : null;
    if (longForm != null) {
      fields.add(longForm);
    }
    fields.addAll(respelling.alternatives());
    Query bigrams =
        options.on(Stage.BIGRAMS) ? tokensQuery(Fields.SUMMARY_BIGRAMS, hangulOnly(perField.get(BIGRAMS).ofWord(w))) : null;
    if (bigrams != null) {
      fields.add(new BoostQuery(bigrams, BIGRAM_WEIGHT));
    }
    Query author = options.on(Stage.KOREAN_NAMES) ? koreanName(word, vocabulary) : null;
    if (author != null) {
      fields.add(author);
    }
    return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, TIE_BREAKER);
  }

  /**
   * The clauses left of a query's {@link QueryBudget} while it is built, and what did not fit: parts
   * are taken in the order offered, each whole or not at all.
   */
  private static final class Spending {

    private int left;
    private final List<String> plain = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();

    Spending(int clauses) {
      this.left = clauses;
    }

    int left() {
      return left;
    }

    /** Whether {@code clauses} more fit; if so they are spent. */
    boolean take(int clauses) {
      if (clauses > left) {
        return false;
      }
      left -= clauses;
      return true;
    }

    /**
     * The queries {@code build} makes of {@code parts} that fit, in order; a part that does not is
     * noted as {@code typed} writes it. Parts analysis drops ({@code null}) cost nothing.
     */
    List<Query> admitEach(List<String> parts, Function<String, Query> build, UnaryOperator<String> typed) {
      List<Query> out = new ArrayList<>(parts.size());
      for (String part : parts) {
        Query q = build.apply(part);
        if (q != null && take(ClauseCount.of(q))) {
          out.add(q);
        } else if (q != null) {
          dropped.add(typed.apply(part));
        }
      }
      return out;
    }

    void searchedPlainly(String word) {
      plain.add(word);
    }

    void dropped(String word) {
      dropped.add(word);
    }

    QueryNotes notes() {
      return new QueryNotes(plain, dropped);
    }
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

  /**
   * The word as the index spells it, when Nori broke the typed spelling into fragments: {@code
   * 인터렉티브} becomes {@code 인터 렉 티 브}, while {@code 인터랙티브} is one known token. Among the
   * {@link LoanwordVariants} the one analyzed into the fewest tokens, all present in the summaries,
   * wins if it has fewer tokens than the typed word.
   */
  private Query respelled(String word, List<AnalyzedQuery.Token> typed, IndexReader vocabulary) {
    if (vocabulary == null || typed.size() < 2) {
      return null;
    }
    List<AnalyzedQuery.Token> best = null;
    for (String variant : LoanwordVariants.of(word)) {
      List<AnalyzedQuery.Token> tokens = AnalyzedQuery.of(analyzer, Fields.SUMMARY, List.of(variant)).tokens();
      if (!tokens.isEmpty()
          && tokens.size() < (best == null ? typed.size() : best.size())
          && withoutGaps(tokens)
          && allIndexed(tokens, vocabulary)) {
        best = tokens;
      }
    }
    return best == null ? null : tokensQuery(Fields.SUMMARY, best);
  }

  /**
   * The summaries' other spellings of a loanword the query spells as one token: {@code 메시} also
   * searches {@code 메쉬} (which Nori splits into 메 + 쉬), {@code 컨텍스트} also {@code 콘텍스트}. The
   * {@link LoanwordVariants} of the word that some summary writes, however Nori cut it there ({@link
   * SummarySpellings}), at the word's weight; words all of Sino-Korean syllables and verb forms are
   * Korean, not loanwords, and have none.
   */
  private List<Query> otherSpellings(List<AnalyzedQuery.Token> typed, IndexReader vocabulary) {
    if (vocabulary == null || typed.size() != 1) {
      return List.of();
    }
    String word = typed.get(0).term();
    if (word.length() < 2
        || !HANGUL.matcher(word).matches()
        || SinoKorean.readsAsHanja(word)
        || Predicates.isConjugated(word)) {
      return List.of();
    }
    return variantSpellings(word, vocabulary).stream().map(q -> (Query) new BoostQuery(q, boostOf(Fields.SUMMARY))).toList();
  }

  /** The {@link LoanwordVariants} of {@code word} that some summary writes, however Nori cut them. */
  private static List<Query> variantSpellings(String word, IndexReader vocabulary) {
    List<Query> out = new ArrayList<>();
    for (String variant : LoanwordVariants.of(word)) {
      if (!SinoKorean.readsAsHanja(variant)) {
        out.addAll(SummarySpellings.written(variant, vocabulary));
      }
    }
    return out;
  }

  /** Marks where a version number follows a respelled name, to be tried apart and joined. */
  private static final String VERSION_GAP = "\uE000";

  /**
   * The word with its Hangul spelled the English way ({@code 엑사원3.5} → {@code exaone 3.5} and {@code
   * exaone3.5}, {@code 큐웬2} → {@code qwen 2} and {@code qwen2}). Titles are
   * English only, so there a loanword always searches its English spelling ({@code 시스템 카드} finds
   * "System Card") unless the word is Korean and merely sounds alike ({@link #isLoanword}). Summaries
   * and model names, which write both, get the English spelling only when the papers use it at least
   * as often as the typed Hangul: so {@code 맘바} finds Mamba in summaries, while {@code 모델} (written
   * in Hangul everywhere) does not also search every summary's "model". An English word gets the other
   * way round its Hangul spelling ({@link #hangulSpelling}).
   */
  private Respelling transliterated(String word, List<AnalyzedQuery.Token> typed, IndexReader vocabulary) {
    if (typed.isEmpty()) {
      return Respelling.NONE;
    }
    Matcher hangul = HANGUL.matcher(word);
    StringBuilder inTitles = new StringBuilder();
    StringBuilder inText = new StringBuilder();
    int from = 0;
    boolean titlesRespelled = false;
    boolean textRespelled = false;
    float textWeight = TRANSLITERATION_WEIGHT;
    boolean rareHangul = true;
    String loanword = null;
    while (hangul.find()) {
      String between = word.substring(from, hangul.start());
      from = hangul.end();
      boolean versioned = from < word.length() && Character.isDigit(word.charAt(from));
      String after = versioned ? VERSION_GAP : " ";
      Transliterations.Spelling english = transliterations.englishFor(hangul.group(), versioned);
      if (english != null && Predicates.isConjugated(hangul.group())) {
        english = null; // a verb form that only sounds like English (골라, GALA); checked after the cheap lookup
      }
      boolean preferred = english != null && english.englishPapers() >= english.hangulPapers();
      boolean titled = preferred || english != null && isLoanword(english);
      inTitles.append(between).append(titled ? " " + english.english() + after : hangul.group());
      inText.append(between).append(preferred ? " " + english.english() + after : hangul.group());
      titlesRespelled |= titled;
      textRespelled |= preferred;
      if (titled && hangul.start() == 0 && from == word.length()) {
        loanword = english.hangul();
      }
      if (preferred && english.englishPapers() < 2 * english.hangulPapers()) {
        textWeight = CONTESTED_TRANSLITERATION_WEIGHT;
      }
      rareHangul &= preferred && english.hangulPapers() * RARE_SPELLING_RATIO <= english.englishPapers();
    }
    if (!titlesRespelled) {
      return new Respelling(LATIN_WORD.matcher(word).matches() ? hangulSpelling(word, vocabulary) : List.of(), null);
    }
    inTitles.append(word.substring(from));
    inText.append(word.substring(from));
    List<Query> alternatives = new ArrayList<>();
    Query summary = null;
    for (FieldWeight fw : FIELDS) {
      boolean title = fw.field().equals(Fields.TITLE);
      if (fw.field().equals(Fields.AUTHORS) || !title && !textRespelled) {
        continue;
      }
      String text = (title ? inTitles : inText).toString().strip();
      String joined = text.replace(VERSION_GAP, "");
      List<AnalyzedQuery.Token> english = AnalyzedQuery.of(analyzer, fw.field(), List.of(joined)).tokens();
      if (fw.field().equals(Fields.SUMMARY) && rareHangul && typed.size() == 1 && english.size() == 1) {
        // One word written two ways, the Hangul far more rarely: scored as one term, so the rare
        // spelling is not worth more than the common one (라바 in two summaries, one of them inside
        // 플라바, beside LLaVA in 147). Where both are common (어텐션 141, attention 493) each is a
        // fair signal of its own.
        summary =
            new SynonymQuery.Builder(Fields.SUMMARY)
                .addTerm(new Term(Fields.SUMMARY, typed.get(0).term()))
                .addTerm(new Term(Fields.SUMMARY, english.get(0).term()), textWeight)
                .build();
        continue;
      }
      boolean versioned = !joined.equals(text);
      List<Query> ways = new ArrayList<>(2);
      // The summaries' analysis cuts a version from its name either way (qwen 2), so there the two
      // must stand together, or the number alone would match every summary with a 2 in it.
      ways.add(
          versioned && fw.field().equals(Fields.SUMMARY)
              ? analyzing.createPhraseQuery(fw.field(), joined)
              : tokensQuery(fw.field(), english));
      if (versioned && !fw.field().equals(Fields.NAMES)) {
        // A version number after a name is written joined (Qwen2) or apart (EXAONE 3.5): apart, the
        // two must stand together too.
        ways.add(analyzing.createPhraseQuery(fw.field(), text.replace(VERSION_GAP, " ")));
      }
      float weight = fw.boost() * (title ? TRANSLITERATION_WEIGHT : textWeight);
      ways.stream().filter(Objects::nonNull).distinct().forEach(q -> alternatives.add(new BoostQuery(q, weight)));
    }
    if (summary == null && inTitles.indexOf(VERSION_GAP) >= 0 && typed.size() > 1) {
      // The typed name and its version as they stand in a Korean summary (파이4 as 파이 4): together.
      summary = analyzing.createPhraseQuery(Fields.SUMMARY, word);
    }
    if (summary == null && loanword != null && typed.size() > 1) {
      // Nori cut the loanword into pieces, one of which alone is other text (시그립 is 시 + 그립, grip):
      // the word is searched whole, however the summaries cut it, and so are its other spellings, as
      // a one-piece word gets them (콘텍스트 finds 컨텍스트).
      Set<Query> whole = spellings.whole(loanword, vocabulary);
      if (vocabulary != null) {
        whole.addAll(variantSpellings(loanword, vocabulary));
      }
      summary = new DisjunctionMaxQuery(whole, RelevanceProfile.ALTERNATIVES);
    }
    return new Respelling(alternatives, summary);
  }

  /**
   * What a word's English spelling adds to its disjunction, and the summary query that replaces the
   * word's own, or {@code null}: both spellings as one term when the Hangul is rare, a versioned name
   * as a phrase, a loanword Nori cut searched whole.
   */
  private record Respelling(List<Query> alternatives, Query summary) {
    static final Respelling NONE = new Respelling(List.of(), null);
  }

  /**
   * Whether the Hangul of {@code spelling} is a loanword rather than a Korean word that sounds like
   * English: not far more common than the English ({@link #LOANWORD_RATIO}) and not all Sino-Korean
   * syllables ({@code 개선} sounds like gaussian, {@code 전이} like journey).
   */
  private static boolean isLoanword(Transliterations.Spelling spelling) {
    return spelling.hangulPapers() <= (long) LOANWORD_RATIO * spelling.englishPapers()
        && !SinoKorean.readsAsHanja(spelling.hangul());
  }

  /**
   * The authors a Hangul word names, when it reads as a Korean name ({@link KoreanNames}) whose surname
   * and given name both occur in an author list, and the summaries do not use the word as Korean text:
   * {@code 조경현} finds papers by Kyunghyun Cho, while {@code 이미지} is never read as Lee Miji.
   */
  private Query koreanName(String word, IndexReader vocabulary) {
    if (vocabulary == null) {
      return null;
    }
    for (String form : Particles.forms(word)) {
      KoreanNames.Spellings name = KoreanNames.of(form);
      if (name == null) {
        continue;
      }
      List<Query> surnames = new ArrayList<>();
      name.surnames().stream().filter(t -> isAuthorToken(t, vocabulary)).forEach(t -> surnames.add(authorTerm(t)));
      List<Query> givenNames = new ArrayList<>();
      for (List<String> tokens : name.givenNames()) {
        if (tokens.stream().allMatch(t -> isAuthorToken(t, vocabulary))) {
          givenNames.add(
              tokens.size() == 1
                  ? authorTerm(tokens.get(0))
                  : new PhraseQuery(Fields.AUTHORS, tokens.toArray(String[]::new)));
        }
      }
      // The phrase count last: it is the costly check, and most name-shaped words fail the cheap ones.
      if (!surnames.isEmpty() && !givenNames.isEmpty() && spellings.papersWriting(form, vocabulary) <= NAME_AS_TEXT_LIMIT) {
        Query both =
            new BooleanQuery.Builder()
                .add(new DisjunctionMaxQuery(surnames, RelevanceProfile.ALTERNATIVES), Occur.MUST)
                .add(new DisjunctionMaxQuery(givenNames, RelevanceProfile.ALTERNATIVES), Occur.MUST)
                .build();
        return new BoostQuery(both, boostOf(Fields.AUTHORS));
      }
    }
    return null;
  }

  private static Query authorTerm(String token) {
    return new TermQuery(new Term(Fields.AUTHORS, token));
  }

  private static boolean isAuthorToken(String token, IndexReader vocabulary) {
    return docFreq(vocabulary, Fields.AUTHORS, token) > 0;
  }

  /** Papers with {@code term} in {@code field}. */
  static int docFreq(IndexReader vocabulary, String field, String term) {
    try {
      return vocabulary.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<AnalyzedQuery.Token> hangulOnly(List<AnalyzedQuery.Token> tokens) {
    return tokens.stream().filter(t -> HANGUL.matcher(t.term()).find()).toList();
  }

  /**
   * The Hangul the summaries write for an English word ({@code mamba} → {@code 맘바}), matched in the
   * summaries at the glossary's weight: like a glossary gloss, it reaches papers that use only the
   * Korean spelling, and like one it must not outweigh the word as typed.
   */
  private List<Query> hangulSpelling(String word, IndexReader vocabulary) {
    String korean = transliterations.hangulFor(word);
    if (korean == null) {
      return List.of();
    }
    List<Query> out = new ArrayList<>();
    spellings
        .whole(korean, vocabulary)
        .forEach(q -> out.add(new BoostQuery(q, boostOf(Fields.SUMMARY) * GlossaryExpander.BOOST)));
    return out;
  }

  /**
   * Whether analysis kept every piece before the last: a variant that loses one is not the word
   * ({@code 쉬그립}, a variant of 시그립, is {@code 그립} alone once 쉬 is dropped as a verb).
   */
  private static boolean withoutGaps(List<AnalyzedQuery.Token> tokens) {
    int expected = 0;
    for (AnalyzedQuery.Token t : tokens) {
      if (t.position() > expected) {
        return false;
      }
      expected = t.position() + 1;
    }
    return true;
  }

  private static boolean allIndexed(List<AnalyzedQuery.Token> tokens, IndexReader vocabulary) {
    return tokens.stream().allMatch(t -> docFreq(vocabulary, Fields.SUMMARY, t.term()) > 0);
  }

  /** Any of the tokens; tokens stacked on one position (a compound and its parts) count once. */
  private static Query tokensQuery(String field, List<AnalyzedQuery.Token> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0).term()));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int i = 0;
    while (i < tokens.size()) {
      int position = tokens.get(i).position();
      SynonymQuery.Builder same = new SynonymQuery.Builder(field);
      int count = 0;
      for (; i < tokens.size() && tokens.get(i).position() == position; i++, count++) {
        same.addTerm(new Term(field, tokens.get(i).term()));
      }
      any.add(count == 1 ? new TermQuery(new Term(field, tokens.get(i - 1).term())) : same.build(), Occur.SHOULD);
    }
    return any.build();
  }

  private Query acrossFields(String text, boolean phrase) {
    List<Query> perField = new ArrayList<>();
    for (FieldWeight fw : FIELDS) {
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
}
