package dev.papersearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of a query's plain words in one field, each tagged with the word it came from.
 *
 * <p>The words are analyzed together, as one text, because Nori's segmentation of a word depends on
 * its neighbours: analyzing {@code 지명수배 된} word by word gives other tokens than the sentence does,
 * and the sentence is how the documents were analyzed. Offsets then tell which word a token belongs
 * to, so each word can still be matched in whichever field suits it best. A query is no sentence,
 * though, and where its bare nouns mislead Nori, {@link #readingEachWord} offers each word read alone.
 */
record AnalyzedQuery(List<Token> tokens) {

  /** One token: its term, position in the stream, and the index of the word it came from. */
  record Token(String term, int position, int word) {}

  /** Analyzes {@code words}, joined by single spaces, with the analyzer of {@code field}. */
  static AnalyzedQuery of(Analyzer analyzer, String field, List<String> words) {
    String text = String.join(" ", words);
    int[] wordStarts = new int[words.size()];
    for (int i = 0, offset = 0; i < words.size(); i++) {
      wordStarts[i] = offset;
      offset += words.get(i).length() + 1;
    }
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position, wordAt(wordStarts, offset.startOffset())));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AnalyzedQuery(tokens);
  }

  /**
   * These tokens of {@code words} (read as one sentence by {@link #of}), except that a word whose
   * reading alone keeps more of it, in no more tokens, is read alone. Nori reads a word by its
   * neighbours too, and a query's bare nouns mislead it: in {@code 응답 길이 해킹} it reads 길 + the
   * particle 이, in {@code 학습해도 지시 따름} 지 + an ending, and {@code 깊이} in a row of nouns as
   * the adverb, dropped; alone each is the noun the summaries index. Where alone gives more tokens
   * ({@code 크리틱} → 크리 + 틱) or fewer letters ({@code 못하는} → 하), the sentence's reading stays.
   * Only the words before {@code readAlone} are read alone, one analysis each: the others are searched
   * plainly ({@link QueryBudget#expandedWords()}).
   */
  AnalyzedQuery readingEachWord(Analyzer analyzer, String field, List<String> words, int readAlone) {
    List<Token> read = new ArrayList<>(tokens.size());
    int next = 0;
    for (int w = 0; w < words.size(); w++) {
      List<Token> inSentence = ofWord(w);
      List<Token> alone = w < readAlone ? of(analyzer, field, List.of(words.get(w))).tokens() : inSentence;
      if (alone.size() <= Math.max(1, inSentence.size()) && letters(alone) > letters(inSentence)) {
        int start = inSentence.isEmpty() ? next : inSentence.get(0).position();
        int first = alone.get(0).position();
        for (Token t : alone) {
          read.add(new Token(t.term(), start + t.position() - first, w));
        }
      } else {
        read.addAll(inSentence);
      }
      if (!read.isEmpty()) {
        next = read.get(read.size() - 1).position() + 1;
      }
    }
    return new AnalyzedQuery(read);
  }

  private static int letters(List<Token> tokens) {
    return tokens.stream().mapToInt(t -> t.term().length()).sum();
  }

  /** The tokens of word {@code word}. */
  List<Token> ofWord(int word) {
    return tokens.stream().filter(t -> t.word() == word).toList();
  }

  /** The same tokens, those of {@code words} with an empty term that nothing matches. */
  AnalyzedQuery masking(Set<Integer> words) {
    if (words.isEmpty()) {
      return this;
    }
    return new AnalyzedQuery(
        tokens.stream().map(t -> words.contains(t.word()) ? new Token("", t.position(), t.word()) : t).toList());
  }

  private static int wordAt(int[] wordStarts, int offset) {
    int word = 0;
    while (word + 1 < wordStarts.length && wordStarts[word + 1] <= offset) {
      word++;
    }
    return word;
  }
}
