package dev.papersearch.search;

/**
 * How much of the index one query may ask for, so that no query the API accepts is an error or costs
 * more than a few ordinary ones. {@link PaperQueryBuilder} spends it in a fixed order: quoted phrases,
 * then {@code -exclusions}, then the words as typed; what does not fit is named in the {@link
 * QueryNotes}.
 *
 * <p>Words are counted as typed, a repeated word each time; English function words, which are not
 * searched anyway, are not counted. Counting by position rather than by how rare a word is makes the
 * cut plain to the reader (the words after the 32nd) and the same on every SolrCloud shard, whose
 * vocabularies differ.
 *
 * @param expandedWords the first words that get every expansion: Hangul spellings of English words
 *     and back, loanword respellings, readings alone, glossary and synonym translations, abbreviations,
 *     Korean names, character pairs. Each costs analysis and lookups, and adds clauses.
 * @param searchedWords the words searched at all; those after {@code expandedWords} are searched
 *     plainly, their own tokens in each field, and later ones not at all
 * @param expandedWordLength the longest word, in characters, that gets expansions; a longer one is
 *     searched plainly: its spelling variants and character pairs grow with its syllables, and each
 *     variant is analyzed again
 * @param clausesPerWord the most clauses one word's query may have: expansions beyond it leave the word
 *     plain, and a word whose own tokens are more is not searched
 * @param clauses the most clauses of the whole query, counted as Lucene counts them before it refuses a
 *     query ({@link org.apache.lucene.search.IndexSearcher#getMaxClauseCount()}, 1024, which the
 *     builder keeps below whatever this says)
 */
public record QueryBudget(int expandedWords, int searchedWords, int expandedWordLength, int clausesPerWord, int clauses) {

  /**
   * What papersearch ships, the one place these numbers are set. Of the 6,133 queries of the
   * evaluation sets and KorQuAD only KorQuAD's 68 questions of more than 16 words meet it, their later
   * words searched plainly (KorQuAD nDCG@10 unchanged, 0.96070); their longest word has 22 characters,
   * their largest word query 41 clauses (a Korean name's romanizations), their largest query 142. The
   * clause limit is set by cost: 16 words of 12 to 24 Hangul letters without spaces, each giving a
   * dozen common character pairs, cost about 15 ordinary queries at 768 clauses, about 8 at 256.
   */
  public static final QueryBudget SHIPPED = new QueryBudget(16, 32, 24, 64, 256);

  public QueryBudget {
    if (expandedWords < 0 || searchedWords < expandedWords) {
      throw new IllegalArgumentException("need 0 <= expandedWords <= searchedWords, got " + expandedWords + ", " + searchedWords);
    }
    if (expandedWordLength < 1 || clausesPerWord < 1 || clauses < 1) {
      throw new IllegalArgumentException("expandedWordLength, clausesPerWord and clauses must be positive");
    }
  }
}
