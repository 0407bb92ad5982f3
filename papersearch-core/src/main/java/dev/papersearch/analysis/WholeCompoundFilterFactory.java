package dev.papersearch.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link WholeCompoundFilter}, SPI name {@code wholeCompound}; right after a {@code
 * korean} tokenizer with {@code decompoundMode="mixed"}.
 *
 * <pre class="prettyprint">
 * &lt;tokenizer name="korean" decompoundMode="mixed"/&gt;
 * &lt;filter class="dev.papersearch.analysis.WholeCompoundFilterFactory"/&gt;
 * </pre>
 */
public final class WholeCompoundFilterFactory extends TokenFilterFactory {

  public static final String NAME = "wholeCompound";

  public WholeCompoundFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI lookups only. */
  public WholeCompoundFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new WholeCompoundFilter(input);
  }
}
