package dev.papersearch.analysis;

import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;

/**
 * The choices in the Korean analysis chain that the evaluation compares.
 *
 * @param decompound how Nori treats compounds: {@code NONE} keeps the dictionary's compounds whole,
 *     {@code DISCARD} keeps only their parts
 * @param splitInflections whether inflected forms come apart into their morphemes while compounds
 *     stay whole ({@link WholeCompoundFilter}); with {@code NONE} only
 * @param stopTags parts of speech dropped from the token stream
 */
public record KoreanOptions(DecompoundMode decompound, boolean splitInflections, Set<POS.Tag> stopTags) {

  /**
   * Nori's default stop tags less {@code XPN}, the noun prefixes (dropping them turns {@code 비효율}
   * into {@code 효율}), plus {@code VCP}, the copula {@code 이} of {@code 효율적인}, which carries
   * nothing and matched every sentence that ends in {@code ~이다}.
   */
  public static final Set<POS.Tag> REVIEWED_STOP_TAGS = reviewed();

  /** What papersearch ships; see {@link PaperAnalyzers} for why. */
  public static final KoreanOptions SHIPPED = new KoreanOptions(DecompoundMode.NONE, false, REVIEWED_STOP_TAGS);

  public KoreanOptions {
    if (splitInflections && decompound != DecompoundMode.NONE) {
      throw new IllegalArgumentException("inflections are split only with compounds kept whole (NONE)");
    }
    stopTags = Set.copyOf(stopTags);
  }

  /** The same options with another decompound mode, inflected forms as the mode leaves them. */
  public KoreanOptions withDecompound(DecompoundMode mode) {
    return new KoreanOptions(mode, false, stopTags);
  }

  /** The same options with inflected forms split or not. */
  public KoreanOptions withInflectionsSplit(boolean split) {
    return new KoreanOptions(decompound, split, stopTags);
  }

  /** Nori's tokenizer mode for these options: {@code MIXED} when a filter picks from both forms. */
  DecompoundMode tokenizerMode() {
    return splitInflections ? DecompoundMode.MIXED : decompound;
  }

  /** The same options with Nori's default stop tags. */
  public KoreanOptions withDefaultStopTags() {
    return new KoreanOptions(decompound, splitInflections, KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
  }

  /** The stop tags as the {@code tags} argument of {@code koreanPartOfSpeechStop}. */
  String stopTagsArgument() {
    return String.join(",", new TreeSet<>(stopTags.stream().map(Enum::name).toList()));
  }

  private static Set<POS.Tag> reviewed() {
    Set<POS.Tag> tags = new java.util.HashSet<>(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
    tags.remove(POS.Tag.XPN);
    tags.add(POS.Tag.VCP);
    return Set.copyOf(tags);
  }
}
