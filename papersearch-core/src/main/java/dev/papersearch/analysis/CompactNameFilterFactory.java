package dev.papersearch.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link CompactNameFilter}, SPI name {@code compactName}; {@code joinWords="true"} for
 * query analysis.
 *
 * <pre class="prettyprint">
 * &lt;filter class="dev.papersearch.analysis.CompactNameFilterFactory" joinWords="false"/&gt;
 * </pre>
 */
public final class CompactNameFilterFactory extends TokenFilterFactory {

  public static final String NAME = "compactName";

  private final boolean joinWords;

  public CompactNameFilterFactory(Map<String, String> args) {
    super(args);
    joinWords = getBoolean(args, "joinWords", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI lookups only. */
  public CompactNameFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new CompactNameFilter(input, joinWords);
  }
}
