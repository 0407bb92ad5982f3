package dev.papersearch.search;

import static dev.papersearch.search.FieldQueries.FIELDS;
import static dev.papersearch.search.FieldQueries.HANGUL;
import static dev.papersearch.search.FieldQueries.LATIN_WORD;
import static dev.papersearch.search.FieldQueries.boostOf;
import static dev.papersearch.search.FieldQueries.tokensQuery;

import dev.papersearch.analysis.Glossary;
import dev.papersearch.analysis.Predicates;
import dev.papersearch.analysis.SinoKorean;
import dev.papersearch.config.RelevanceProfile;
import dev.papersearch.index.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The {@link Stage#TRANSLITERATION} stage: a Hangul word spelled the English way (맘바 → Mamba, 엑사원3.5
 * → EXAONE 3.5) and an English word's Hangul spelling (mamba → 맘바), as far as the papers write them.
 */
final class TransliterationStage {

  private static final RelevanceProfile PROFILE = RelevanceProfile.SHIPPED;

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

  /** Marks where a version number follows a respelled name, to be tried apart and joined. */
  private static final String VERSION_GAP = "\uE000";

  private final Analyzer analyzer;
  private final QueryBuilder analyzing;
  private final Transliterations transliterations;
  private final SummarySpellings spellings;

  TransliterationStage(Analyzer analyzer, Glossary glossary, SummarySpellings spellings) {
    this.analyzer = analyzer;
    this.analyzing = new QueryBuilder(analyzer);
    this.transliterations = new Transliterations(glossary);
    this.spellings = spellings;
  }

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
  Respelling of(String word, List<AnalyzedQuery.Token> typed, IndexReader vocabulary) {
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
    for (FieldQueries.FieldWeight fw : FIELDS) {
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
        whole.addAll(LoanwordSpellings.variantSpellings(loanword, vocabulary));
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
  record Respelling(List<Query> alternatives, Query summary) {
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
   * The Hangul the summaries write for an English word ({@code mamba} → {@code 맘바}), matched in the
   * summaries at the weight of an English term's Korean wording ({@link GlossaryExpander#KOREAN_WORDING}):
   * like a glossed wording, it reaches papers that use only the Korean spelling, and like one it must
   * not outweigh the word as typed.
   */
  private List<Query> hangulSpelling(String word, IndexReader vocabulary) {
    String korean = transliterations.hangulFor(word);
    if (korean == null) {
      return List.of();
    }
    List<Query> out = new ArrayList<>();
    spellings
        .whole(korean, vocabulary)
        .forEach(q -> out.add(new BoostQuery(q, boostOf(Fields.SUMMARY) * GlossaryExpander.KOREAN_WORDING)));
    return out;
  }
}
