package dev.papersearch.search;

import dev.papersearch.analysis.Hangul;
import dev.papersearch.index.Fields;
import dev.papersearch.ingest.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A paper's related papers, the way Lucene's MoreLikeThis finds them: the words that most tell the
 * paper from the others (term frequency times inverse document frequency), from its English title and
 * its Korean summary, searched as one query of both languages through the query path a reader's
 * takes, so that the glossary and the mined lexicon carry each word into the other language (a
 * title's "forgetting" also finds summaries that say 망각). The same on every backend: it needs only a
 * paper, the query analyzer, document frequencies, the glossary's {@link Renderings} and a search.
 *
 * <p>Which words: the summary's nouns (its verbs and adverbs, 선보였, 이번, say how, not what), and the
 * title's words that the summary says again, in English or in one of its Korean renderings; a title's
 * other words are its wording (Embarrassingly Easy, Unleashing the Power, Before Generation), which
 * other titles share by chance.
 */
public final class RelatedPapers {

  /** A paper's id and the papers related to it, best first, never itself. */
  public record Related(String id, List<SearchResponse.Hit> hits) {}

  /** Words taken from the title. */
  static final int TITLE_WORDS = 4;

  /** Words taken from the summary. */
  static final int SUMMARY_WORDS = 8;

  /**
   * Words in more of the papers than this share tell nothing of one (model, 성능), and words of one paper
   * only find nothing else; in a collection so small that the share is under two papers, a word of two
   * is still kept.
   */
  static final double MAX_SHARE = 0.1;

  /**
   * How much more a word that names something counts: a model's name in the title (EXAONE, Qwen2), a
   * term of the field in the summary (one the glossary or the lexicon pairs with a title word:
   * 디코딩, 캐시), over the summary's other nouns (이번, 대비, 출시).
   */
  static final double FAVOURED = 2;

  /** The parts of speech of the summary's words that name what it is about. */
  private static final Set<POS.Tag> NOUNS = Set.of(POS.Tag.NNG, POS.Tag.NNP);

  private RelatedPapers() {}

  /** The papers related to {@code paper}, at most {@code size}, found by {@code searcher}. */
  public static Related of(
      Searcher searcher, Paper paper, Analyzer analyzer, DocFreq papers, int count, Renderings renderings, int size) {
    String query = query(paper, analyzer, papers, count, renderings);
    if (query.isEmpty()) {
      return new Related(paper.id(), List.of());
    }
    // Read as typed: the last word is a whole word, not one still being typed.
    SearchRequest request = new SearchRequest(query, DateRange.ALL, SortOrder.RELEVANCE, 1, size + 1, false, true);
    List<SearchResponse.Hit> hits =
        searcher.search(request).hits().stream().filter(h -> !h.id().equals(paper.id())).limit(size).toList();
    return new Related(paper.id(), hits);
  }

  /** The query of the words that most tell {@code paper} from the other {@code count} papers: its title's first. */
  static String query(Paper paper, Analyzer analyzer, DocFreq papers, int count, Renderings renderings) {
    Map<String, Word> summary = words(analyzer, Fields.SUMMARY, paper.summaryText());
    Set<String> said = summary.keySet();
    Map<String, Word> title = words(analyzer, Fields.TITLE, paper.title());
    title.values().removeIf(w -> !isEnglishWord(w.token()) || !(isName(w.surface()) || said.contains(w.token()) || !Collections.disjoint(said, renderings.of(w.token()))));
    summary.values().removeIf(w -> !isKoreanWord(w.token()) || !NOUNS.contains(w.pos()));
    List<String> words = new ArrayList<>();
    words.addAll(telling(title.values(), Fields.TITLE, papers, count, w -> isName(w.surface()), TITLE_WORDS));
    words.addAll(telling(summary.values(), Fields.SUMMARY, papers, count, w -> renderings.rendersATitleWord(w.token()), SUMMARY_WORDS));
    return String.join(" ", words.stream().distinct().toList());
  }

  /** A token of a text, the text that it was read from, its part of speech (Korean only) and how often the text has it. */
  private record Word(String token, String surface, POS.Tag pos, int frequency) {}

  /**
   * The {@code limit} words with the highest tf·idf in {@code field}, as written, those {@code first}
   * favours ahead ({@link #FAVOURED}); ties by text.
   */
  private static List<String> telling(
      Iterable<Word> words, String field, DocFreq papers, int count, Predicate<Word> first, int limit) {
    record Scored(String surface, double weight) {}
    List<Scored> scored = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    words.forEach(w -> tokens.add(w.token()));
    Map<String, Integer> counts = papers.of(field, tokens);
    for (Word w : words) {
      int n = counts.getOrDefault(w.token(), 0);
      if (n >= 2 && n <= Math.max(2, MAX_SHARE * count)) {
        scored.add(new Scored(w.surface(), (first.test(w) ? FAVOURED : 1) * w.frequency() * Math.log((double) count / n)));
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingDouble((Scored s) -> -s.weight()).thenComparing(Scored::surface))
        .limit(limit)
        .map(Scored::surface)
        .toList();
  }

  /** The tokens of {@code text} as {@code field} reads it, in order of first use. */
  private static Map<String, Word> words(Analyzer analyzer, String field, String text) {
    Map<String, Word> words = new LinkedHashMap<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute pos = stream.hasAttribute(PartOfSpeechAttribute.class) ? stream.getAttribute(PartOfSpeechAttribute.class) : null;
      stream.reset();
      while (stream.incrementToken()) {
        String token = term.toString();
        String surface = plain(text.substring(offset.startOffset(), offset.endOffset()));
        POS.Tag tag = pos == null ? null : pos.getLeftPOS();
        words.merge(token, new Word(token, surface, tag, 1), (a, b) -> new Word(a.token(), a.surface(), a.pos(), a.frequency() + 1));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /**
   * A title's word as a reader types it: a capital only starting it is the title's case, not a name's
   * (Efficient, Routing), so lower case, as capitals decide whether a word is searched as a model name;
   * LoRA, GPT and Hangul stay as written.
   */
  private static String plain(String surface) {
    boolean titleCase = surface.length() > 1 && Character.isUpperCase(surface.charAt(0))
        && surface.substring(1).chars().noneMatch(Character::isUpperCase);
    return titleCase ? surface.toLowerCase(Locale.ROOT) : surface;
  }

  /** Whether a title's word is a name: a capital or digit after its first letter (EXAONE, Qwen2, GPT-4o, TTS). */
  private static boolean isName(String surface) {
    return surface.length() >= 2 && surface.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  /** A title word worth searching: letters, maybe digits (a model's name), two or more. */
  private static boolean isEnglishWord(String token) {
    return token.length() >= 2 && token.chars().anyMatch(c -> c >= 'a' && c <= 'z') && token.chars().allMatch(c -> c < 128);
  }

  /** A summary word worth searching: Hangul, two syllables or more. */
  private static boolean isKoreanWord(String token) {
    return token.length() >= 2 && Hangul.isSyllables(token);
  }
}
