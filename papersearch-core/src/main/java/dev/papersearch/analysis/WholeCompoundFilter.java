package dev.papersearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Over Nori's {@code MIXED} output, keeps each compound noun whole and each inflected form in its
 * morphemes: {@code 시계열} stays one word (its parts 시 and 계열 would match every 시 and 계열),
 * while {@code 골라} becomes {@code 고르} + {@code 아}, so that it meets {@code 고르는} once the
 * ending is dropped as a stop tag. Neither of Nori's modes does both: {@code NONE} keeps the inflected
 * forms its dictionary lists whole too, {@code DISCARD} splits the compounds too.
 *
 * <p>In {@code MIXED} mode Nori emits a compound or inflected form spanning as many positions as it
 * has morphemes, followed by those morphemes, the first at the same position. This filter drops the
 * morphemes after a compound (which then spans one position) and the whole form before its morphemes
 * (whose first then takes the form's position increment). Other tokens pass as they are.
 */
public final class WholeCompoundFilter extends TokenFilter {

  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

  /** Morphemes of the last compound still to drop. */
  private int toSkip;

  /** The position increment of a dropped inflected form, for its first morpheme; -1 if none. */
  private int pendingIncrement = -1;

  public WholeCompoundFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      POS.Type type = partOfSpeech.getPOSType();
      int parts = length.getPositionLength();
      if (type == POS.Type.COMPOUND && parts > 1) {
        toSkip = parts;
        length.setPositionLength(1);
        return true;
      }
      if ((type == POS.Type.INFLECT || type == POS.Type.PREANALYSIS) && parts > 1) {
        pendingIncrement = increment.getPositionIncrement();
        continue;
      }
      if (pendingIncrement >= 0) {
        increment.setPositionIncrement(pendingIncrement);
        pendingIncrement = -1;
      }
      return true;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    toSkip = 0;
    pendingIncrement = -1;
  }
}
