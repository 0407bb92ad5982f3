package dev.papersearch.search;

import static dev.papersearch.search.FieldQueries.boostOf;
import static dev.papersearch.search.FieldQueries.docFreq;

import dev.papersearch.analysis.Particles;
import dev.papersearch.config.RelevanceProfile;
import dev.papersearch.index.Fields;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The {@link Stage#KOREAN_NAMES} stage: a Hangul word read as the name of a Korean author. */
final class AuthorNames {

  /** A Hangul word in more summaries than this is Korean text, not a name. */
  private static final int NAME_AS_TEXT_LIMIT = 2;

  private final SummarySpellings spellings;

  AuthorNames(SummarySpellings spellings) {
    this.spellings = spellings;
  }

  /**
   * The authors a Hangul word names, when it reads as a Korean name ({@link KoreanNames}) whose surname
   * and given name both occur in an author list, and the summaries do not use the word as Korean text:
   * {@code 조경현} finds papers by Kyunghyun Cho, while {@code 이미지} is never read as Lee Miji.
   */
  Query query(String word, IndexReader vocabulary) {
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
}
