package dev.papersearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;

/**
 * Tells a conjugated Korean verb or adjective ({@code 골라}, {@code 보여주는}, {@code 뽑은}) from other
 * words, by Nori's reading of it: a verb or adjective stem first and an ending last. Such a word is
 * never a loanword, however much it sounds like one ({@code 골라} and GALA).
 *
 * <p>Both ends are required because Nori also finds stems and endings inside loanwords it does not
 * know ({@code 믹스트랄} → 믹스 + 틀 + 랄, {@code 알파고} → 알파 + 이 + 고): those start with a noun.
 */
public final class Predicates {

  private static final Analyzer MORPHEMES = PaperAnalyzers.koreanMorphemes();

  private static final Set<POS.Tag> STEMS = Set.of(POS.Tag.VV, POS.Tag.VA, POS.Tag.VX);

  private Predicates() {}

  /**
   * Whether the Hangul {@code word} reads as Korean of its own, so that sounding like an English word is
   * no sign that it spells one: all of it (or all before a particle) Sino-Korean syllables ({@code
   * 원리}, {@code 부패에}), or a conjugated verb ({@code 많은}, {@code 틀린}).
   */
  public static boolean readsAsKorean(String word) {
    return Particles.forms(word).stream().anyMatch(SinoKorean::readsAsHanja) || isConjugated(word);
  }

  /** Whether {@code word} (Hangul) reads as a verb or adjective stem followed, last, by an ending. */
  public static boolean isConjugated(String word) {
    try (TokenStream stream = MORPHEMES.tokenStream("", word)) {
      PartOfSpeechAttribute pos = stream.addAttribute(PartOfSpeechAttribute.class);
      stream.reset();
      POS.Tag first = null;
      POS.Tag last = null;
      while (stream.incrementToken()) {
        if (first == null) {
          first = pos.getLeftPOS();
        }
        last = pos.getRightPOS();
      }
      stream.end();
      return first != null && STEMS.contains(first) && last == POS.Tag.E;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
